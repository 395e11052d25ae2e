from django.urls import path
from rest_framework.routers import SimpleRouter

from . import views

router = SimpleRouter()
router.register("conflicts", views.ConflictViewSet)
router.register("statements", views.StatementViewSet, basename="statement")
router.register("resolutions", views.ResolutionViewSet)
router.register("votes", views.VoteViewSet)

urlpatterns = [
    path(
        "conflicts/<str:slug>/stances",
        views.ConflictStancesView.as_view(),
        name="conflict-stances",
    ),
    path(
        "countries/<str:iso3>/stances",
        views.CountryStancesView.as_view(),
        name="country-stances",
    ),
    path(
        "countries/<str:iso3>/conflicts/<str:slug>/timeline",
        views.TimelineView.as_view(),
        name="country-conflict-timeline",
    ),
]
