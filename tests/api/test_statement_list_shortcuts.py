"""The statement list's shortcuts (docs/performance.md) answer what the long way would."""

import pytest

from stances.api import views
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

    built = views._LISTED
    assert set(built) == {True, False}  # one for editors and staff, one for other readers
    for rows in built.values():
        assert rows._result_cache is None  # never evaluated: it would serve stale rows
    # No request's filter left in them: the readers' rows are filtered by status alone.
    assert not built[True].query.where
    assert len(built[False].query.where.children) == 1
    assert set(built[False].values_list("status", flat=True)) == {ReviewStatus.APPROVED}
