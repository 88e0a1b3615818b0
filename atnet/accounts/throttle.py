"""Login throttling that slows attackers without locking out an office.

Failures are counted per account *and address* (so a colleague behind the same
office IP is not affected), per account from all addresses (against spraying
one account from many machines), and per address at a much higher limit
(against trying many accounts from one machine). A success clears the count
for that account and address.
"""

from django.conf import settings
from django.core.cache import cache

from atnet.core.text import fold

WINDOW_SECONDS = getattr(settings, "ATNET_LOGIN_WINDOW_SECONDS", 15 * 60)
LIMITS = {
    "pair": getattr(settings, "ATNET_LOGIN_LIMIT_PER_ACCOUNT_AND_ADDRESS", 5),
    "account": getattr(settings, "ATNET_LOGIN_LIMIT_PER_ACCOUNT", 20),
    "address": getattr(settings, "ATNET_LOGIN_LIMIT_PER_ADDRESS", 100),
}


def client_address(request) -> str:
    # Behind the nginx of deploy/, REMOTE_ADDR is set from the real client address.
    return request.META.get("REMOTE_ADDR", "") if request else ""


def _keys(username: str, address: str) -> dict[str, str]:
    account = fold(username or "")[:150]
    return {
        "pair": f"login-fail:pair:{account}:{address}",
        "account": f"login-fail:account:{account}",
        "address": f"login-fail:address:{address}",
    }


def is_blocked(username: str, address: str) -> bool:
    counts = cache.get_many(list(_keys(username, address).values()))
    return any(counts.get(key, 0) >= LIMITS[kind] for kind, key in _keys(username, address).items())


def failure_record(username: str, address: str) -> None:
    for key in _keys(username, address).values():
        cache.add(key, 0, WINDOW_SECONDS)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, WINDOW_SECONDS)


def success_record(username: str, address: str) -> None:
    cache.delete(_keys(username, address)["pair"])
