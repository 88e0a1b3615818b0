"""Build the search index with the search backend's own bulk API, on every core.

`manage.py update_index` indexes one chunk after another in one process; for
100,000 pages that is the longest step of the build, and it is CPU-bound in
Python (each page's searchable text is computed there). Here each of N
processes (`python -m bench.indexer <worker> <workers>`) gives every N-th
object of each indexed model to the backend's `add_items`, exactly what
update_index does per chunk; the title norms, which update_index refreshes
after every chunk, are refreshed once at the end (`python -m bench.indexer finish`)
so the workers do not update the same rows at once. The database is new, so
there are no stale entries to delete.
"""

import sys

import django

CHUNK = 500


def index_share(worker: int, workers: int) -> int:
    from modelsearch.backends import get_search_backend
    from modelsearch.index import get_indexed_models

    backend = get_search_backend()
    done = 0
    for model in get_indexed_models():
        index = backend.get_index_for_model(model)
        index._refresh_title_norms = lambda full=False: None  # once, at the end
        objects = model.get_indexed_objects().order_by("pk")
        mine = list(objects.values_list("pk", flat=True))[worker::workers]
        for start in range(0, len(mine), CHUNK):
            index.add_items(model, list(objects.filter(pk__in=mine[start : start + CHUNK])))
        done += len(mine)
    return done


def finish() -> None:
    from modelsearch.backends import get_search_backend
    from wagtail.models import Page

    get_search_backend().get_index_for_model(Page)._refresh_title_norms(full=True)


def main() -> None:
    django.setup()
    if sys.argv[1] == "finish":
        finish()
    else:
        print(index_share(int(sys.argv[1]), int(sys.argv[2])))


if __name__ == "__main__":
    main()
