"""Filters over countries, blocs and people, shared by the API and the HTML pages."""

import copy

import django_filters
from django import forms

from .choices import OfficeKind, UNStatus
from .models import Country, Office, Person


class LightFilterSet(django_filters.FilterSet):
    """A FilterSet that costs a request microseconds, not milliseconds, to set up.

    django-filter deep-copies every filter (with its querysets and choices) and builds a new
    form class for each request: over a dozen filters, more than a page of statements costs
    to fetch. The filters keep no per-request state but their parent and model, so a shallow
    copy serves; the form class depends on the filters alone, so it is built once a class.
    """

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        base_filters = type(self).base_filters
        # Nothing to copy deeply here: the filters are bound below, one shallow copy each.
        self.base_filters = {}
        super().__init__(data, queryset, request=request, prefix=prefix)
        del self.base_filters
        self.filters = {name: copy.copy(filter_) for name, filter_ in base_filters.items()}
        for filter_ in self.filters.values():
            filter_.model = self.queryset.model
            filter_.parent = self
            if filter_.method is not None:
                # The copy's own FilterMethod: the shared one would call the class's filter,
                # whose parent is some other request's filterset.
                filter_.method = filter_.method

    def get_form_class(self):
        form_class = type(self).__dict__.get("_form_class")
        if form_class is None:
            form_class = type(self)._form_class = super().get_form_class()
            form_class.base_fields = SharedFields(form_class.base_fields)
        return form_class


class SharedFields(dict):
    """A form's fields, shared by its instances rather than deep-copied for each.

    Filter forms only read their fields, to clean values and render widgets: nothing sets a
    field's queryset or attributes per request, and a ModelChoiceField's choices run a fresh
    query each time they are listed. Each form still gets its own dict, to order or trim.
    """

    def __deepcopy__(self, memo):
        return dict(self)


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


class CountryFilterSet(LightFilterSet):
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


class PersonFilterSet(LightFilterSet):
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


class OfficeFilterSet(LightFilterSet):
    country = country_code_filter(
        field_name="country", help_text="ISO alpha-3 code of the office's country."
    )
    kind = django_filters.ChoiceFilter(choices=OfficeKind.choices, help_text="Kind of office.")

    class Meta:
        model = Office
        fields = ["country", "kind"]
