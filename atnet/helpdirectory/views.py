from django.shortcuts import redirect, render
from wagtail.models import Locale

from .selectors import help_index_for


def index(request):
    """The header's "Get help" link: the directory in the visitor's language.

    Without a directory page yet, a short page still gives the emergency number.
    """
    page = help_index_for(Locale.get_active())
    if page is None:
        return render(request, "helpdirectory/fallback.html")
    query = request.GET.urlencode()
    return redirect(page.get_url(request) + (f"?{query}" if query else ""))
