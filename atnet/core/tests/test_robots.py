"""robots.txt names the sitemap, /favicon.ico leads to the icon, a wrong URL gets the 404."""

import pytest


@pytest.mark.django_db
def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_workspace(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body.splitlines()
    assert "Disallow: /ru/workspace/" in body.splitlines()


def test_favicon_ico_redirects_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("/img/favicon.svg")


@pytest.mark.django_db
def test_a_wrong_address_shows_the_sites_own_404_in_the_visitors_language(client, settings):
    settings.DEBUG = False
    response = client.get("/ru/no-such-page-here/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ru">' in html
    assert "Technical 404" not in html and "Page not found at" not in html
