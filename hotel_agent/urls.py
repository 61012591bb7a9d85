from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from hotel_agent import health
from hotel_agent.login_throttle import throttled_login_view
from hotel_agent.metrics import metrics_view

admin.site.site_header = "Hotel Agent"
admin.site.site_title = "Hotel Agent"
admin.site.index_title = gettext_lazy("Hotel administration")


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico on every page: the SVG icon of static/, answered at that path."""
    icon = (settings.BASE_DIR / "static" / "favicon.svg").read_bytes()
    response = HttpResponse(icon, content_type="image/svg+xml")
    response["Cache-Control"] = "public, max-age=86400"
    return response


urlpatterns = [
    path("", TemplateView.as_view(template_name="landing.html"), name="landing"),
    path("favicon.ico", favicon, name="favicon"),
    path("health/live", health.live, name="health-live"),
    path("health/ready", health.ready, name="health-ready"),
    # Before the admin's own URLs, so its login page is throttled (same path and name).
    path("admin/login/", throttled_login_view(admin.site.login), name="admin-login"),
    path("admin/", admin.site.urls),
    path("console/", include("conversations.console.urls")),
    path("api/", include("conversations.api.urls")),
    path("", include("channels_app.urls")),
]
# Closed by setting (METRICS_ENABLED, API_SCHEMA_ENABLED): the address then answers 404.
if settings.METRICS_ENABLED:
    urlpatterns.append(path("metrics", metrics_view, name="metrics"))
if settings.API_SCHEMA_ENABLED:
    urlpatterns += [
        path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
        path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    ]
