"""Password validators beyond Django's: common-password variants, local words, breached passwords.

Django's CommonPasswordValidator refuses the 20,000 passwords most seen in
breaches, exactly as typed. `CommonPasswordVariantValidator` also refuses
their usual disguises ("Parola2024!", "p@ssw0rd"). `LocalWordsValidator`
refuses the site's own name and other words anyone would try first against
this site. `PwnedPasswordValidator` asks Have I Been Pwned whether the
password appeared in a breach, sending only the first five characters of its
SHA-1 (k-anonymity); it is off unless ATNET_PWNED_PASSWORDS_CHECK is set,
since the server may have no internet, and lets the password through (with a
warning in the log, never the password) when the service cannot be reached.
"""

import hashlib
import logging
import re
import urllib.error
import urllib.request

from django.conf import settings
from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from atnet.core.text import fold

logger = logging.getLogger(__name__)

PWNED_RANGE_URL = "https://api.pwnedpasswords.com/range/"
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s", "!": "i"})  # fmt: skip


def _variants(password: str) -> set[str]:
    """The password with the usual decorations taken off: case, trailing digits, symbols, leet."""
    lowered = password.lower().strip()
    bare = re.sub(r"[\W_\d]+$", "", lowered)
    bare = re.sub(r"^[\W_\d]+", "", bare)
    return {candidate for candidate in {lowered, bare, bare.translate(_LEET),
                                        lowered.translate(_LEET)} if candidate}  # fmt: skip


class CommonPasswordVariantValidator(CommonPasswordValidator):
    """Refuse a common password even when dressed up with capitals, digits or symbols."""

    def validate(self, password, user=None):
        if _variants(password) & self.passwords:
            raise ValidationError(
                _("This password is a common password with a few characters changed."),
                code="password_too_common_variant",
            )

    def get_help_text(self):
        return _("Your password can't be a commonly used password, even with digits added.")


class LocalWordsValidator:
    """Refuse passwords containing the site's name or other words listed in the settings."""

    def __init__(self, words=None):
        self.extra_words = list(words or [])

    def _words(self) -> list[str]:
        words = [settings.WAGTAIL_SITE_NAME, *getattr(settings, "ATNET_PASSWORD_LOCAL_WORDS", [])]
        words += self.extra_words
        return [fold(word) for word in words if word and len(word) >= 4]

    def validate(self, password, user=None):
        folded = fold(password).translate(_LEET)
        if any(word in folded for word in self._words()):
            raise ValidationError(
                _("Your password can't contain the name of this site or of the network."),
                code="password_contains_local_word",
            )

    def get_help_text(self):
        return _("Your password can't contain the name of this site or of the network.")


def pwned_count(password: str, timeout: float | None = None) -> int | None:
    """How often the password appears in Have I Been Pwned; None when it cannot be asked."""
    digest = hashlib.sha1(password.encode()).hexdigest().upper()  # noqa: S324 (HIBP's format)
    prefix, suffix = digest[:5], digest[5:]
    timeout = timeout or getattr(settings, "ATNET_PWNED_PASSWORDS_TIMEOUT", 3)
    request = urllib.request.Request(  # noqa: S310 (a fixed https address)
        PWNED_RANGE_URL + prefix, headers={"Add-Padding": "true", "User-Agent": "atnet"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body = response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        logger.warning(
            "Breached-password check unavailable (%s); password accepted.", type(error).__name__
        )
        return None
    for line in body.splitlines():
        candidate, _sep, count = line.partition(":")
        if candidate.strip().upper() == suffix:
            return int(count.strip() or 0)
    return 0


class PwnedPasswordValidator:
    """Refuse passwords found in breaches (Have I Been Pwned), when the check is switched on."""

    def validate(self, password, user=None):
        if not getattr(settings, "ATNET_PWNED_PASSWORDS_CHECK", False):
            return
        if pwned_count(password):
            raise ValidationError(
                _("This password has appeared in a data breach elsewhere. Choose another one."),
                code="password_breached",
            )

    def get_help_text(self):
        return _("Your password can't be one that has appeared in a known data breach.")
