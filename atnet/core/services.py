"""The audit log's only writers. Whatever a caller passes, secrets never reach the table."""

import contextvars
import math
import re
from collections import Counter
from contextlib import contextmanager

from django.db import models

from .models import AuditLogEntry

REDACTED = "[redacted]"

# Keys whose values are secret whatever they look like (matched inside the key's name).
SECRET_KEY_PARTS = (
    "password",
    "passwd",
    "secret",
    "token",
    "key",
    "otp",
    "totp",
    "session",
    "signature",
    "csrf",
    "authorization",
    "cookie",
    "recovery",
)
# Field names are allowed as values: `{"fields": ["password"]}` says a password changed.
_TOKEN_CHARS = re.compile(r"^[A-Za-z0-9_\-.=:+/~%]+$")
_URL_PARTS = re.compile(r"[/?&=#]")


def _entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def looks_like_token(value: str) -> bool:
    """A long run of random-looking characters: a signed link, an API key, a TOTP secret."""
    if len(value) < 20 or not _TOKEN_CHARS.match(value):
        return False
    has_digit = any(ch.isdigit() for ch in value)
    has_alpha = any(ch.isalpha() for ch in value)
    return has_digit and has_alpha and _entropy(value) >= 3.5


def is_secret_key(key: str) -> bool:
    lowered = str(key).lower()
    return any(part in lowered for part in SECRET_KEY_PARTS)


def scrub_text(value: str) -> str:
    """`value`, or a redaction if it or any part of it (a URL's segment) looks like a token."""
    if looks_like_token(value):
        return REDACTED
    parts = _URL_PARTS.split(value)
    if len(parts) > 1 and any(looks_like_token(part) for part in parts):
        return REDACTED
    return value


def scrub(data):
    """A copy of `data` with secret keys' values and token-like strings replaced."""
    if isinstance(data, dict):
        return {
            key: (REDACTED if is_secret_key(key) else scrub(value)) for key, value in data.items()
        }
    if isinstance(data, (list, tuple)):
        return [scrub(value) for value in data]
    if isinstance(data, str):
        return scrub_text(data)
    return data


_in_business_event = contextvars.ContextVar("atnet_in_business_event", default=False)


@contextmanager
def business_event():
    """Changes made inside the block are one business event, which the service logs
    itself with `log_action`: the per-record writer of the audit trail
    (atnet.privacy.audit) then writes no row of its own for them."""
    token = _in_business_event.set(True)
    try:
        yield
    finally:
        _in_business_event.reset(token)


def in_business_event() -> bool:
    return _in_business_event.get()


def log_event(
    *, actor, action: str, object_type: str, object_id="", data: dict | None = None
) -> AuditLogEntry:
    """Record an event that is not about one model instance (an export, a list viewed)."""
    return AuditLogEntry.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action[:100],
        object_type=object_type[:100],
        object_id=str(object_id)[:64],
        data=scrub(data or {}),
    )


def log_action(*, actor, action: str, obj: models.Model, data: dict | None = None) -> AuditLogEntry:
    """Record a back-office change. `data` names changed fields, not personal values."""
    return log_event(
        actor=actor, action=action, object_type=obj._meta.label_lower, object_id=obj.pk, data=data
    )
