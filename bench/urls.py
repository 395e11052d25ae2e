"""The app's URLs, and the floor views under /bench-floor/ (the bench server only)."""

from django.urls import include, path

from . import floor

urlpatterns = [
    path("bench-floor/trivial", floor.trivial),
    path("bench-floor/statements", floor.statements),
    path("bench-floor/search", floor.search),
    path("bench-floor/conflicts/<slug:slug>/stances", floor.conflict_stances),
    path("bench-floor/countries/<str:iso3>/stances", floor.country_stances),
    path("", include("config.urls")),
]
