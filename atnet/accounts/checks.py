"""System checks: production must not run with two-factor sign-in switched off."""

from django.conf import settings
from django.core.checks import Error, Tags, register

TWO_FACTOR_OFF = Error(
    "ATNET_TWO_FACTOR_REQUIRED is False: staff could reach the admin and personal data "
    "with a password alone.",
    hint="Remove ATNET_TWO_FACTOR_REQUIRED from the environment (it defaults to True).",
    id="atnet.accounts.E001",
)


def _two_factor_errors() -> list:
    return [] if getattr(settings, "ATNET_TWO_FACTOR_REQUIRED", True) else [TWO_FACTOR_OFF]


def _production() -> bool:
    return (getattr(settings, "SETTINGS_MODULE", "") or "").endswith(".production")


@register(Tags.security)
def two_factor_in_production(app_configs=None, **kwargs) -> list:
    """Every `manage.py` command under the production settings refuses to start without it."""
    return _two_factor_errors() if _production() else []


@register(Tags.security, deploy=True)
def two_factor_on_deploy(app_configs=None, **kwargs) -> list:
    """`check --deploy` fails too, whatever the settings module (once, not twice)."""
    return [] if _production() else _two_factor_errors()
