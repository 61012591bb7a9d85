"""The URLconf the webhook benchmark serves: the project's URLs plus a bare baseline view.

Only `bench/bench_webhook.py` points `ROOT_URLCONF` here (through `bench.webhook_asgi`); the
project never serves the baseline view.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, URLResolver, path
from django.views.decorators.csrf import csrf_exempt

from hotel_agent.urls import urlpatterns as project_urlpatterns


@csrf_exempt
def bare_view(request: HttpRequest) -> HttpResponse:
    """The least a Django view can do with a POST: the baseline the webhook is compared with."""
    return HttpResponse(status=200)


urlpatterns: list[URLPattern | URLResolver] = [path("bench/bare/", bare_view)]
urlpatterns += project_urlpatterns  # type: ignore[arg-type]
