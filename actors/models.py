from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .choices import BlocRole, CountryNameKind, OfficeKind, UNStatus


class Country(models.Model):
    """A country or territory of ISO 3166-1 (and Kosovo), known publicly by its alpha-3 code."""

    iso3 = models.CharField("ISO alpha-3", max_length=3, unique=True)
    iso2 = models.CharField("ISO alpha-2", max_length=2, unique=True)
    numeric = models.CharField("ISO numeric", max_length=3, blank=True)
    name = models.CharField("short name", max_length=100, unique=True)
    official_name = models.CharField(max_length=200, blank=True)
    capital = models.CharField(max_length=100, blank=True)
    region = models.CharField("UN M49 region", max_length=50, blank=True, db_index=True)
    subregion = models.CharField("UN M49 subregion", max_length=60, blank=True)
    un_status = models.CharField(
        "UN status", max_length=10, choices=UNStatus.choices, default=UNStatus.NONE
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"
        constraints = [
            models.CheckConstraint(
                condition=Q(un_status__in=UNStatus.values), name="country_un_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(iso3__regex=r"^[A-Z]{3}$"), name="country_iso3_form"
            ),
            models.CheckConstraint(
                condition=Q(iso2__regex=r"^[A-Z]{2}$"), name="country_iso2_form"
            ),
            models.UniqueConstraint(
                fields=["numeric"], condition=~Q(numeric=""), name="country_numeric_unique"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("pages:country", kwargs={"iso3": self.iso3})


class CountryName(models.Model):
    """Another name that refers to one country: alias, demonym, capital or metonym.

    A name points to exactly one country (case-insensitively), so the extraction engine can
    resolve it without guessing; ambiguous names ("Congolese") are left out on purpose.
    """

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=10, choices=CountryNameKind.choices)
    history = HistoricalRecords()

    class Meta:
        ordering = ["country", "kind", "name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="country_name_unique_ci"),
            models.CheckConstraint(
                condition=Q(kind__in=CountryNameKind.values), name="country_name_kind_valid"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_kind_display()} of {self.country.iso3})"


class Bloc(models.Model):
    """An alliance, union or forum of countries: ASEAN, EU, NATO, NAM, BRICS…"""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=150, unique=True)
    acronym = models.CharField(max_length=30, blank=True)
    aliases = models.JSONField(default=list, blank=True)
    founded = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.acronym or self.name


class BlocMembership(models.Model):
    """A country's membership of a bloc, from `joined` to `left` (open-ended when null)."""

    bloc = models.ForeignKey(Bloc, on_delete=models.CASCADE, related_name="memberships")
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="bloc_memberships")
    role = models.CharField(max_length=10, choices=BlocRole.choices, default=BlocRole.MEMBER)
    joined = models.DateField(null=True, blank=True)
    left = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["bloc", "country"]
        constraints = [
            models.UniqueConstraint(
                fields=["bloc", "country", "joined"], name="bloc_membership_unique"
            ),
            models.CheckConstraint(
                condition=Q(left__isnull=True)
                | Q(joined__isnull=True)
                | Q(left__gte=models.F("joined")),
                name="bloc_membership_dates_ordered",
            ),
            models.CheckConstraint(
                condition=Q(role__in=BlocRole.values), name="bloc_membership_role_valid"
            ),
        ]

    def __str__(self):
        return f"{self.country} in {self.bloc}"


class Person(models.Model):
    """Someone whose words can be a country's position: leader, minister, envoy, spokesperson."""

    name = models.CharField(max_length=150)
    aliases = models.JSONField(default=list, blank=True)
    wikidata_qid = models.CharField(
        "Wikidata QID", max_length=20, null=True, blank=True, unique=True
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        constraints = [
            models.CheckConstraint(
                condition=Q(wikidata_qid__isnull=True) | Q(wikidata_qid__regex=r"^Q[0-9]+$"),
                name="person_wikidata_qid_form",
            ),
        ]
        indexes = [models.Index(fields=["name"], name="person_name_idx")]

    def __str__(self):
        return self.name


class Office(models.Model):
    """A position whose holder speaks for a country, e.g. "Prime Minister of Cambodia"."""

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="offices")
    kind = models.CharField(max_length=20, choices=OfficeKind.choices)
    title = models.CharField(max_length=150, help_text='In full: "Prime Minister of Cambodia".')
    history = HistoricalRecords()

    class Meta:
        ordering = ["country", "kind", "title"]
        constraints = [
            models.UniqueConstraint(fields=["country", "title"], name="office_unique_title"),
            models.CheckConstraint(
                condition=Q(kind__in=OfficeKind.values), name="office_kind_valid"
            ),
        ]

    def __str__(self):
        return self.title


class Term(models.Model):
    """A person holding an office from `start` to `end` (still in office when `end` is null)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="terms")
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="terms")
    start = models.DateField()
    end = models.DateField(null=True, blank=True)
    source = models.CharField(
        max_length=1000,
        help_text="What backs these dates: a Wikidata QID, a Wikipedia article title or the "
        "addresses of the pages that give them.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["office", "start"]
        constraints = [
            models.UniqueConstraint(fields=["person", "office", "start"], name="term_unique"),
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=models.F("start")),
                name="term_dates_ordered",
            ),
        ]
        indexes = [models.Index(fields=["office", "start", "end"], name="term_office_dates_idx")]

    def __str__(self):
        until = self.end.isoformat() if self.end else "present"
        return f"{self.person} — {self.office} ({self.start.isoformat()} to {until})"


class DataVersion(models.Model):
    """The version of the data the public API reads: one row, the base of the response cache's key.

    Database triggers (config/response_cache.py installs them after every migrate) count each
    write to the actors and stances tables, whoever makes it: the ORM, the admin, bulk and raw
    SQL, COPY. On PostgreSQL each writing transaction leaves one DataChange row, so writers
    never wait on each other; `changes` is how many were folded in here, `xact` the latest
    transaction folded. `epoch` is drawn afresh whenever the row is created, so a flushed
    database never reuses the versions of the one it replaced.
    """

    epoch = models.CharField(max_length=32)
    changes = models.BigIntegerField(default=0)
    xact = models.BigIntegerField(default=0)

    def __str__(self):
        return f"data version {self.epoch}:{self.changes}"


class DataChange(models.Model):
    """A transaction that wrote the public data (PostgreSQL), not yet folded into DataVersion."""

    xact = models.BigIntegerField(primary_key=True)

    def __str__(self):
        return f"transaction {self.xact}"
