from django.conf import settings
from django.core.paginator import Page, Paginator


def paginate(request, items, per_page: int | None = None) -> Page:
    """The requested page of `items`; a missing, malformed or too large number never fails."""
    paginator = Paginator(items, per_page or settings.ATNET_PAGE_SIZE)
    return paginator.get_page(request.GET.get("page"))
