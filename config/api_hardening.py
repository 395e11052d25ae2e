"""What keeps bad requests to the API 4xx, and its schema honest: protected deletes, public reads.

Found by the reliability suite (tests/reliability/test_api_schema.py, test_permission_matrix.py):
deleting a row others refer to raised ProtectedError (a 500), and the schema claimed every
operation needs a token, though anyone reads the public data. The JSON parser is in
config/parsers.py: DRF imports parsers while it builds APIView, before this module could load.
"""

from django.db.models import ProtectedError, RestrictedError
from drf_spectacular.openapi import AutoSchema
from rest_framework import status
from rest_framework.permissions import SAFE_METHODS
from rest_framework.response import Response
from rest_framework.views import exception_handler

from config.api_support import StaffOrModelPermissions, StaffOrModelPermissionsToRead


def api_exception_handler(exc, context):
    """DRF's handler, and 409 for a delete that other rows forbid."""
    if isinstance(exc, ProtectedError | RestrictedError):
        referring = sorted({str(obj._meta.verbose_name_plural) for obj in exc.args[1]})
        return Response(
            {"detail": f"Still referred to by {', '.join(referring)}: delete or move those first."},
            status=status.HTTP_409_CONFLICT,
        )
    return exception_handler(exc, context)


class PublicReadAutoSchema(AutoSchema):
    """Document anonymous access ({} in security) for the reads anyone may make."""

    def get_auth(self):
        auths = super().get_auth()
        public = any(
            type(permission) is StaffOrModelPermissions
            and not isinstance(permission, StaffOrModelPermissionsToRead)
            for permission in self.view.get_permissions()
        )
        if public and self.method in SAFE_METHODS and {} not in auths:
            auths.append({})
        return auths


def document_conflicts(result, generator, request, public):
    """Document the 409 of a protected delete and the 415 of a body in an unknown format."""
    for operations in result["paths"].values():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            if method == "delete":
                responses.setdefault(
                    "409",
                    {
                        "description": "Other rows still refer to this one.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                        },
                    },
                )
            if method in ("post", "put", "patch"):
                responses.setdefault("415", {"description": "A body in a format not accepted."})
    return result
