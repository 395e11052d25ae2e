"""The floor: bare Django views running hand-written SQL through the cursor, encoded with orjson.

Each answers what an API endpoint answers (the same rows, in the same order, in the same JSON
shape) behind the same middleware, so the ratio of the two shows what the ORM, the serialisers
and the framework add. PostgreSQL only: the floor is the best SQL that database can run.
"""

import base64

import orjson
from django.db import connection
from django.http import Http404, HttpResponse

from config.pagination import encode_cursor
from stances.choices import ReviewStatus
from stances.selectors import COUNTED_KINDS, STANCE_PRECEDENCE, TARGET_PRECEDENCE

PAGE_SIZE = 50
UNDATED = "0001-01-01"

STATEMENT_COLUMNS = """
    s.id, c.iso3 AS country, b.slug AS bloc, k.slug AS conflict, s.speaker_id AS speaker,
    p.name AS speaker_name, s.speaker_office_id AS speaker_office,
    o.title AS speaker_office_title, s.stance, s.target_side, s.kind, s.date, s.date_precision,
    s.quote, s.summary, s.source_url, s.source_title, s.source_outlet, s.source_published,
    s.confidence, s.status, s.origin, s.created_at, s.updated_at"""
STATEMENT_JOINS = """
    FROM stances_statement s
    JOIN stances_conflict k ON k.id = s.conflict_id
    LEFT JOIN actors_country c ON c.id = s.actor_country_id
    LEFT JOIN actors_bloc b ON b.id = s.actor_bloc_id
    LEFT JOIN actors_person p ON p.id = s.speaker_id
    LEFT JOIN actors_office o ON o.id = s.speaker_office_id"""
# The API's filters, as SQL over the joins above.
FILTERS = {
    "conflict": "k.slug = lower(%s)",
    "country": "c.iso3 = upper(%s)",
    "stance": "s.stance = %s",
    "kind": "s.kind = %s",
    "target_side": "s.target_side = %s",
    "date_from": f"s.date IS NOT NULL AND COALESCE(s.date, DATE '{UNDATED}') >= %s",
    "date_to": f"s.date IS NOT NULL AND COALESCE(s.date, DATE '{UNDATED}') <= %s",
    "outlet": "upper(s.source_outlet) = upper(%s)",
}
SEARCH_QUERY = "websearch_to_tsquery('english'::regconfig, %s)"


def _json(data) -> HttpResponse:
    return HttpResponse(orjson.dumps(data), content_type="application/json")


def _rows(sql: str, params) -> list[dict]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        names = [column.name for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def trivial(request):
    """The least a Django JSON view can do: the throughput bench's reference."""
    return _json({"ok": True})


def _position(request) -> list | None:
    """Read the API's keyset cursor: the last row's values of the ordering (forward only)."""
    encoded = request.GET.get("cursor")
    if not encoded:
        return None
    return orjson.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))["v"]


def _link(request, ordering: list[str], row: dict, *, reverse: bool) -> str:
    values = [row[name.lstrip("-")] for name in ordering]
    query = request.GET.copy()
    query["cursor"] = encode_cursor(ordering, values, reverse=reverse)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def _page(request, rows: list[dict], *, ordering: list[str], position: list | None) -> dict:
    """Return the page with its next and previous links, the cursors the API's own."""
    page = rows[:PAGE_SIZE]
    next_url = _link(request, ordering, page[-1], reverse=False) if len(rows) > PAGE_SIZE else None
    previous_url = _link(request, ordering, page[0], reverse=True) if position and page else None
    for row in page:
        for name in ordering:
            if name.lstrip("-") != "id":
                row.pop(name.lstrip("-"))
    return {"next": next_url, "previous": previous_url, "results": page}


def _filters(request) -> tuple[list[str], list]:
    where, params = ["s.status = %s"], [ReviewStatus.APPROVED]
    for name, condition in FILTERS.items():
        if value := request.GET.get(name):
            where.append(condition)
            params.append(value)
    return where, params


SORT_DATE = f"COALESCE(s.date, DATE '{UNDATED}')"


def statements(request):
    """The statement list: approved, filtered, newest first, undated last, a keyset page."""
    where, params = _filters(request)
    if position := _position(request):
        where.append(f"({SORT_DATE}, s.id) < (%s::date, %s)")
        params += position
    sql = f"""
        SELECT {STATEMENT_COLUMNS}, {SORT_DATE} AS sort_date
        {STATEMENT_JOINS}
        WHERE {" AND ".join(where)}
        ORDER BY sort_date DESC, s.id DESC
        LIMIT %s"""
    rows = _rows(sql, [*params, PAGE_SIZE + 1])
    return _json(_page(request, rows, ordering=["-sort_date", "-id"], position=position))


def search(request):
    """The statement list searched with `q`: the stored tsvector, its GIN index, ranked."""
    q = request.GET.get("q", "")
    rank = f"ts_rank(s.search_document, {SEARCH_QUERY})::float8"
    where, params = _filters(request)
    where.append(f"s.search_document @@ {SEARCH_QUERY}")
    params.append(q)
    if position := _position(request):
        where.append(f"({rank}, {SORT_DATE}, s.id) < (%s, %s::date, %s)")
        params += [q, *position]
    sql = f"""
        SELECT {STATEMENT_COLUMNS}, {rank} AS rank, {SORT_DATE} AS sort_date
        {STATEMENT_JOINS}
        WHERE {" AND ".join(where)}
        ORDER BY rank DESC, sort_date DESC, s.id DESC
        LIMIT %s"""
    rows = _rows(sql, [q, *params, PAGE_SIZE + 1])
    ordering = ["-rank", "-sort_date", "-id"]
    return _json(_page(request, rows, ordering=ordering, position=position))


# Rules 1 to 5 of the current-stance rule in one statement: for each country (or conflict),
# the latest counted day by one index probe, then that day's strongest statements.
STANCE_SQL = """
    SELECT {outer_columns}, d.id, d.date, d.stance, d.target_side, d.kind,
           p.name AS speaker_name, d.quote, d.source_url, d.source_outlet
    FROM {outer}
    LEFT JOIN LATERAL (
        SELECT s.*, rank() OVER (
            ORDER BY array_position(%(stances)s::text[], s.stance::text),
                     array_position(%(targets)s::text[], s.target_side::text)
        ) AS strength
        FROM stances_statement s
        WHERE {match} AND s.status = 'approved' AND s.kind = ANY(%(kinds)s)
          AND s.date = (
            SELECT max(t.date) FROM stances_statement t
            WHERE {match_t} AND t.status = 'approved' AND t.kind = ANY(%(kinds)s)
              AND t.date <= %(on)s
          )
    ) d ON d.strength = 1
    LEFT JOIN actors_person p ON p.id = d.speaker_id
    ORDER BY {order}, d.id"""
DECIDING = (
    "id",
    "date",
    "stance",
    "target_side",
    "kind",
    "speaker_name",
    "quote",
    "source_url",
    "source_outlet",
)


def _stance_params(request, **extra) -> dict:
    return {
        "stances": [str(s) for s in STANCE_PRECEDENCE],
        "targets": list(TARGET_PRECEDENCE),
        "kinds": [str(k) for k in COUNTED_KINDS],
        "on": request.GET.get("as_of") or "9999-12-31",
        **extra,
    }


def _stance_rows(rows: list[dict]) -> list[dict]:
    """Group the deciding statements under their country and conflict, as the API lists them."""
    listed: dict[tuple, dict] = {}
    for row in rows:
        key = (row["country"], row["conflict"])
        entry = listed.get(key)
        if entry is None:
            entry = listed[key] = {
                "country": row["country"],
                "country_name": row["country_name"],
                "conflict": row["conflict"],
                "recorded": row["id"] is not None,
                "stance": row["stance"],
                "target_side": row["target_side"] or "",
                "date": row["date"],
                "deciding": [],
            }
        if row["id"] is not None:
            entry["deciding"].append({name: row[name] for name in DECIDING})
    return list(listed.values())


def conflict_stances(request, slug: str):
    """Every country's current stance on one conflict as of `as_of`."""
    conflict = _rows("SELECT id, slug FROM stances_conflict WHERE slug = %s", [slug.lower()])
    if not conflict:
        raise Http404
    sql = STANCE_SQL.format(
        outer_columns="c.iso3 AS country, c.name AS country_name, %(slug)s AS conflict",
        outer="actors_country c",
        match="s.conflict_id = %(conflict)s AND s.actor_country_id = c.id",
        match_t="t.conflict_id = %(conflict)s AND t.actor_country_id = c.id",
        order="c.name",
    )
    params = _stance_params(request, conflict=conflict[0]["id"], slug=conflict[0]["slug"])
    return _json(_stance_rows(_rows(sql, params)))


def country_stances(request, iso3: str):
    """One country's current stance on every conflict as of `as_of`."""
    country = _rows("SELECT id, iso3, name FROM actors_country WHERE iso3 = %s", [iso3.upper()])
    if not country:
        raise Http404
    sql = STANCE_SQL.format(
        outer_columns="%(iso3)s AS country, %(name)s AS country_name, k.slug AS conflict",
        outer="stances_conflict k",
        match="s.conflict_id = k.id AND s.actor_country_id = %(country)s",
        match_t="t.conflict_id = k.id AND t.actor_country_id = %(country)s",
        order="k.name",
    )
    params = _stance_params(request, country=country[0]["id"], **country[0])
    return _json(_stance_rows(_rows(sql, params)))
