from django.urls import path
from rest_framework.routers import SimpleRouter

from . import views

router = SimpleRouter()
router.register("articles", views.ArticleViewSet)

urlpatterns = [path("submissions/", views.SubmissionView.as_view(), name="submission")]
