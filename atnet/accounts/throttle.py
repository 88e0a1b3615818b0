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
    """The client's address: the socket's, or the proxy's header when the settings trust it.

    A header is trusted only when ATNET_TRUSTED_PROXY_HEADER names it, since a
    client can send any header it likes; with X-Forwarded-For, the entry added
    by the outermost of our ATNET_TRUSTED_PROXY_COUNT proxies is taken (the
    ones to its left were written by the client and may be forged).
    """
    if request is None:
        return ""
    header = getattr(settings, "ATNET_TRUSTED_PROXY_HEADER", "")
    if header:
        key = "HTTP_" + header.upper().replace("-", "_")
        entries = [e.strip() for e in request.META.get(key, "").split(",") if e.strip()]
        count = max(1, getattr(settings, "ATNET_TRUSTED_PROXY_COUNT", 1))
        if entries:
            return entries[-min(count, len(entries))]
    return request.META.get("REMOTE_ADDR", "")


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
