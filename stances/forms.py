"""GET forms of the analyst pages: they validate the query string, nothing is saved."""

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator

from actors.models import Bloc, Country

from .models import Conflict


class ChoicesInOneQuery(ModelChoiceIterator):
    """Read a select's choices in one query.

    ModelChoiceIterator reads them through queryset.iterator(), which on PostgreSQL is a
    server-side cursor: DECLARE, FETCH and CLOSE, three round trips for a select of a few
    dozen options.
    """

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class SmallModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField over a few dozen rows, its choices read in one query."""

    iterator = ChoicesInOneQuery


class ConflictMapForm(forms.Form):
    """The conflict page's controls: the as-of date and the region and bloc filters."""

    as_of = forms.DateField(
        required=False,
        label="As of",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Leave empty for today.",
    )
    region = forms.ChoiceField(required=False, label="Region")
    bloc = SmallModelChoiceField(
        queryset=Bloc.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        label="Bloc",
        empty_label="All blocs",
    )

    def __init__(self, *args, regions: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = [("", "All regions"), *((r, r) for r in regions)]

    @classmethod
    def day_asked(cls, data) -> date | None:
        """Return the as-of date `data` asks for, as the form would clean it; None if invalid.

        For what must be read before the form can be built: the regions come with the
        stances as of that day. The form itself still decides which day the page shows.
        """
        try:
            return cls.base_fields["as_of"].clean(data.get("as_of"))
        except ValidationError:
            return None


class CompareForm(forms.Form):
    """Either one conflict and several countries, or one country and several conflicts."""

    conflict = forms.ModelChoiceField(
        queryset=Conflict.objects.all(), to_field_name="slug", required=False
    )
    countries = forms.CharField(required=False, help_text="ISO alpha-3 codes, comma-separated.")
    country = forms.ModelChoiceField(
        queryset=Country.objects.all(), to_field_name="iso3", required=False
    )
    conflicts = forms.CharField(required=False, help_text="Conflict slugs, comma-separated.")
    as_of = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean_countries(self) -> list[str]:
        return _codes(self.cleaned_data["countries"], upper=True)

    def clean_conflicts(self) -> list[str]:
        return _codes(self.cleaned_data["conflicts"], upper=False)

    def clean(self):
        data = super().clean()
        if data.get("conflict") and len(data.get("countries", [])) >= 2:
            return data
        if data.get("country") and len(data.get("conflicts", [])) >= 2:
            return data
        raise forms.ValidationError(
            "Choose a conflict and two or more countries, or a country and two or more conflicts."
        )


def _codes(value: str, *, upper: bool) -> list[str]:
    codes = [c.strip() for c in value.split(",") if c.strip()]
    return list(dict.fromkeys(c.upper() if upper else c.lower() for c in codes))
