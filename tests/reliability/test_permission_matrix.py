"""Who may write what: every API write and every admin action against every role.

Roles as the project has them: anonymous; a reader (an account with a token and no rights);
an editor (staff, because editors work in the admin, and in the Editors group); staff (a
superuser, who curates reference data). Editors write statements and submit articles, nothing
else; anonymous and readers write nothing.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from actors.models import Bloc, Office, Person, Term
from config.roles import EDITORS_GROUP
from ingest.choices import ArticleState
from ingest.models import Article, Feed
from stances.choices import ReviewStatus
from tests.factories import StatementFactory, UserFactory, VoteFactory

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "reader", "editor", "staff")


@pytest.fixture(autouse=True)
def fresh_throttles():
    cache.clear()


def user_for(role: str):
    if role == "anonymous":
        return None
    user = UserFactory(
        username=role, is_staff=role in ("editor", "staff"), is_superuser=role == "staff"
    )
    if role == "editor":
        user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


def api_client(role: str) -> APIClient:
    client = APIClient()
    user = user_for(role)
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def objects():
    """One object of each kind, for the detail endpoints."""
    vote = VoteFactory()
    return {
        "statements": StatementFactory().pk,
        "countries": "KHM",
        "blocs": Bloc.objects.get(slug="asean").slug,
        "conflicts": "russia-ukraine-war",
        "people": Person.objects.first().pk,
        "offices": Office.objects.first().pk,
        "terms": Term.objects.first().pk,
        "resolutions": vote.resolution.pk,
        "votes": vote.pk,
    }


RESOURCES = (
    "statements",
    "countries",
    "blocs",
    "conflicts",
    "people",
    "offices",
    "terms",
    "resolutions",
    "votes",
)
WRITES = [
    *((resource, "post", False) for resource in RESOURCES),
    *((resource, method, True) for resource in RESOURCES for method in ("put", "patch", "delete")),
    ("submissions", "post", False),
]
# (resource, method) an editor may do; staff may do everything.
EDITOR_MAY = {
    ("statements", "post"),
    ("statements", "put"),
    ("statements", "patch"),
    ("submissions", "post"),
}


def expectation(role: str, resource: str, method: str) -> str:
    if role == "anonymous":
        return "401"
    if role == "reader":
        return "403"
    if role == "editor" and (resource, method) not in EDITOR_MAY:
        return "403"
    return "allowed"


def matrix():
    for role in ROLES:
        for resource, method, detail in WRITES:
            yield pytest.param(
                role,
                resource,
                method,
                detail,
                expectation(role, resource, method),
                id=f"{role}-{method}-{resource}{'-detail' if detail else ''}",
            )


@pytest.mark.parametrize("role, resource, method, detail, expected", list(matrix()))
def test_the_api_write_is_allowed_only_to_the_roles_that_hold_it(
    objects, role, resource, method, detail, expected
):
    path = f"/api/v1/{resource}/" + (f"{objects[resource]}/" if detail else "")

    response = getattr(api_client(role), method)(path, {}, format="json")

    if expected == "allowed":
        # Allowed: done, or refused for what the (empty) body says; never a server error.
        assert response.status_code not in (401, 403), response.content[:300]
        assert response.status_code < 500, response.content[:300]
    else:
        assert response.status_code == int(expected), response.content[:300]


def test_every_write_route_of_the_schema_is_in_the_matrix():
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    in_schema = {
        (path.split("/")[3], method, "{" in path)
        for path, operations in schema["paths"].items()
        for method in operations
        if method in ("post", "put", "patch", "delete")
    }
    assert in_schema == set(WRITES)


# Tokens --------------------------------------------------------------------------------------


def test_a_revoked_token_is_refused(objects):
    client = api_client("editor")
    Token.objects.filter(user__username="editor").delete()

    response = client.patch(f"/api/v1/statements/{objects['statements']}/", {}, format="json")

    assert response.status_code == 401


# Admin ---------------------------------------------------------------------------------------


def admin_client(role: str) -> Client:
    client = Client()
    user = user_for(role)
    if user is not None:
        client.force_login(user)
    return client


def run_action(client: Client, changelist: str, action: str, ids: list[int]):
    return client.post(changelist, {"action": action, "_selected_action": ids})


@pytest.fixture
def targets():
    return {
        "statement": StatementFactory(status=ReviewStatus.PENDING),
        "feed": Feed.objects.create(url="https://example.org/feed", name="F", active=False),
        "article": Article.objects.create(
            url="https://example.org/a",
            canonical_url="https://example.org/a",
            state=ArticleState.FAILED,
            failure_reason="HTTP 404",
        ),
    }


def ran(targets, action: str) -> bool:
    """Say whether `action` changed what it acts on."""
    for target in targets.values():
        target.refresh_from_db()
    return {
        "approve_selected": targets["statement"].status == ReviewStatus.APPROVED,
        "reject_selected": targets["statement"].status == ReviewStatus.REJECTED,
        "reactivate": targets["feed"].active,
        "retry": targets["article"].state == ArticleState.QUEUED,
    }[action]


ADMIN_ACTIONS = [
    ("stances", "statement", "approve_selected", {"editor", "staff"}),
    ("stances", "statement", "reject_selected", {"editor", "staff"}),
    ("ingest", "feed", "reactivate", {"staff"}),
    ("ingest", "article", "retry", {"editor", "staff"}),
]


def admin_matrix():
    for role in ROLES:
        for app, model, action, allowed in ADMIN_ACTIONS:
            yield pytest.param(role, app, model, action, role in allowed, id=f"{role}-{action}")


@pytest.mark.parametrize("role, app, model, action, allowed", list(admin_matrix()))
def test_the_admin_action_runs_only_for_the_roles_that_hold_it(
    targets, role, app, model, action, allowed
):
    response = run_action(admin_client(role), f"/admin/{app}/{model}/", action, [targets[model].pk])

    assert ran(targets, action) is allowed
    if role in ("anonymous", "reader"):
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize(
    "path",
    [
        "/admin/actors/country/add/",
        "/admin/stances/conflict/add/",
        "/admin/actors/person/add/",
        "/admin/ingest/feed/add/",
        "/admin/auth/user/add/",
        "/admin/authtoken/tokenproxy/",
    ],
)
@pytest.mark.parametrize("role", ROLES)
def test_reference_data_users_and_feeds_are_changed_in_the_admin_by_staff_only(role, path):
    response = admin_client(role).get(path)

    if role == "staff":
        assert response.status_code == 200
    elif role == "editor":
        # Editors see their own tokens; everything else here is staff's.
        expected = 200 if path.endswith("tokenproxy/") else 403
        assert response.status_code == expected
    else:
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
