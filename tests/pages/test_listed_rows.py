"""Pages that read plain rows write them exactly as the same lists write model instances."""

from datetime import date

import pytest
from django.urls import reverse

from stances.choices import Stance, StatementKind
from stances.models import Statement
from stances.templatetags.stance_rows import statement_items
from tests.factories import StatementFactory, conflict, country

pytestmark = pytest.mark.django_db


def test_the_country_page_writes_its_statements_as_the_lists_write_statements(
    client, cambodia_seed
):
    StatementFactory(
        date=date(2023, 10, 9),
        conflict=conflict("israel-hamas-war"),
        stance=Stance.CONDEMNS,
        target_side="b",
        kind=StatementKind.REPORTED_SPEECH,
        source_url="javascript:alert(1)",
        source_outlet="Elsewhere",
    )
    StatementFactory(date=None, quote='Undated <and> "quoted".', source_url="https://x.example/")
    html = client.get(reverse("pages:country", kwargs={"iso3": "KHM"})).text
    statements = Statement.objects.filter(actor_country=country("KHM")).order_by("-date", "-id")
    assert statement_items(statements) in html
