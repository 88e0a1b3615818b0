"""The entry points used by the views and commands: each leaves an audit entry."""

from atnet.core.services import log_event

from .erasure import ErasureResult, subject_erase
from .export import Export, subject_export
from .subject import Subject


def _subject_id(subject: Subject):
    ids = subject.person_ids or subject.participant_ids or subject.user_ids
    return min(ids) if ids else ""


def export_for_request(*, subject: Subject, actor, fmt: str) -> Export:
    """The subject's export; the log names the subject's first record id, never the address."""
    export = subject_export(subject)
    log_event(
        actor=actor,
        action="privacy.subject_export",
        object_type="privacy.subject",
        object_id=_subject_id(subject),
        data={"format": fmt, "rows": export.row_count},
    )
    return export


def erase_for_request(*, subject: Subject, actor) -> ErasureResult:
    return subject_erase(subject=subject, actor=actor)
