"""Rows repeated down the conflict and country pages, written in Python.

The conflict page has some 250 country rows; rendered by the template engine, each variable
lookup, filter and {% url %} costs several microseconds, and the rows were most of the page's
time. These tags write the same markup with format_html, which escapes every value it is
given: the output is as safe as the template's auto-escaping.
"""

from functools import lru_cache

from django import template
from django.utils.dateformat import format as format_date
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language

from stances.links import page_url
from stances.templatetags.stance_tags import highlight, stance_class, stance_label

register = template.Library()

SNIPPET_WORDS = 40


@lru_cache(maxsize=4096)
def _day(day, fmt: str, language: str | None) -> str:
    return format_date(day, fmt)


def day(value, fmt: str) -> str:
    """Return `value|date:fmt`, remembered: a page shows the same few hundred days."""
    return _day(value, fmt, get_language())


def snippet(quote: str) -> str:
    """Return `quote|truncatewords:40`."""
    return Truncator(quote).words(SNIPPET_WORDS, truncate=" …")


def _time(value, fmt: str) -> SafeString:
    if value is None:
        return mark_safe('<time datetime=""></time>')
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), day(value, fmt))


def _quote(statement) -> SafeString:
    return format_html(
        '<blockquote class="quote"><a href="{}">{}</a></blockquote>',
        statement.get_absolute_url(),
        snippet(statement.quote),
    )


def _deciding(current, *, speakers: bool, separator: str) -> SafeString:
    if current is None:
        return mark_safe("")
    parts = []
    for statement in current.deciding:
        parts.append(_quote(statement))
        if speakers and statement.speaker:
            if statement.speaker_office:
                said_by = format_html(
                    '<p class="muted">{}, {}</p>', statement.speaker, statement.speaker_office
                )
            else:
                said_by = format_html('<p class="muted">{}</p>', statement.speaker)
            parts.append(said_by)
    return mark_safe(separator.join(parts))  # noqa: S308 - joins format_html output


@register.simple_tag
def country_stance_rows(rows, conflict) -> SafeString:
    """Write the conflict page's table rows: one a country the filters keep."""
    return format_html_join(
        "\n",
        '<tr data-iso3="{}"><th scope="row"><a href="{}">{}</a></th>'
        '<td><span class="badge {}">{}</span></td><td>{}</td><td>{}</td></tr>',
        (
            (
                row.country.iso3,
                page_url("pages:country-conflict", row.country.iso3, conflict.slug),
                row.country.name,
                stance_class(row.current),
                stance_label(row.current, conflict),
                _time(row.current.date, "j M Y") if row.current else "",
                _deciding(row.current, speakers=True, separator="\n"),
            )
            for row in rows
            if row.shown
        ),
    )


@register.simple_tag
def conflict_stance_rows(country, conflict_stances) -> SafeString:
    """Write the country page's table rows: one a conflict."""
    return format_html_join(
        "\n",
        '<tr><th scope="row"><a href="{}">{}</a></th>'
        '<td><span class="badge {}">{}</span></td><td>{}</td><td>{}</td></tr>',
        (
            (
                page_url("pages:country-conflict", country.iso3, conflict.slug),
                conflict.name,
                stance_class(current),
                stance_label(current, conflict),
                _time(current.date, "j M Y") if current else "",
                _deciding(current, speakers=False, separator=""),
            )
            for conflict, current in conflict_stances
        ),
    )


@register.simple_tag
def voted_countries(beside, conflict) -> SafeString:
    """Link each country of one vote and stance group, marking those that said otherwise."""
    return mark_safe(  # noqa: S308 - joins format_html output
        ", ".join(
            format_html(
                '<a href="{}" class="differs" title="Said and voted differently">{}</a> (differs)'
                if b.differs
                else '<a href="{}">{}</a>',
                page_url("pages:country-conflict", b.vote.country.iso3, conflict.slug),
                b.vote.country.name,
            )
            for b in beside
        )
    )


@register.simple_tag
def vote_rows(votes_beside) -> SafeString:
    """Write the rows of a country's UN votes beside what it had said by each vote's day."""
    return format_html_join(
        "\n",
        '<tr{}><td>{} <span class="muted">{}</span></td><td><strong>{}</strong></td>'
        '<td><span class="badge {}">{}</span>{}</td></tr>',
        (
            (
                mark_safe(' class="differs"') if b.differs else "",
                b.vote.resolution.symbol,
                day(b.vote.resolution.date, "j M Y") if b.vote.resolution.date else "",
                b.vote.get_vote_display(),
                stance_class(b.said),
                stance_label(b.said, b.vote.resolution.conflict),
                mark_safe(' <strong class="differs-note">Said and voted differently</strong>')
                if b.differs
                else "",
            )
            for b in votes_beside
        ),
    )


@register.simple_tag
def statement_item(statement, query: str = "") -> SafeString:
    """Write one statement in a list: stance, actor, quote, speaker, office, date and source.

    Lists include it tens of times a page; as a template {% include %} it cost more than
    the rest of the country page.
    """
    country = statement.actor_country
    actor = (
        format_html('<a href="{}">{}</a>', page_url("pages:country", country.iso3), country)
        if country
        else conditional_escape(statement.actor_bloc)
    )
    when = (
        format_html(
            '<time datetime="{}">{}</time>',
            statement.date.isoformat(),
            day(statement.date, "j F Y"),
        )
        if statement.date
        else "undated"
    )
    speaker = ""
    if statement.speaker:
        speaker = (
            format_html("{}, {} · ", statement.speaker, statement.speaker_office)
            if statement.speaker_office
            else format_html("{} · ", statement.speaker)
        )
    source = statement.source_link
    return format_html(
        '<article class="statement">\n<p class="statement-meta">\n'
        '<span class="badge {}">{}</span>\n{}\non <a href="{}">{}</a>,\n{}\n</p>\n'
        '<blockquote class="quote">{}</blockquote>\n<p class="statement-source">\n'
        "{}\n{} ·\n{}\n"
        '<a href="{}">Evidence and history</a>\n</p>\n</article>',
        stance_class(statement),
        stance_label(statement, statement.conflict),
        actor,
        statement.conflict.get_absolute_url(),
        statement.conflict,
        when,
        highlight(statement.quote, query) if query else statement.quote,
        speaker,
        statement.get_kind_display(),
        format_html(
            '<a href="{}" rel="noopener noreferrer external">{}</a> ·',
            source,
            statement.source_outlet or "Source",
        )
        if source
        else "",
        statement.get_absolute_url(),
    )
