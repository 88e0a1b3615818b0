import pytest

from atnet.api.v1 import api


def test_every_operation_documents_its_error_answers_with_a_schema(rf):
    schema = api.get_openapi_schema()
    assert schema["components"]["schemas"]["Error"]["required"] == ["message", "detail"]
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for status in ("400", "404", "422"):
                content = operation["responses"][status]["content"]["application/json"]
                assert content["schema"] == {"$ref": "#/components/schemas/Error"}, (
                    path,
                    method,
                    status,
                )


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("ro", "Nu s-a găsit nimic la această adresă."),
        ("en", "Nothing was found at this address."),
        ("ru", "По этому адресу ничего не найдено."),
    ],
)
def test_a_404_answers_in_the_requested_language(client, db, lang, message):
    response = client.get(f"/api/v1/legislation/987654?lang={lang}")
    assert response.status_code == 404
    assert response.json()["message"] == message


def test_a_422_answers_in_the_requested_language_with_the_details(client, db):
    response = client.get("/api/v1/legislation/0?lang=ru")
    assert response.status_code == 422
    body = response.json()
    assert body["message"] == "Параметр имеет значение, которое API не принимает."
    assert body["detail"] and isinstance(body["detail"], list)
