"""Run inside Django (production settings, bench database): the URLs to load and the
search engine's own SQL for each benchmark query, as JSON on stdout."""

import json
import random
import sys

import django

LANGUAGES = ("ro", "en", "ru")
QUERIES_PER_LANGUAGE = 10


def main() -> None:
    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Locale

    from atnet.core.pagination import paginate
    from atnet.portal.models import EventIndexPage, HomePage, NewsIndexPage, NewsPage
    from atnet.portal.search import search_alternatives, search_pages
    from bench.datasets.text import WORDS

    rng = random.Random(int(sys.argv[1]))
    targets, searches = {}, []
    for code in LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        news = NewsPage.objects.live().filter(locale=locale).order_by("path")
        article = news[news.count() // 2]
        targets[code] = {
            "home": HomePage.objects.get(locale=locale).url,
            "news": NewsIndexPage.objects.get(locale=locale).url,
            "article": article.url,
            "article_id": article.pk,
            "events": EventIndexPage.objects.get(locale=locale).url,
        }
        # Words below the most frequent ones: a query matches a few per cent of the pages,
        # as a visitor's query does, rather than most of them.
        words = WORDS[code].split()[60:]
        for _ in range(QUERIES_PER_LANGUAGE):
            query = " ".join(rng.sample(words, rng.choice((1, 2))))
            with CaptureQueriesContext(connection) as captured:
                alternatives = search_alternatives(query, code)
                results = search_pages(alternatives=alternatives, locale=locale)
                page = paginate(_Request(), results)
                found = page.paginator.count
                list(page)
            sql = [q["sql"] for q in captured.captured_queries if "indexentry" in q["sql"]]
            searches.append(
                {
                    "language": code,
                    "query": query,
                    "found": found,
                    "broad": results.capped,
                    "sql": sql,
                }
            )
        targets[code]["search_query"] = searches[-QUERIES_PER_LANGUAGE]["query"]
    print(json.dumps({"targets": targets, "searches": searches}))


class _Request:
    GET: dict = {}


if __name__ == "__main__":
    main()
