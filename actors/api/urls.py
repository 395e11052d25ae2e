from rest_framework.routers import SimpleRouter

from . import views

router = SimpleRouter()
router.register("countries", views.CountryViewSet)
router.register("blocs", views.BlocViewSet, basename="bloc")
router.register("people", views.PersonViewSet)
router.register("offices", views.OfficeViewSet)
router.register("terms", views.TermViewSet)

urlpatterns: list = []
