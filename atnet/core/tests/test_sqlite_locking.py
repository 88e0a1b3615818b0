"""SQLite as `make run` uses it: concurrent writers wait for the lock instead of failing.

Three threads (two request handlers and the task worker) each open a transaction
that reads and then writes, the pattern of publishing a page or answering an
invitation. Under SQLite's default (DEFERRED) transactions two of them hold
read locks, neither can upgrade, and one fails at once with "database is
locked" whatever the timeout; with the settings' IMMEDIATE transactions, WAL
and busy timeout, each waits its turn.
"""

import sqlite3
import threading

import dj_database_url
from django.db.utils import load_backend

from atnet.settings.base import SQLITE_OPTIONS

WRITERS = 3
ROUNDS = 15


def _wrapper(path, options):
    settings_dict = dj_database_url.parse(f"sqlite:///{path}")
    settings_dict.update(
        OPTIONS=options,
        TIME_ZONE=None,
        AUTOCOMMIT=True,
        ATOMIC_REQUESTS=False,
        CONN_HEALTH_CHECKS=False,
        CONN_MAX_AGE=0,
        TEST={},
    )
    return load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, "locking")


def _connect(path, options):
    wrapper = _wrapper(path, options)
    connection = wrapper.get_new_connection(wrapper.get_connection_params())
    connection.isolation_level = None  # explicit BEGIN, as Django's atomic() does
    return wrapper, connection


def _run_writers(path, options) -> list[str]:
    setup = sqlite3.connect(path)
    setup.execute("CREATE TABLE IF NOT EXISTS page (id INTEGER PRIMARY KEY, version INTEGER)")
    setup.execute("INSERT INTO page (id, version) VALUES (1, 0)")
    setup.commit()
    setup.close()
    errors, start = [], threading.Barrier(WRITERS, timeout=60)
    # Connected one after the other, here: three connections switching an empty
    # file to WAL at the same moment can fail before the race this test is about.
    connections = [_connect(path, options) for _ in range(WRITERS)]

    def writer(wrapper, connection):
        try:
            start.wait()
            for _ in range(ROUNDS):
                connection.execute(f"BEGIN {wrapper.transaction_mode or 'DEFERRED'}")
                (version,) = connection.execute("SELECT version FROM page WHERE id = 1").fetchone()
                connection.execute("UPDATE page SET version = ? WHERE id = 1", (version + 1,))
                connection.execute("COMMIT")
        except (sqlite3.OperationalError, threading.BrokenBarrierError) as error:
            errors.append(str(error) or type(error).__name__)
        finally:
            connection.close()

    threads = [threading.Thread(target=writer, args=pair) for pair in connections]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if not errors:
        check = sqlite3.connect(path)
        (version,) = check.execute("SELECT version FROM page WHERE id = 1").fetchone()
        check.close()
        assert version == WRITERS * ROUNDS  # no update lost
    return errors


def test_concurrent_writers_wait_for_each_other_under_the_settings(tmp_path):
    assert _run_writers(tmp_path / "run.sqlite3", SQLITE_OPTIONS) == []
    journal = sqlite3.connect(tmp_path / "run.sqlite3")
    assert journal.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    journal.close()


def test_without_immediate_transactions_a_writer_fails(tmp_path):
    """The failure the settings prevent, so that the test above can fail."""
    deferred = {key: value for key, value in SQLITE_OPTIONS.items() if key != "transaction_mode"}
    failures = []
    for attempt in range(5):
        failures += _run_writers(tmp_path / f"deferred-{attempt}.sqlite3", deferred)
        if failures:
            break
    assert any("locked" in message for message in failures)
