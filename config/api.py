"""The REST API: /api/v1/ (each app's api/urls.py), its OpenAPI schema and its documentation."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.exceptions import NotFound
from rest_framework.routers import DefaultRouter
from rest_framework.views import APIView

from actors.api import urls as actors_api
from config.api_support import ApiViewMixin
from ingest.api import urls as ingest_api
from stances.api import urls as stances_api

APPS = (actors_api, stances_api, ingest_api)

# One router, so that /api/v1/ lists every resource of every app.
router = DefaultRouter()
# Trailing slash optional: readers type both, and the documented paths have none.
router.trailing_slash = "/?"
for app in APPS:
    router.registry.extend(app.router.registry)

v1 = [path("", include(router.urls))] + [pattern for app in APPS for pattern in app.urlpatterns]


class EndpointNotFound(ApiViewMixin, APIView):
    """Answer any other address under /api/ with a JSON 404, never the site's HTML page."""

    def initial(self, request, *args, **kwargs):
        raise NotFound("No such API endpoint.")


app_name = "api"
urlpatterns = [
    path("v1/", include(v1)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
    re_path(r"", EndpointNotFound.as_view()),
]
