"""Glossary terms are linked from the first mention in news articles and pages."""

from bs4 import BeautifulSoup

from atnet.portal.tests.factories import NewsPageFactory, StandardPageFactory

from .factories import TermPageFactory


def _glossary_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [(a.text, a["href"]) for a in soup.select("article a") if "/glossary/" in a["href"]]


def test_the_first_mention_in_an_article_links_to_the_definition(
    client, news_index, glossary_index
):
    term = TermPageFactory(
        parent=glossary_index, title="Egalitatea de gen", slug="egalitatea-de-gen"
    )
    article = NewsPageFactory(parent=news_index, body=[(
        "paragraph", "<p>Despre egalitatea de gen. Din nou egalitatea de gen.</p>",
    )])  # fmt: skip
    links = _glossary_links(client.get(article.url))
    assert links == [("egalitatea de gen", term.url)]


def test_a_standard_page_links_terms_too(client, home, glossary_index):
    term = TermPageFactory(parent=glossary_index, title="Discriminare", slug="discriminare")
    page = StandardPageFactory(parent=home, body=[("paragraph", "<p>Prevenirea discriminare.</p>")])
    assert _glossary_links(client.get(page.url)) == [("discriminare", term.url)]
