"""Time the ingestion pipeline against trafilatura alone, and watch a worker's memory.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.ingest --pages 1000

Generates fixture news pages (bench/pages.py: 70 to 220 KB each in four outlet styles, the
article paragraphs of the annotated dev-set texts around generated statements of real
countries on real conflicts; `--toy` for the 3 KB pages of earlier runs), serves them with a
separate http.server process on loopback, then, chunk by chunk so that both meet the same
machine: trafilatura's extract() over the chunk's HTML, and the whole pipeline over the chunk's
URLs (fetch, extract text, detect language and date, deduplicate, extract stances, store), as a
Celery worker runs it (tasks eager, in this process). Prints one JSON line of figures.
"""

import argparse
import gc
import json
import subprocess
import sys
import tempfile
import time
import urllib.request
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=TIMED_PAGES)
    parser.add_argument(
        "--toy", action="store_true", help="The 3 KB pages measured until 29 November 2026."
    )
    args = parser.parse_args()
    django.setup()
    import trafilatura
    from django.db import connection
    from django.db.models import Count

    from ingest.models import Article
    from ingest.services import article_submit_url
    from stances.models import Statement

    from .pages import news_pages, toy_pages
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
    pages = (toy_pages if args.toy else news_pages)(args.pages + WARM_UP)
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
