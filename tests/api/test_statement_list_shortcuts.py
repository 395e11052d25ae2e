"""The statement list's shortcuts (docs/performance.md) answer what the long way would."""

import pytest

from stances.api.views import listed_statements
from stances.choices import ReviewStatus, Stance
from tests.factories import StatementFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/statements/"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_each_request_filters_its_own_copy_of_the_rows_built_once(anonymous, editor):
    neutral = StatementFactory(stance=Stance.NEUTRAL)
    condemning = StatementFactory(stance=Stance.CONDEMNS, target_side="b")
    pending = StatementFactory(status=ReviewStatus.PENDING)

    assert ids(anonymous.get(URL, {"stance": "neutral"})) == [neutral.pk]
    assert set(ids(editor.get(URL))) == {neutral.pk, condemning.pk, pending.pk}
    assert set(ids(anonymous.get(URL))) == {neutral.pk, condemning.pk}

    rows = listed_statements()
    assert rows._result_cache is None  # never evaluated: it would serve stale rows
    assert not rows.query.where  # no request's filter or reader left in it
