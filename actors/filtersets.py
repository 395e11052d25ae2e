"""Filters over countries, blocs and people, shared by the API and the HTML pages."""

import django_filters
from django import forms

from .choices import OfficeKind, UNStatus
from .models import Country, Office, Person


class CodeChoiceField(forms.ModelChoiceField):
    """A model choice picked by a public code, whatever case the reader typed it in."""

    def __init__(self, *args, normalise=str.upper, **kwargs):
        self.normalise = normalise
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = self.normalise(value.strip())
        return super().to_python(value)


class CodeChoiceFilter(django_filters.ModelChoiceFilter):
    """Filter by a related object's public code: ISO alpha-3 for countries, slug otherwise."""

    field_class = CodeChoiceField


def country_code_filter(*, field_name: str, help_text: str) -> CodeChoiceFilter:
    """Return a filter by ISO alpha-3 code whose error names the unknown code."""
    return CodeChoiceFilter(
        field_name=field_name,
        queryset=Country.objects.all(),
        to_field_name="iso3",
        help_text=help_text,
        error_messages={"invalid_choice": "No country has the ISO alpha-3 code “%(value)s”."},
    )


class CountryFilterSet(django_filters.FilterSet):
    region = django_filters.CharFilter(
        lookup_expr="iexact", help_text="UN M49 region, e.g. Asia, Europe."
    )
    subregion = django_filters.CharFilter(
        lookup_expr="iexact", help_text="UN M49 subregion, e.g. South-eastern Asia."
    )
    un_status = django_filters.ChoiceFilter(choices=UNStatus.choices, help_text="UN status.")
    name = django_filters.CharFilter(
        lookup_expr="icontains", help_text="Part of the short name, any case."
    )

    class Meta:
        model = Country
        fields = ["region", "subregion", "un_status", "name"]


class PersonFilterSet(django_filters.FilterSet):
    name = django_filters.CharFilter(
        lookup_expr="icontains", help_text="Part of the name, any case."
    )
    country = country_code_filter(
        field_name="terms__office__country",
        help_text="ISO alpha-3 code of a country whose office the person has held.",
    )

    class Meta:
        model = Person
        fields = ["name", "country"]

    def filter_queryset(self, queryset):
        # Someone who held two offices of one country would be listed twice.
        return super().filter_queryset(queryset).distinct()


class OfficeFilterSet(django_filters.FilterSet):
    country = country_code_filter(
        field_name="country", help_text="ISO alpha-3 code of the office's country."
    )
    kind = django_filters.ChoiceFilter(choices=OfficeKind.choices, help_text="Kind of office.")

    class Meta:
        model = Office
        fields = ["country", "kind"]
