import pytest
from bs4 import BeautifulSoup
from wagtail.users.models import UserProfile


@pytest.mark.parametrize(
    ("language", "menu_label"),
    [
        ("ro", "Starea traducerilor"),
        ("en", "Translation status"),
        ("ru", "Состояние переводов"),
    ],
)
def test_the_admin_works_in_each_language(admin_client, admin_user, home, language, menu_label):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == language
    assert admin_client.get("/admin/translation-status/").status_code == 200
    assert menu_label in admin_client.get("/admin/translation-status/").content.decode()


def test_an_editor_can_open_the_page_explorer_and_the_edit_form(admin_client, news_index):
    assert admin_client.get(f"/admin/pages/{news_index.pk}/").status_code == 200
    assert admin_client.get(f"/admin/pages/{news_index.pk}/edit/").status_code == 200
    assert admin_client.get(f"/admin/pages/add/portal/newspage/{news_index.pk}/").status_code == 200
