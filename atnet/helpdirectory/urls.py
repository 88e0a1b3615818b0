from django.urls import path

from . import views

app_name = "helpdirectory"

# Mounted inside i18n_patterns: /ro/help/, /en/help/, /ru/help/.
urlpatterns = [path("help/", views.index, name="index")]
