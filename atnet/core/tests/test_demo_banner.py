import pytest

BANNER = 'class="demo-banner"'


@pytest.mark.parametrize(("demo", "shown"), [(True, True), (False, False)])
def test_every_page_says_when_it_shows_demonstration_data(client, home, settings, demo, shown):
    settings.ATNET_DEMO = demo
    for url in ("/ro/", "/en/"):
        body = client.get(url).content.decode()
        assert (BANNER in body) is shown
    if shown:
        assert "Demonstration data" in client.get("/en/").content.decode()
