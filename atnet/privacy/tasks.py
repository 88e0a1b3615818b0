"""Background work: the daily retention run (queued by `manage.py personal_data_retention`)."""

from django_tasks import task

from .retention import contact_retention_apply


@task()
def contact_retention_run() -> dict:
    result = contact_retention_apply()
    return {"people": result.people, "participants": result.participants}
