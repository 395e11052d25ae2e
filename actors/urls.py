"""Country pages; included by stances/urls.py so that they share the "pages" namespace."""

from django.urls import path

from stances import feeds

from . import views

urlpatterns = [
    path("countries/<str:iso3>/", views.country_detail, name="country"),
    path("countries/<str:iso3>/feed/", feeds.CountryFeed(), name="country-feed"),
]
