"""Rows repeated down the conflict and country pages, written in Python.

The conflict page has some 250 country rows; rendered by the template engine, each variable
lookup, filter and {% url %} costs several microseconds, and the rows were most of the page's
time. These tags write the same markup in Python, escaping every value they are given (`esc`
below, or format_html): the output is as safe as the template's auto-escaping.
"""

from collections.abc import Callable
from functools import lru_cache
from html import escape as escape_text
from itertools import groupby
from operator import attrgetter

from django import template
from django.utils.dateformat import format as format_date
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from stances.choices import StatementKind
from stances.links import REMEMBERED, page_url_maker
from stances.templatetags.stance_tags import highlight, stance_class, stance_label

register = template.Library()

SNIPPET_WORDS = 40
# A conflict page shows some 250 deciding statements, and there are 15 conflicts: a few MB at
# most, quotes being a few hundred characters.
SNIPPETS_REMEMBERED = 4096
# What truncatewords appends to a shortened text.
TRUNCATED = " …"


def esc(value) -> str:
    """Return conditional_escape(value) as a plain str, for markup built by hand.

    The same escaping (Django's escape() is html.escape of str()), without the lazy-string
    wrapper around escape() that costs more than the escaping on a page of 10,000 values.
    """
    if hasattr(value, "__html__"):
        return value.__html__()
    return escape_text(str(value))


_escaped = lru_cache(maxsize=REMEMBERED)(escape_text)


def esc_repeated(value) -> str:
    """Return esc(value), remembered for strings.

    For the values a page repeats, and repeats from request to request: page URLs (which
    stances.links remembers), country names and codes, speakers and their offices.
    """
    return _escaped(value) if type(value) is str else esc(value)


@lru_cache(maxsize=SNIPPETS_REMEMBERED)
def escaped_snippet(quote: str) -> str:
    """Return esc(snippet(quote)), remembered: a page's quotes are the same on every request."""
    return escape_text(snippet(quote))


def badge_maker(conflict) -> Callable[[object], str]:
    """Return a writer of stance badges on `conflict`, each kind of badge written once.

    A page shows the same dozen badges hundreds of times. The writer takes what stance_label
    takes: a stance with its target side, or None.
    """
    written: dict[tuple, str] = {}

    def badge(current) -> str:
        key = (getattr(current, "stance", None), getattr(current, "target_side", ""))
        html = written.get(key)
        if html is None:
            html = written[key] = (
                f'<span class="badge {esc(stance_class(current))}">'
                f"{esc(stance_label(current, conflict))}</span>"
            )
        return html

    return badge


@lru_cache(maxsize=4096)
def _day(day, fmt: str, language: str | None) -> SafeString:
    return mark_safe(esc(format_date(day, fmt)))  # noqa: S308 - escaped


def day(value, fmt: str) -> SafeString:
    """Return `value|date:fmt`, escaped and remembered: a page shows the same few hundred days."""
    return _day(value, fmt, get_language())


def snippet(quote: str) -> str:
    """Return `quote|truncatewords:40`: Truncator.words() without its lazy-object wrapper."""
    words = quote.split()
    if len(words) <= SNIPPET_WORDS:
        return " ".join(words)
    text = " ".join(words[:SNIPPET_WORDS])
    return text if text.endswith(TRUNCATED) else text + TRUNCATED


def _time(value, fmt: str, language: str | None) -> str:
    if value is None:
        return '<time datetime=""></time>'
    return f'<time datetime="{value.isoformat()}">{_day(value, fmt, language)}</time>'


def _deciding(current, url, *, speakers: bool, separator: str) -> str:
    if current is None:
        return ""
    parts = []
    for statement in current.deciding:
        link = esc_repeated(url("pages:statement", statement.pk))
        parts.append(
            f'<blockquote class="quote"><a href="{link}">'
            f"{escaped_snippet(statement.quote)}</a></blockquote>"
        )
        if speakers and statement.speaker:
            office = statement.speaker_office
            said_by = esc_repeated(statement.speaker) + (
                f", {esc_repeated(office)}" if office else ""
            )
            parts.append(f'<p class="muted">{said_by}</p>')
    return separator.join(parts)


def _stance_cells(
    heading: str, current, badge, url, language, *, speakers: bool, separator: str
) -> str:
    """Write the cells a stance table's row shares: its heading, stance, day and quotes."""
    return (
        f'<th scope="row">{heading}</th>'
        f"<td>{badge(current)}</td>"
        f"<td>{_time(current.date, 'j M Y', language) if current else ''}</td>"
        f"<td>{_deciding(current, url, speakers=speakers, separator=separator)}</td>"
    )


@register.simple_tag
def country_stance_rows(rows, conflict) -> SafeString:
    """Write the conflict page's table rows: one a country the filters keep."""
    url, language, html = page_url_maker(), get_language(), []
    badge = badge_maker(conflict)
    for row in rows:
        if not row.shown:
            continue
        country, current = row.country, row.current
        link = url("pages:country-conflict", country.iso3, conflict.slug)
        heading = f'<a href="{esc_repeated(link)}">{esc_repeated(country.name)}</a>'
        cells = _stance_cells(heading, current, badge, url, language, speakers=True, separator="\n")
        html.append(f'<tr data-iso3="{esc_repeated(country.iso3)}">{cells}</tr>')
    return mark_safe("\n".join(html))  # noqa: S308 - every value is escaped by esc()


@register.simple_tag
def conflict_stance_rows(country, conflict_stances) -> SafeString:
    """Write the country page's table rows: one a conflict."""
    url, language, html = page_url_maker(), get_language(), []
    for conflict, current in conflict_stances:
        link = url("pages:country-conflict", country.iso3, conflict.slug)
        heading = f'<a href="{esc_repeated(link)}">{esc(conflict.name)}</a>'
        cells = _stance_cells(
            heading, current, badge_maker(conflict), url, language, speakers=False, separator=""
        )
        html.append(f"<tr>{cells}</tr>")
    return mark_safe("\n".join(html))  # noqa: S308 - every value is escaped by esc()


@register.simple_tag
def voted_countries(beside, conflict) -> SafeString:
    """Link each country of one vote and stance group, marking those that said otherwise."""
    url, links = page_url_maker(), []
    for b in beside:
        href = esc_repeated(url("pages:country-conflict", b.iso3, conflict.slug))
        if b.differs:
            links.append(
                f'<a href="{href}" class="differs" title="Said and voted differently">'
                f"{esc_repeated(b.country_name)}</a> (differs)"
            )
        else:
            links.append(f'<a href="{href}">{esc_repeated(b.country_name)}</a>')
    return mark_safe(", ".join(links))  # noqa: S308 - every value is escaped by esc()


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
                b.symbol,
                day(b.date, "j M Y"),
                b.vote_label,
                stance_class(b.said),
                stance_label(b.said, b.conflict),
                mark_safe(' <strong class="differs-note">Said and voted differently</strong>')
                if b.differs
                else "",
            )
            for b in votes_beside
        ),
    )


@register.simple_tag
def statement_item(statement, query: str = "") -> SafeString:
    """Write one statement in a list: stance, actor, quote, speaker, office, date and source."""
    return mark_safe(_statement_item(statement, query, page_url_maker()))  # noqa: S308 - escaped


@register.simple_tag
def statement_items(statements, query: str = "") -> SafeString:
    """Write a list of statements, each as statement_item does, under one URL maker.

    Lists show tens of statements a page; as a template {% include %} each cost more than
    the rest of the country page.
    """
    url = page_url_maker()
    return mark_safe(  # noqa: S308 - every value is escaped by esc() or highlight()
        "\n".join(_statement_item(statement, query, url) for statement in statements)
    )


# Statement.get_kind_display() without its per-call walk over the field's choices.
KIND_LABELS = dict(StatementKind.choices)


def _statement_item(statement, query: str, url) -> str:
    country = statement.actor_country
    actor = (
        f'<a href="{esc(url("pages:country", country.iso3))}">{esc(country)}</a>'
        if country
        else esc(statement.actor_bloc)
    )
    when = (
        f'<time datetime="{statement.date.isoformat()}">{day(statement.date, "j F Y")}</time>'
        if statement.date
        else "undated"
    )
    speaker = ""
    if statement.speaker:
        office = statement.speaker_office
        speaker = esc(statement.speaker) + (f", {esc(office)}" if office else "") + " · "
    source = statement.source_link
    source = (
        f'<a href="{esc(source)}" rel="noopener noreferrer external">'
        f"{esc(statement.source_outlet or 'Source')}</a> ·"
        if source
        else ""
    )
    quote = highlight(statement.quote, query) if query else esc(statement.quote)
    conflict = statement.conflict
    kind = KIND_LABELS.get(statement.kind, statement.kind)
    return (
        f'<article class="statement">\n<p class="statement-meta">\n'
        f'<span class="badge {esc(stance_class(statement))}">'
        f"{esc(stance_label(statement, conflict))}</span>\n{actor}\n"
        f'on <a href="{esc(url("pages:conflict", conflict.slug))}">{esc(conflict)}</a>,\n'
        f"{when}\n</p>\n"
        f'<blockquote class="quote">{quote}</blockquote>\n<p class="statement-source">\n'
        f"{speaker}\n{esc(kind)} ·\n{source}\n"
        f'<a href="{esc(url("pages:statement", statement.pk))}">Evidence and history</a>\n'
        "</p>\n</article>"
    )


@register.simple_tag
def change_list(changes, show_conflict: bool = False) -> SafeString:
    """Write changes of stance (ChangeOfStance rows): when, who, from what to what, and why.

    "Why" is the quote of the statement that made the change; `show_conflict` names the
    conflict of each, for lists over several.
    """
    if not changes:
        return mark_safe('<p class="empty">No change of stance recorded yet.</p>')
    url, badges, items = page_url_maker(), {}, []
    for change in changes:
        conflict = change.conflict
        if conflict.pk not in badges:
            badges[conflict.pk] = badge_maker(conflict)
        badge = badges[conflict.pk]
        country = esc_repeated(url("pages:country-conflict", change.iso3, conflict.slug))
        statement = esc_repeated(url("pages:statement", change.statement_pk))
        on = f"\non {esc(conflict)}" if show_conflict else ""
        items.append(
            f'<li>\n<time datetime="{change.date.isoformat()}">{day(change.date, "j M Y")}</time>:'
            f'\n<a href="{country}">{esc_repeated(change.country_name)}</a>{on}'
            f"\nwent from {badge(change.before)}\nto {badge(change.after)}"
            f'\n<blockquote class="quote"><a href="{statement}">{escaped_snippet(change.quote)}</a>'
            "</blockquote>\n</li>"
        )
    return mark_safe(  # noqa: S308 - every value is escaped (esc, esc_repeated, escaped_snippet)
        '<ol class="changes">\n' + "\n".join(items) + "\n</ol>"
    )


def _said_stance(beside) -> str | None:
    return getattr(beside.said, "stance", None)


@register.simple_tag
def conflict_vote_tables(votes_beside, conflict) -> SafeString:
    """Write the conflict page's UN votes: a table a resolution, a row a vote, a line a stance.

    `votes_beside` is sorted by resolution, vote and stance; each is grouped the way
    {% regroup %} groups (consecutive equal keys), with the countries of a group listed.
    """
    html, badge = [], badge_maker(conflict)
    for _symbol, of_resolution in groupby(votes_beside, key=attrgetter("symbol")):
        of_resolution = list(of_resolution)
        resolution = of_resolution[0]
        html.append(
            f"<h3>{esc(resolution.symbol)}: {esc(resolution.title)} "
            f'(<time datetime="{resolution.date.isoformat()}">'
            f"{day(resolution.date, 'j F Y')}</time>)</h3>\n"
            '<table class="vote-table">\n<thead><tr><th scope="col">Vote</th>'
            '<th scope="col">Countries</th><th scope="col">What they had said by that day</th>'
            "</tr></thead>\n<tbody>"
        )
        for vote, of_vote in groupby(of_resolution, key=attrgetter("vote_label")):
            of_vote = list(of_vote)
            html.append(
                f'<tr>\n<th scope="row">{esc(vote)}</th>\n<td>{len(of_vote)}</td>\n'
                '<td><ul class="said">'
            )
            for stance, of_stance in groupby(of_vote, key=_said_stance):
                of_stance = list(of_stance)
                countries = f":\n{voted_countries(of_stance, conflict)}" if stance else ""
                html.append(f"<li>{badge(of_stance[0].said)} {len(of_stance)}{countries}</li>")
            html.append("</ul></td>\n</tr>")
        html.append("</tbody>\n</table>")
    if not html:
        return mark_safe('<p class="empty">No UN vote on this conflict up to this date.</p>')
    return mark_safe("\n".join(html))  # noqa: S308 - every value is escaped by esc()
