"""Atom feeds of newly approved statements, per conflict and per country."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from actors.models import Country
from actors.views import country_or_404

from .models import Conflict, Statement
from .selectors import statements_approved
from .templatetags.stance_tags import stance_label

ITEMS = 50


class StatementFeed(Feed):
    """Approved statements, newest approval first: a feed reader wants what is new to it."""

    feed_type = Atom1Feed

    def items(self, obj):
        return (
            statements_approved()
            .filter(**self.filter_for(obj))
            .order_by("-reviewed_at", "-created_at", "-id")[:ITEMS]
        )

    def item_title(self, item: Statement) -> str:
        return f"{item.actor}: {stance_label(item, item.conflict)} on {item.conflict}"

    def item_description(self, item: Statement) -> str:
        # Atom marks the description type="html": the framework's escaping only makes it valid
        # XML, and readers render what is left as HTML. Escaped here, quotes stay plain text.
        speaker = f" ({item.speaker}, {item.speaker_office})" if item.speaker else ""
        return escape(f"“{item.quote}”{speaker}")

    def item_pubdate(self, item: Statement):
        return item.reviewed_at or item.created_at

    def item_updateddate(self, item: Statement):
        return item.updated_at

    def item_author_name(self, item: Statement) -> str:
        return item.source_outlet or str(item.actor)


class ConflictFeed(StatementFeed):
    def get_object(self, request, slug: str) -> Conflict:
        return get_object_or_404(Conflict, slug=slug)

    def filter_for(self, obj: Conflict) -> dict:
        return {"conflict": obj}

    def title(self, obj: Conflict) -> str:
        return f"Stance Atlas: statements on the {obj}"

    def link(self, obj: Conflict) -> str:
        return obj.get_absolute_url()

    def feed_url(self, obj: Conflict) -> str:
        return reverse("pages:conflict-feed", kwargs={"slug": obj.slug})

    def subtitle(self, obj: Conflict) -> str:
        return f"Newly approved statements by countries and blocs on the {obj}."


class CountryFeed(StatementFeed):
    def get_object(self, request, iso3: str) -> Country:
        return country_or_404(iso3)

    def filter_for(self, obj: Country) -> dict:
        return {"actor_country": obj}

    def title(self, obj: Country) -> str:
        return f"Stance Atlas: statements by {obj}"

    def link(self, obj: Country) -> str:
        return obj.get_absolute_url()

    def feed_url(self, obj: Country) -> str:
        return reverse("pages:country-feed", kwargs={"iso3": obj.iso3})

    def subtitle(self, obj: Country) -> str:
        return f"Newly approved statements by {obj} on the conflicts Stance Atlas follows."
