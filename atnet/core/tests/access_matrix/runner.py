"""Request every pattern as one persona and compare with the table, collecting every mismatch."""

import sys
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.signals import got_request_exception
from django.test import Client

from .addresses import MissingArguments, address
from .outcomes import body_text, header_problems, outcome
from .world import SECRETS

# Personas that must never read A's personal data, whatever the page.
OUTSIDERS = ("anon", "focal_b", "editor")


@dataclass
class Cell:
    key: str
    path: str
    expected: str
    found: str
    problems: list[str] = field(default_factory=list)

    @property
    def wrong(self) -> bool:
        return self.found != self.expected or bool(self.problems)

    def __str__(self) -> str:
        text = f"{self.key}  GET {self.path}: expected {self.expected}, got {self.found}"
        return text + "".join(f"\n      - {problem}" for problem in self.problems)


@contextmanager
def _errors_caught():
    """The exceptions views raise (the test client turns them into a 500 response)."""
    errors = []

    def record(sender, request=None, **kwargs):
        errors.append(sys.exc_info()[1])

    got_request_exception.connect(record)
    try:
        yield errors
    finally:
        got_request_exception.disconnect(record)


def persona_client(user, *, sign_in) -> Client:
    client = Client(raise_request_exception=False)
    if user is not None:
        sign_in(client, user)
    return client


def run_persona(persona, user, world, expectations: dict, *, sign_in, rules) -> list[Cell]:
    """One cell per pattern in `expectations` (key -> expected outcome for this persona).

    `rules` is the table module: which patterns serve files, previews, secret links.
    """
    client = persona_client(user, sign_in=sign_in)
    cells = []
    for key, expected in expectations.items():
        try:
            path = address(key, world)
        except MissingArguments as error:
            cells.append(Cell(key, "?", expected, "no-address", [str(error)]))
            continue
        with _errors_caught() as errors:
            response = client.get(path)
        cell = Cell(key, path, expected, outcome(response))
        if errors and cell.found != expected:
            cell.problems.append(f"raised {errors[0]!r}")
        cell.problems += header_problems(response, path=path, key=key, rules=rules)
        if persona in OUTSIDERS and cell.found == "ok" and key not in rules.SECRET_LINK_KEYS:
            body = body_text(response)
            cell.problems += [f"shows {secret!r}" for secret in SECRETS if secret in body]
        if user is not None and "_auth_user_id" not in client.session:
            if key not in rules.DROPS_SESSION_COOKIE:
                cell.problems.append("a GET signed the persona out")
            sign_in(client, user)
        cells.append(cell)
    return cells
