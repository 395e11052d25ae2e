"""The REST API: /api/v1/ (each app's api/urls.py), its OpenAPI schema and its documentation."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from actors.api import urls as actors_api
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

app_name = "api"
urlpatterns = [
    path("v1/", include(v1)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
]
