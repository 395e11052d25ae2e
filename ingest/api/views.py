from drf_spectacular.utils import extend_schema
from rest_framework import generics, mixins, status, viewsets
from rest_framework.response import Response

from config.api_support import ApiViewMixin, StaffOrModelPermissionsToRead

from ..models import Article
from .serializers import ArticleSerializer, SubmissionSerializer


class SubmissionView(ApiViewMixin, generics.CreateAPIView):
    """Submit an article by URL or by text; it is fetched and read in the background."""

    queryset = Article.objects.all()
    serializer_class = SubmissionSerializer

    @extend_schema(responses={202: ArticleSerializer})
    def post(self, request, *args, **kwargs):
        submission = self.get_serializer(data=request.data)
        submission.is_valid(raise_exception=True)
        article = submission.save()
        shown = ArticleSerializer(article, context=self.get_serializer_context()).data
        return Response(
            shown, status=status.HTTP_202_ACCEPTED, headers={"Location": shown["status_url"]}
        )


class ArticleViewSet(ApiViewMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Submitted and fetched articles, for following a submission: editors and staff only."""

    queryset = Article.objects.prefetch_related("statements")
    serializer_class = ArticleSerializer
    permission_classes = [StaffOrModelPermissionsToRead]
