"""The statement filters' shortcuts (docs/performance.md) filter as the long way would."""

from datetime import date
from unittest import mock

import pytest

from actors.filtersets import CodeChoiceField
from tests.factories import StatementFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/statements/"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_a_date_from_or_a_date_to_alone_bounds_the_list_and_leaves_undated_out(anonymous):
    before = StatementFactory(date=date(2022, 3, 1))
    day = StatementFactory(date=date(2022, 3, 2))
    after = StatementFactory(date=date(2022, 3, 3))
    StatementFactory(date=None, date_precision="year")

    assert ids(anonymous.get(URL, {"date_from": "2022-03-02"})) == [after.pk, day.pk]
    assert ids(anonymous.get(URL, {"date_to": "2022-03-02"})) == [day.pk, before.pk]
    assert ids(anonymous.get(URL, {"date_from": "2022-03-02", "date_to": "2022-03-02"})) == [day.pk]
    assert ids(anonymous.get(URL, {"date_from": "", "date_to": "2022-03-01"})) == [before.pk]


def test_a_list_cleans_only_the_filters_it_is_given(anonymous):
    StatementFactory()
    with mock.patch.object(
        CodeChoiceField, "clean", autospec=True, side_effect=CodeChoiceField.clean
    ) as clean:
        assert anonymous.get(URL, {"stance": "neutral"}).status_code == 200
        assert clean.call_count == 0  # country, bloc and conflict were not asked for
        assert anonymous.get(URL, {"conflict": "no-such-war"}).status_code == 400
        assert clean.call_count == 1
