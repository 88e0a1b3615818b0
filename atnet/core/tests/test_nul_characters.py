"""A NUL character anywhere in a request is a 400 in the visitor's language, never a 500.

PostgreSQL text cannot hold NUL, so a NUL reaching a filter, a search, a page
slug or a session lookup was a database error (found by Schemathesis in CI:
/api/v1/materials?kind=%00).
"""

import pytest

MESSAGE = {
    "ro": "Cererea conține un caracter nepermis (NUL).",
    "en": "The request holds a character that is not allowed (NUL).",
    "ru": "Запрос содержит недопустимый символ (NUL).",
}


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/materials?kind=%00%29",
        "/api/v1/materials?q=a%00b",
        "/api/v1/news?lang=ro&%00=1",
        "/api/v1/events?unit=MD-CA%00",
    ],
)
def test_the_api_answers_a_nul_with_a_json_400(client, db, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert MESSAGE["en"] in response.json()["detail"]


@pytest.mark.parametrize("language", ["ro", "en", "ru"])
@pytest.mark.parametrize(
    "path", ["/{lang}/search/?q=Chi%00sinau", "/{lang}/news%00/", "/{lang}/%00/"]
)
def test_pages_answer_a_nul_with_a_400_in_the_visitors_language(client, home, language, path):
    response = client.get(path.format(lang=language))
    assert response.status_code == 400
    body = response.content.decode()
    assert MESSAGE[language] in body
    assert f'<html lang="{language}"' in body


def test_a_nul_in_the_session_cookie_is_a_400_not_a_session_lookup(client, home):
    client.cookies["sessionid"] = "abcdefgh\x00ijklmnop"
    response = client.get("/en/")
    assert response.status_code == 400


def test_a_request_without_nul_is_served_as_before(client, home):
    assert client.get("/en/").status_code == 200
    assert client.get("/api/v1/materials?kind=manual").status_code == 200
