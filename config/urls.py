from django.contrib import admin
from django.urls import include, path

from config import health

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("config.api", namespace="api")),
    path("health/live", health.live, name="health-live"),
    path("health/ready", health.ready, name="health-ready"),
    # The analyst pages (namespace "pages"), mounted last: their home page is the site root.
    path("", include("stances.urls")),
]

# A database outage outside any view is a 503 too; API clients get JSON 400s (config.errors).
handler400 = "config.errors.bad_request"
handler500 = "config.errors.server_error"
