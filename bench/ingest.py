"""Time the ingestion pipeline against trafilatura alone, and watch a worker's memory.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.ingest --pages 1000

Generates fixture news pages (paragraphs of the annotated dev-set texts around generated
statements of real countries on real conflicts), serves them with a separate http.server
process on loopback, then, chunk by chunk so that both meet the same machine: trafilatura's
extract() over the chunk's HTML, and the whole pipeline over the chunk's URLs (fetch, extract
text, detect language and date, deduplicate, extract stances, store), as a Celery worker runs
it (tasks eager, in this process). Prints one JSON line of figures.
"""

import argparse
import gc
import json
import random
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from html import escape
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 100
TIMED_PAGES = 1_000
LOOPBACK = "http://127.0.0.1:"
WARM_UP = 10


def rss_mb() -> float:
    """Return this process's resident memory in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def fixture_pages(count: int, *, seed: int = 1) -> list[tuple[str, str]]:
    """Return `count` (file name, HTML) news pages, each with its own text."""
    from actors.models import Country
    from stances.models import Conflict
    from stances.synthetic import OUTLETS, STANCE_PHRASES, TOPICS

    rng = random.Random(seed)
    paragraphs = [
        p.strip()
        for path in sorted((ROOT / "tests" / "data").glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if len(p.split()) > 20
    ]
    countries = list(Country.objects.order_by("iso3").values_list("name", flat=True))
    conflicts = list(Conflict.objects.order_by("pk"))
    pages = []
    for n in range(count):
        conflict = rng.choice(conflicts)
        published = date(2023, 1, 1) + timedelta(days=rng.randrange(900))
        said = [
            f"{rng.choice(countries)} "
            + rng.choice(STANCE_PHRASES[stance]).format(
                a=conflict.side_a_label, b=conflict.side_b_label, name=conflict.name
            )
            + f", its foreign minister said on {published:%A}, pointing to "
            + f"{rng.choice(TOPICS)} and {rng.choice(TOPICS)}."
            for stance in rng.sample(list(STANCE_PHRASES), 4)
        ]
        body = rng.sample(paragraphs, 6) + said
        rng.shuffle(body)
        outlet = rng.choice(OUTLETS)
        title = f"Page {n}: reactions to the {conflict.name}"
        html = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | {escape(outlet)}</title>
<meta property="og:site_name" content="{escape(outlet)}">
<meta property="article:published_time" content="{published.isoformat()}T09:00:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a>
<a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>
<main><article><h1>{escape(title)}</h1>
<p class="byline">By Staff Reporter, {published:%d %B %Y}</p>
{"".join(f"<p>{escape(p)}</p>" for p in body)}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Markets close higher</a></li>
<li><a href="/b">Weather warning issued</a></li><li><a href="/c">Cup final tonight</a></li></ul>
</aside></main>
<footer><p>© {escape(outlet)}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""
        pages.append((f"page-{n:05d}.html", html))
    return pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=TIMED_PAGES)
    args = parser.parse_args()
    django.setup()
    import trafilatura
    from django.db import connection
    from django.db.models import Count

    from ingest.models import Article
    from ingest.services import article_submit_url
    from stances.models import Statement

    from .run import free_port

    # Earlier runs' articles would make these pages duplicates: start from none.
    Statement.objects.filter(article__url__startswith=LOOPBACK).delete()
    Article.objects.filter(url__startswith=LOOPBACK).delete()
    # The bench server runs without autovacuum: every run leaves each page's row versions
    # (inserted, then updated three times) as dead tuples in the article indexes, and the next
    # run's range scans and planner probes wade through them. Start from the steady state
    # autovacuum keeps in production.
    with connection.cursor() as cursor:
        for model in (Article, Statement, Statement.history.model):
            cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
    pages = fixture_pages(args.pages + WARM_UP)
    with tempfile.TemporaryDirectory() as directory:
        for name, html in pages:
            Path(directory, name).write_text(html, encoding="utf-8")
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(port), "--bind=127.0.0.1"],
            cwd=directory,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"{base}/{pages[0][0]}", timeout=5).read()
                    break
                except OSError:
                    time.sleep(0.1)
            # A worker's one-time costs (the gazetteer, compiled rules, connections) are paid
            # before the clock starts, on pages of their own.
            for name, _ in pages[len(pages) - WARM_UP :]:
                article_submit_url(url=f"{base}/{name}")
            pages = pages[: len(pages) - WARM_UP]
            pipeline = trafilatura_seconds = 0.0
            baseline = None
            for start in range(0, len(pages), CHUNK):
                chunk = pages[start : start + CHUNK]
                if start < TIMED_PAGES:
                    began = time.perf_counter()
                    for _, html in chunk:
                        trafilatura.extract(html)
                    trafilatura_seconds += time.perf_counter() - began
                began = time.perf_counter()
                for name, _ in chunk:
                    article_submit_url(url=f"{base}/{name}")
                if start < TIMED_PAGES:
                    pipeline += time.perf_counter() - began
                if baseline is None:
                    gc.collect()
                    baseline = rss_mb()
            gc.collect()
            growth = rss_mb() - baseline
        finally:
            server.terminate()
            server.wait()
    states = dict(
        Article.objects.filter(url__startswith=LOOPBACK)
        .values_list("state")
        .annotate(n=Count("pk"))
        .values_list("state", "n")
    )
    print(
        json.dumps(
            {
                "pages": len(pages),
                "timed_pages": min(len(pages), TIMED_PAGES),
                "pipeline_seconds": pipeline,
                "trafilatura_seconds": trafilatura_seconds,
                "rss_growth_mb": growth,
                "states": states,
                "complete": set(states) <= {"extracted", "duplicate"}
                and sum(states.values()) == len(pages) + WARM_UP,
            }
        )
    )


if __name__ == "__main__":
    main()
