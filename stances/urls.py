"""The analyst pages, in the "pages" namespace that models' get_absolute_url() uses."""

from django.urls import include, path

from . import feeds, views

app_name = "pages"

urlpatterns = [
    path("", views.home, name="home"),
    path("conflicts/<slug:slug>/", views.conflict_detail, name="conflict"),
    path("conflicts/<slug:slug>/feed/", feeds.ConflictFeed(), name="conflict-feed"),
    path(
        "countries/<str:iso3>/conflicts/<slug:slug>/",
        views.country_conflict,
        name="country-conflict",
    ),
    path("statements/<int:pk>/", views.statement_detail, name="statement"),
    path("search/", views.search, name="search"),
    path("compare/", views.compare, name="compare"),
    # Country pages live with the actors app, in this same namespace.
    path("", include("actors.urls")),
]
