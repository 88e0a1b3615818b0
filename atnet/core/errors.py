"""Error pages in the visitor's language, rendered without touching the database."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader

# How long a client (or a proxy) should wait before trying again after a 503.
RETRY_AFTER_SECONDS = 30


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Called by Django while it handles the exception, so sys.exc_info() is the
    # error itself: a database that cannot be reached (restarting, failing over)
    # is a temporary 503 with Retry-After, not a 500.
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return service_unavailable(request)
    # No context processors: the failure may be the database itself.
    return HttpResponseServerError(loader.get_template("500.html").render({"request": request}))


def service_unavailable(request):
    content = loader.get_template("503.html").render({"request": request})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
