"""Where personal data is held: one `Source` per model, registered by the app that owns it.

Each app lists its models holding personal data in its own `privacy.py`
(`register(Source(...))`), found at start-up like its `urls.py`, `api.py` and
`demo.py` (atnet.core.discovery); this module is only the registry they use.

Each source says how to find a data subject's rows (`find`), what to show in an
access request's export (`fields`, never secrets), and what erasure does with
the rows: anonymise the identifying fields (`anonymise`), delete the rows
(`delete=True`), or keep them because, once the people they point to are
anonymised, they identify nobody (`keep`). Rows are kept rather than deleted
wherever reports count them, so the aggregate figures stay the same.

Every source's model is also audited (atnet.privacy.audit): its creations,
changes and deletions are logged with the changed fields' names.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Q

ERASED_NAME = "Erased person"


def erased_name(instance) -> str:
    # Numbered so that erased people stay distinct rows (trainings keeps one participant
    # per name and institution) and lists can still tell them apart.
    return f"{ERASED_NAME} #{instance.pk}"


@dataclass(frozen=True)
class Source:
    label: str  # "app_label.ModelName"
    title: object  # translated section title
    find: Callable  # (subject, model) -> Q over the model
    fields: tuple[str, ...]
    anonymise: dict = field(default_factory=dict)  # field -> value or callable(instance)
    delete: bool = False
    files: tuple[str, ...] = ()  # file fields whose files are deleted on erasure
    audit: bool = True
    audit_ignore: tuple[str, ...] = ()  # fields whose change alone is not worth a log entry

    @property
    def model(self):
        return apps.get_model(self.label)


def ids(values) -> list:
    """Keys for an __in lookup: never empty, so a subject with none matches nothing."""
    return sorted(values) or [-1]


def by_user(subject, model) -> Q:
    """The rows of a model with a `user` key that belong to the subject's accounts."""
    return Q(user_id__in=ids(subject.user_ids))


SOURCES: list[Source] = []


def register(source: Source) -> Source:
    """Add a model holding personal data (from the owning app's `privacy.py`)."""
    SOURCES[:] = [known for known in SOURCES if known.label != source.label] + [source]
    return source


def discover() -> None:
    """Imports every atnet app's `privacy.py`, which registers that app's sources."""
    from atnet.core.discovery import app_modules

    app_modules("privacy")


def installed_sources() -> list[Source]:
    labels = {config.label for config in apps.get_app_configs()}
    return [source for source in SOURCES if source.label.split(".")[0] in labels]


def source_for(model) -> Source | None:
    label = model._meta.label
    return next((source for source in installed_sources() if source.label == label), None)
