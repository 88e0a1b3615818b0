"""The deploy check that a multi-node profile shares everything users can see."""

from atnet.core.checks import multi_node_shared_state

from .test_settings import _deploy_check

REDIS = {"default": {"BACKEND": "atnet.core.cache.RedisCache", "LOCATION": "redis://x:6379/1"}}
BUCKET = {
    "default": {"BACKEND": "atnet.core.objectstorage.PublicMediaStorage"},
    "private": {"BACKEND": "storages.backends.s3.S3Storage"},
}
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _warnings(settings, **overrides):
    settings.ATNET_MULTI_NODE = True
    settings.CACHES, settings.STORAGES, settings.TASKS = REDIS, BUCKET, DB_TASKS
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.db"
    for name, value in overrides.items():
        setattr(settings, name, value)
    return multi_node_shared_state()


def test_a_cluster_with_shared_storage_cache_sessions_and_queue_passes(settings):
    assert _warnings(settings) == []


def test_local_files_a_local_cache_or_a_local_queue_are_each_named(settings):
    local_files = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    (warning,) = _warnings(settings, STORAGES=local_files)
    assert warning.id == "atnet.core.W002" and "ATNET_STORAGE_URL" in warning.msg
    locmem = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    (warning,) = _warnings(
        settings, CACHES=locmem, SESSION_ENGINE="django.contrib.sessions.backends.cache"
    )
    assert "REDIS_URL" in warning.msg and "sessions.backends.cache" in warning.msg
    immediate = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    (warning,) = _warnings(settings, TASKS=immediate)
    assert "TASKS_BACKEND" in warning.msg


def test_one_node_is_not_warned_about_local_files(settings):
    settings.ATNET_MULTI_NODE = False
    assert multi_node_shared_state() == []


def test_check_deploy_warns_a_multi_node_profile_without_a_bucket():
    result = _deploy_check(REDIS_URL="redis://127.0.0.1:6379/1", ATNET_MULTI_NODE="true")
    assert result.returncode != 0
    assert "atnet.core.W002" in result.stdout + result.stderr
    assert "ATNET_STORAGE_URL" in result.stdout + result.stderr
