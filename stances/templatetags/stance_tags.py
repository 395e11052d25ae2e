"""Words, colours and highlights for stances, shared by every analyst page."""

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from stances.choices import Stance
from stances.models import Conflict

register = template.Library()

NO_RECORD = "No recorded stance"


@register.filter
def stance_label(current, conflict: Conflict) -> str:
    """Name a stance (a CurrentStance, a Statement, or None) in the conflict's own words.

    "Supports side A" means nothing to a reader: say "Supports Ukraine", "Condemns Russia".
    """
    stance = getattr(current, "stance", None)
    if stance is None:
        return NO_RECORD
    side = {"a": conflict.side_a_label, "b": conflict.side_b_label}
    if stance == Stance.SUPPORTS_SIDE_A:
        return f"Supports {side['a']}"
    if stance == Stance.SUPPORTS_SIDE_B:
        return f"Supports {side['b']}"
    if stance == Stance.CONDEMNS and current.target_side:
        return f"Condemns {side[current.target_side]}"
    return Stance(stance).label


@register.filter
def stance_class(current) -> str:
    """Return the CSS class that colours a stance (see static/css/atlas.css)."""
    stance = getattr(current, "stance", None)
    return f"stance-{stance.replace('_', '-')}" if stance else "stance-none"


@register.simple_tag
def stance_legend(conflict: Conflict) -> list[tuple[str, str]]:
    """Return (CSS class, label) for every stance, in the rule's precedence."""
    from stances.selectors import STANCE_PRECEDENCE

    return [
        (stance_class(BareStance(s)), stance_label(BareStance(s), conflict))
        for s in STANCE_PRECEDENCE
    ]


@register.filter
def highlight(text: str, query: str) -> SafeString:
    """Escape `text` and wrap in <mark> every word starting with one of the query's terms.

    Matching word starts rather than whole words finds "negotiations" for "negotiat", close
    to what PostgreSQL's stemming matched. Built from escaped pieces, so it is safe whatever
    the text holds.
    """
    terms = [t for t in re.findall(r"\w+", query or "") if len(t) > 1]
    if not terms:
        return escape(text)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\w*", re.I)
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


@register.filter
def stance_after_label(entry, conflict: Conflict) -> str:
    """Name the stance a timeline entry leaves the country with (its target is not kept)."""
    return stance_label(BareStance(entry.stance_after), conflict)


class BareStance:
    """A stance without a target side, for labels that name the stance alone."""

    def __init__(self, stance: str | None):
        self.stance, self.target_side = stance, ""
