"""select_field writes exactly what Django's select template writes, in every state of a form."""

import pytest
from django import forms

from stances.forms import ConflictMapForm
from stances.templatetags.form_fields import select_field

pytestmark = pytest.mark.django_db

REGIONS = ["Africa", "Americas", 'Asia & "Pacific" <east>', "Europe"]


@pytest.mark.parametrize(
    "query",
    [
        None,
        {"region": "Europe", "bloc": "asean"},
        {"region": 'Asia & "Pacific" <east>', "bloc": "eu"},
        {"region": "Atlantis", "bloc": "no-such-bloc", "as_of": "yesterday"},
    ],
)
def test_the_conflict_page_s_selects_are_written_as_django_writes_them(query):
    form = ConflictMapForm(query, regions=REGIONS)
    form.is_valid()
    for name in ("region", "bloc"):
        assert select_field(form[name]) == str(form[name])


class Grouped(forms.Form):
    choice = forms.ChoiceField(
        choices=[("", "None"), ("Fruit", [("apple", "Apple"), ("pear", "Pear")]), ("x", "X")],
        required=True,
        help_text="Pick one.",
        widget=forms.Select(attrs={"class": "wide", "data-empty": False}),
    )


@pytest.mark.parametrize("query", [None, {"choice": "pear"}, {"choice": "plum"}])
def test_groups_required_fields_help_texts_and_errors_are_written_alike(query):
    form = Grouped(query)
    form.is_valid()
    assert select_field(form["choice"]) == str(form["choice"])
