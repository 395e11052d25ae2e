from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Bloc, BlocMembership, Country, CountryName, Office, Person, Term


class CountryNameInline(admin.TabularInline):
    model = CountryName
    extra = 0


class BlocMembershipInline(admin.TabularInline):
    model = BlocMembership
    extra = 0
    autocomplete_fields = ["country", "bloc"]


class TermInline(admin.TabularInline):
    model = Term
    extra = 0
    autocomplete_fields = ["person", "office"]


@admin.register(Country)
class CountryAdmin(SimpleHistoryAdmin):
    list_display = ["name", "iso3", "iso2", "region", "subregion", "un_status"]
    list_filter = ["un_status", "region", "subregion"]
    search_fields = ["name", "official_name", "iso3", "iso2", "names__name"]
    inlines = [CountryNameInline]


@admin.register(CountryName)
class CountryNameAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country"]
    list_filter = ["kind"]
    search_fields = ["name", "country__name", "country__iso3"]
    autocomplete_fields = ["country"]
    list_select_related = ["country"]


@admin.register(Bloc)
class BlocAdmin(SimpleHistoryAdmin):
    list_display = ["name", "acronym", "slug", "founded"]
    search_fields = ["name", "acronym", "slug"]
    prepopulated_fields = {"slug": ["acronym"]}
    inlines = [BlocMembershipInline]


@admin.register(BlocMembership)
class BlocMembershipAdmin(SimpleHistoryAdmin):
    list_display = ["country", "bloc", "role", "joined", "left"]
    list_filter = ["bloc", "role"]
    search_fields = ["country__name", "bloc__name", "bloc__acronym"]
    autocomplete_fields = ["country", "bloc"]
    list_select_related = ["country", "bloc"]


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["name", "wikidata_qid"]
    search_fields = ["name", "aliases", "wikidata_qid"]
    inlines = [TermInline]


@admin.register(Office)
class OfficeAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "country"]
    list_filter = ["kind"]
    search_fields = ["title", "country__name", "country__iso3"]
    autocomplete_fields = ["country"]
    list_select_related = ["country"]
    inlines = [TermInline]


@admin.register(Term)
class TermAdmin(SimpleHistoryAdmin):
    list_display = ["person", "office", "start", "end", "source"]
    list_filter = ["office__kind", "office__country__region"]
    search_fields = ["person__name", "office__title", "office__country__name"]
    autocomplete_fields = ["person", "office"]
    list_select_related = ["person", "office"]
    date_hierarchy = "start"
