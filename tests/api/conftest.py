"""Clients for each role the API knows: anonymous, reader, editor, staff."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from actors.models import Country
from config.roles import EDITORS_GROUP
from stances.models import Conflict
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def fresh_throttles():
    """Throttle counts live in the cache: start every test with none."""
    cache.clear()
    yield
    cache.clear()


def token_client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def anonymous():
    return APIClient()


@pytest.fixture
def reader(db):
    """Signed in, in no group: reads like anyone, writes nothing."""
    return token_client(UserFactory(username="reader"))


@pytest.fixture
def editor_user(db):
    user = UserFactory(username="editor")
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


@pytest.fixture
def editor(editor_user):
    return token_client(editor_user)


@pytest.fixture
def staff(db):
    return token_client(UserFactory(username="staff", is_staff=True, is_superuser=True))


@pytest.fixture
def world(transactional_db):
    """Rows for transactional tests (cached reads happen outside transactions), which the
    flush after each test empties: two countries and a conflict."""
    for iso3, iso2, name in (("KHM", "KH", "Cambodia"), ("FRA", "FR", "France")):
        Country.objects.get_or_create(iso3=iso3, defaults={"iso2": iso2, "name": name})
    Conflict.objects.get_or_create(
        slug="russia-ukraine-war",
        defaults={
            "name": "Russia-Ukraine war",
            "side_a_label": "Russia",
            "side_b_label": "Ukraine",
        },
    )
