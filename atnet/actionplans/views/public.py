"""The public plan pages: aggregated progress only, never a person, never an unpublished text."""

from django.shortcuts import get_object_or_404, render

from .. import selectors
from ..forms import ProgressFilterForm


def plan_list(request):
    return render(request, "actionplans/plan_list.html", {"plans": selectors.public_plans()})


def plan_detail(request, slug: str):
    plan = get_object_or_404(selectors.public_plans().select_related("approving_act"), slug=slug)
    form = ProgressFilterForm(request.GET or None, plan=plan)
    period = selectors.latest_period(plan)
    progress = selectors.plan_progress(period) if period else []
    rows = selectors.progress_filter(progress, **form.filters())
    context = {
        "plan": plan,
        "period": period,
        "form": form,
        "rows": rows,
        "act": plan.approving_act.localized if plan.approving_act else None,
        "total": len(progress),
    }
    return render(request, "actionplans/plan_detail.html", context)
