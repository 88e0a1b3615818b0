from wagtail.models import PageViewRestriction

from atnet.portal.selectors import news_in

from .factories import NewsPageFactory


def test_a_restricted_page_disappears_from_listings_at_once(client, news_index):
    NewsPageFactory(parent=news_index, title="Publică")
    hidden = NewsPageFactory(parent=news_index, title="Doar membri")
    assert {page.title for page in news_in(news_index.locale)} == {"Publică", "Doar membri"}
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    assert [page.title for page in news_in(news_index.locale)] == ["Publică"]
    assert "Doar membri" not in client.get("/ro/news/").content.decode()
    PageViewRestriction.objects.filter(page=hidden).delete()
    assert len(news_in(news_index.locale)) == 2


def test_restrictions_are_not_read_on_every_listing(news_index, django_assert_num_queries):
    NewsPageFactory(parent=news_index)
    list(news_in(news_index.locale))  # fills the cache
    with django_assert_num_queries(2):  # pages and their tags; no restriction query
        list(news_in(news_index.locale))
