from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("config.api", namespace="api")),
    # The analyst pages (namespace "pages"), mounted last: their home page is the site root.
    path("", include("stances.urls")),
]
