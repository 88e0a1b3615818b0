"""Error pages in the visitor's language, rendered without touching the database."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors: the failure may be the database itself.
    return HttpResponseServerError(loader.get_template("500.html").render({"request": request}))
