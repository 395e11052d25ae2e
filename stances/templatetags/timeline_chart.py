"""Draw a country's stance timeline on one conflict as SVG on the server (no JavaScript)."""

from datetime import date, timedelta

from django import template

from stances.models import Conflict
from stances.selectors import STANCE_PRECEDENCE, TimelineEntry

from .stance_tags import BareStance, stance_class, stance_label

register = template.Library()

WIDTH, LEFT, RIGHT, TOP, ROW, AXIS = 760, 200, 24, 12, 28, 34
# One row a stance in the rule's precedence, then "no recorded stance", then the UN votes.
ROWS = [*STANCE_PRECEDENCE, None]
VOTES_ROW = len(ROWS)


def _row_y(index: int) -> float:
    return TOP + ROW * index + ROW / 2


def _ticks(start: date, end: date) -> list[date]:
    """First days of years over long spans, of months over short ones."""
    if (end - start).days > 400:
        return [date(y, 1, 1) for y in range(start.year + 1, end.year + 1)]
    ticks, day = [], date(start.year, start.month, 1)
    while day <= end:
        if day >= start:
            ticks.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return ticks


@register.inclusion_tag("stances/includes/timeline_chart.html")
def timeline_chart(entries: list[TimelineEntry], conflict: Conflict, today: date):
    """Lay out the entries: statements on their stance's row, votes on the last row.

    A step line follows the stance the rule decides after each day, to `today`.
    """
    if not entries:
        return {"empty": True}
    start = entries[0].date - timedelta(days=30)
    end = max(entries[-1].date, today) + timedelta(days=30)
    span = (end - start).days

    def x(day: date) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - start).days / span, 1)

    row_of = {stance: i for i, stance in enumerate(ROWS)}
    marks, steps = [], []
    for entry in entries:
        if entry.statement is not None:
            statement = entry.statement
            steps.append((x(entry.date), _row_y(row_of[entry.stance_after])))
            marks.append(
                {
                    "x": x(entry.date),
                    "y": _row_y(row_of[statement.stance]),
                    "css": stance_class(statement),
                    "change": entry.changes_stance,
                    "url": statement.get_absolute_url(),
                    "title": f"{entry.date:%-d %b %Y}: {stance_label(statement, conflict)}"
                    + (f" ({statement.speaker})" if statement.speaker else ""),
                }
            )
        else:
            vote = entry.vote
            marks.append(
                {
                    "x": x(entry.date),
                    "y": _row_y(VOTES_ROW),
                    "css": f"vote-{vote.vote.lower()}",
                    "vote": vote.vote,
                    "title": f"{entry.date:%-d %b %Y}: {vote.vote_label} on {vote.symbol}",
                }
            )
    # The step line starts in "no recorded stance" and moves on each day the stance is decided.
    path = [f"M{LEFT},{_row_y(row_of[None])}"]
    for step_x, step_y in steps:
        path.append(f"H{step_x}V{step_y}")
    path.append(f"H{WIDTH - RIGHT}")
    labels = [
        {"y": _row_y(i), "text": stance_label(BareStance(s), conflict)} for i, s in enumerate(ROWS)
    ]
    labels.append({"y": _row_y(VOTES_ROW), "text": "UN votes"})
    axis_y = TOP + ROW * (VOTES_ROW + 1)
    return {
        "empty": False,
        "width": WIDTH,
        "height": axis_y + AXIS,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "axis_y": axis_y,
        "labels": labels,
        "path": "".join(path),
        "marks": marks,
        "ticks": [
            {"x": x(t), "text": t.year if (end - start).days > 400 else f"{t:%b %Y}"}
            for t in _ticks(start, end)
        ],
    }
