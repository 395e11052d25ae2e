"""Run every benchmark of docs/performance.md and print one BENCH line per target.

    python -m bench.run --scale small   # what `make bench` runs
    python -m bench.run --scale full    # 1,000,000 statements, 200,000 articles

Each figure is a ratio of two things timed side by side in the same run (interleaved request
by request, or chunk by chunk), because these machines are shared and absolute times move.
Every ratio is a cost: lower is better, and a target holds when ratio <= limit.
"""

import argparse
import base64
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import psycopg

ROOT = Path(__file__).resolve().parent.parent
SCALES = {
    "small": {
        "statements": 100_000,
        "articles": 20_000,
        "database": "stance_bench",
        "requests": 60,
        "pages": 1_000,
        "wrk_seconds": 5,
    },
    "full": {
        "statements": 1_000_000,
        "articles": 200_000,
        "database": "stance_bench_full",
        "requests": 300,
        "pages": 10_000,
        "wrk_seconds": 10,
    },
}
SEED = 1
# Fixed, so that the same data answers the same questions in every run.
AS_OF = "2025-06-30"
CONFLICT = "russia-ukraine-war"
SMALL_CONFLICT = "guyana-venezuela-essequibo-dispute"
COUNTRY = "FRA"
# Requests per side before the clock starts: enough to reach both gunicorn workers.
WARM_UP_REQUESTS = 6
# The environment of every process the bench starts: production-like (no DEBUG, which keeps
# every query in memory), throttles out of the way of the load test, the pipeline allowed to
# fetch from the loopback fixture server without waiting between requests. The response cache
# is off: the latency targets measure the app's own work; throughput turns it on.
SERVER_ENV = {
    "DJANGO_SETTINGS_MODULE": "bench.settings",
    "DEBUG": "false",
    "API_RESPONSE_CACHE": "false",
    "API_ANON_RATE": "100000000/minute",
    "API_USER_RATE": "100000000/minute",
    "NUM_PROXIES": "0",
    "INGEST_ALLOW_PRIVATE_ADDRESSES": "true",
    "INGEST_HOST_DELAY_SECONDS": "0",
    "LOG_LEVEL": "WARNING",
}


@dataclass
class Result:
    target: str
    ratio: float
    limit: float
    detail: str
    errors: int = 0

    @property
    def ok(self) -> bool:
        # NaN (a bench that could not run) never passes, nor any error.
        return not self.errors and self.ratio == self.ratio and self.ratio <= self.limit

    def line(self) -> str:
        return (
            f"BENCH {self.target} ratio={self.ratio:.2f} limit={self.limit:.2f} "
            f"{'ok' if self.ok else 'FAIL'}"
        )


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class Details(list):
    """The figures behind the ratios, also logged as they come: a slow run shows progress."""

    def append(self, line: str) -> None:
        log(f"  {line}")
        super().append(line)


# Database and data ---------------------------------------------------------------------------


def database_url(name: str) -> str:
    base = os.environ.get("BENCH_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432")
    return f"{base}/{name}"


def manage(*args: str, env: dict) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare_database(scale: dict, env: dict, *, fresh: bool) -> None:
    """Create, migrate and fill the bench database, reusing it when it already holds the plan."""
    name = scale["database"]
    with psycopg.connect(database_url("postgres"), autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and fresh:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            admin.execute(f'CREATE DATABASE "{name}"')
    manage("migrate", "--no-input", "-v0", env=env)
    with psycopg.connect(database_url(name)) as db:
        synthetic = db.execute(
            "SELECT count(*) FROM stances_statement WHERE source_url LIKE %s",
            ["https://synthetic.invalid/%"],
        ).fetchone()[0]
        total = db.execute("SELECT count(*) FROM stances_statement").fetchone()[0]
    if synthetic == scale["statements"]:
        log(f"Reusing {name}: {synthetic} synthetic statements.")
        return
    if total:
        raise SystemExit(f"{name} holds other statements: run with --fresh to rebuild it.")
    manage("load_reference_data", "-v0", env=env)
    manage(
        "generate_synthetic",
        f"--statements={scale['statements']}",
        f"--articles={scale['articles']}",
        f"--seed={SEED}",
        env=env,
    )
    with psycopg.connect(database_url(name), autocommit=True) as db:
        db.execute("VACUUM ANALYZE")


# The server ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def gunicorn(env: dict):
    """Serve the app and the floor views with 2 workers on a spare loopback port."""
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            f"--bind=127.0.0.1:{port}",
            "--workers=2",
            "--log-level=warning",
            # Long enough for the slowest request measured: a timeout would hide its time.
            "--timeout=300",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(100):
            try:
                get(port, "/bench-floor/trivial")
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise SystemExit("gunicorn did not start")
        yield port
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


def get(port: int, path: str) -> tuple[float, bytes]:
    """GET `path`; return the seconds it took and the body. Anything but a 200 is an error."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    started = time.perf_counter()
    connection.request("GET", path, headers={"Accept": "application/json"})
    response = connection.getresponse()
    body = response.read()
    elapsed = time.perf_counter() - started
    connection.close()
    if response.status != 200:
        raise RuntimeError(f"GET {path}: {response.status} {body[:300]!r}")
    return elapsed, body


def quantile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@dataclass
class Pair:
    """Two URLs timed alternately, request by request, so that both see the same noise."""

    app: list[float]
    floor: list[float]

    def ratio(self, q: float) -> float:
        return quantile(self.app, q) / quantile(self.floor, q)

    def describe(self, name: str) -> str:
        ms = 1000
        return (
            f"{name}: app p50 {quantile(self.app, 0.5) * ms:.1f} ms p99 "
            f"{quantile(self.app, 0.99) * ms:.1f} ms; floor p50 "
            f"{quantile(self.floor, 0.5) * ms:.1f} ms p99 {quantile(self.floor, 0.99) * ms:.1f} ms"
        )


def side_by_side(port: int, app: str, floor: str, requests: int) -> Pair:
    # Warm both in each of the two workers (a worker's first request compiles the URL
    # patterns and opens its connection): the targets are about a running server, and one
    # cold request among a hundred would be the p99.
    for _ in range(WARM_UP_REQUESTS):
        get(port, app)
        get(port, floor)
    pair = Pair([], [])
    for n in range(requests):
        order = [(app, pair.app), (floor, pair.floor)]
        if n % 2:
            order.reverse()
        for path, samples in order:
            samples.append(get(port, path)[0])
    return pair


def cursor_at(values: list, ordering: tuple[str, ...] = ("-sort_date", "-id")) -> str:
    """The API's keyset cursor (config/pagination.py): the page after the row with `values`."""
    payload = {"o": list(ordering), "v": values}
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


def last_page_cursor(database: str, *, where: str, params: list) -> str:
    """Return a cursor whose page is the list's last: the 50 rows at the end of its order."""
    with psycopg.connect(database_url(database)) as db:
        row = db.execute(
            f"""SELECT COALESCE(s.date, DATE '0001-01-01'), s.id FROM stances_statement s
                JOIN stances_conflict k ON k.id = s.conflict_id
                WHERE s.status = 'approved' {where}
                ORDER BY 1, 2 OFFSET 50 LIMIT 1""",
            params,
        ).fetchone()
    return cursor_at([row[0].isoformat(), row[1]])


# Benchmarks ---------------------------------------------------------------------------------

LIST_CASES = {
    "none": {},
    "conflict": {"conflict": CONFLICT},
    "small-conflict": {"conflict": SMALL_CONFLICT},
    "country": {"country": COUNTRY},
    "country+conflict": {"country": COUNTRY, "conflict": CONFLICT},
    "stance+dates": {"stance": "condemns", "date_from": "2023-01-01", "date_to": "2023-12-31"},
    "outlet": {"outlet": "reuters"},
}
# From about a fifth of the statements down to a handful (0.08 % of them say "Vaduz").
SEARCH_CASES = {
    "common": "ceasefire",
    "rare": "Vaduz",
    "selective": "Vaduz desalination",
    "phrase": '"hospital ship"',
}


def bench_statements(port: int, scale: dict, details: list[str]) -> list[Result]:
    worst50 = worst99 = (0.0, "")
    for name, params in LIST_CASES.items():
        query = urlencode(params)
        pair = side_by_side(
            port,
            f"/api/v1/statements?{query}",
            f"/bench-floor/statements?{query}",
            scale["requests"],
        )
        details.append(pair.describe(f"statements [{name}]"))
        worst50 = max(worst50, (pair.ratio(0.5), name))
        worst99 = max(worst99, (pair.ratio(0.99), name))
    cursor = last_page_cursor(scale["database"], where="AND k.slug = %s", params=[CONFLICT])
    query = urlencode({"conflict": CONFLICT})
    # The app's last page against the app's first: what a deep keyset page costs.
    pages = side_by_side(
        port,
        f"/api/v1/statements?{query}&cursor={cursor}",
        f"/api/v1/statements?{query}",
        scale["requests"],
    )
    details.append(pages.describe("statements last page (app) vs first page (floor column)"))
    return [
        Result("statements.p50", worst50[0], 1.5, f"worst filter: {worst50[1]}"),
        Result("statements.p99", worst99[0], 3.0, f"worst filter: {worst99[1]}"),
        Result("statements.last_page", pages.ratio(0.5), 1.5, "last page p50 / first page p50"),
    ]


def bench_stances(port: int, scale: dict, details: list[str]) -> list[Result]:
    worst = (0.0, "")
    for slug in (CONFLICT, SMALL_CONFLICT):
        pair = side_by_side(
            port,
            f"/api/v1/conflicts/{slug}/stances?as_of={AS_OF}",
            f"/bench-floor/conflicts/{slug}/stances?as_of={AS_OF}",
            scale["requests"],
        )
        details.append(pair.describe(f"conflict stances [{slug}]"))
        worst = max(worst, (pair.ratio(0.5), slug))
    return [Result("stances.p50", worst[0], 2.0, f"worst conflict: {worst[1]}")]


def bench_search(port: int, scale: dict, details: list[str]) -> list[Result]:
    worst = (0.0, "")
    for name, q in SEARCH_CASES.items():
        query = urlencode({"q": q})
        pair = side_by_side(
            port, f"/api/v1/statements?{query}", f"/bench-floor/search?{query}", scale["requests"]
        )
        details.append(pair.describe(f"search [{name}]"))
        worst = max(worst, (pair.ratio(0.5), name))
    return [Result("search.p50", worst[0], 2.0, f"worst query: {worst[1]}")]


def wrk(port: int, path: str, seconds: int) -> tuple[float, int]:
    """Load `path` with wrk; return requests per second and the number of errors."""
    output = subprocess.run(
        # A generous timeout: a slow answer is counted in the rate, not as an error.
        ["wrk", "-t2", "-c8", "--timeout=30s", f"-d{seconds}s", f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    if match := re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    ):
        errors += sum(int(n) for n in match.groups())
    return rps, errors


THROUGHPUT_PATH = f"/api/v1/statements?conflict={CONFLICT}"


def throughput(port: int, scale: dict) -> tuple[float, float, int]:
    """Return the trivial view's and the statement list's req/s under wrk, and the errors."""
    trivial = api = 0.0
    errors = 0
    # Alternate short rounds so that both loads meet the same machine.
    for _ in range(2):
        rps, failed = wrk(port, "/bench-floor/trivial", scale["wrk_seconds"])
        trivial += rps
        errors += failed
        rps, failed = wrk(port, THROUGHPUT_PATH, scale["wrk_seconds"])
        api += rps
        errors += failed
    return trivial / 2, api / 2, errors


def bench_throughput(
    port: int, scale: dict, details: list[str], *, uncached: tuple[float, float, int]
) -> list[Result]:
    """Measure on a server with the response cache on; `uncached` is the same on one without."""
    trivial, api, errors = throughput(port, scale)
    details.append(
        f"throughput, response cache on: trivial view {trivial:.0f} req/s, {THROUGHPUT_PATH} "
        f"{api:.0f} req/s, {errors} errors"
    )
    off_trivial, off_api, off_errors = uncached
    details.append(
        f"throughput, response cache off: trivial view {off_trivial:.0f} req/s, "
        f"{THROUGHPUT_PATH} {off_api:.0f} req/s, {off_errors} errors, "
        f"ratio {off_trivial / off_api:.2f}"
    )
    return [Result("throughput", trivial / api, 2.0, "trivial req/s / API req/s", errors=errors)]


def bench_pages(port: int, scale: dict, details: list[str]) -> list[Result]:
    results = []
    for name, page, api in (
        (
            "conflict",
            f"/conflicts/{CONFLICT}/?as_of={AS_OF}",
            f"/api/v1/conflicts/{CONFLICT}/stances?as_of={AS_OF}",
        ),
        ("country", f"/countries/{COUNTRY}/", f"/api/v1/countries/{COUNTRY}/stances"),
    ):
        pair = side_by_side(port, page, api, max(3, scale["requests"] // 5))
        details.append(pair.describe(f"page {name} (app) vs its API call (floor column)"))
        results.append(Result(f"pages.{name}", pair.ratio(0.5), 3.0, "page p50 / API p50"))
    return results


def bench_ingestion(scale: dict, env: dict, details: list[str]) -> list[Result]:
    completed = subprocess.run(
        [sys.executable, "-m", "bench.ingest", f"--pages={scale['pages']}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if completed.returncode != 0:
        details.append(f"ingestion failed: {completed.stderr.strip()[-2000:]}")
        nan = float("nan")
        return [Result("ingest.time", nan, 1.3, ""), Result("ingest.memory", nan, 1.0, "")]
    figures = json.loads(completed.stdout.strip().splitlines()[-1])
    details.append(
        f"ingestion: {figures['timed_pages']} pages, pipeline {figures['pipeline_seconds']:.1f} s, "
        f"trafilatura alone {figures['trafilatura_seconds']:.1f} s; states {figures['states']}; "
        f"worker RSS grew {figures['rss_growth_mb']:.1f} MB over {figures['pages']} pages"
    )
    return [
        Result(
            "ingest.time",
            figures["pipeline_seconds"] / figures["trafilatura_seconds"]
            if figures["complete"]
            else float("nan"),
            1.3,
            "pipeline time / trafilatura time",
        ),
        Result(
            "ingest.memory",
            figures["rss_growth_mb"] / 50,
            1.0,
            f"RSS growth / 50 MB over {figures['pages']} pages",
        ),
    ]


def bench_engine(details: list[str]) -> list[Result]:
    """Run the extraction engine's own bench; the target is 200 articles a second."""
    script = ROOT / "bench" / "bench_engine.py"
    if not script.exists():
        details.append("engine: bench/bench_engine.py does not exist yet")
        return [Result("engine", float("nan"), 1.0, "")]
    completed = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    output = completed.stdout + completed.stderr
    match = re.search(r"([\d.]+)\s*articles?\s*(?:/|per)\s*s", output)
    if completed.returncode != 0 or not match:
        details.append(f"engine: no figure in bench_engine.py's output: {output[-1000:]}")
        return [Result("engine", float("nan"), 1.0, "")]
    rate = float(match.group(1))
    details.append(f"engine: {rate:.0f} articles/s (target 200)")
    return [Result("engine", 200 / rate, 1.0, "200 / articles per second")]


SECTIONS = ("statements", "stances", "search", "throughput", "pages", "ingest", "engine")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=SCALES, default="small")
    parser.add_argument("--fresh", action="store_true", help="Rebuild the bench database.")
    parser.add_argument("--only", nargs="*", choices=SECTIONS, default=SECTIONS)
    parser.add_argument("--requests", type=int, help="Requests per side and case.")
    args = parser.parse_args()
    # Stopped from outside, still stop the server: SystemExit runs the finally clauses.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    if shutil.which("wrk") is None and "throughput" in args.only:
        raise SystemExit("wrk is needed for the throughput bench: apt-get install -y wrk")
    scale = SCALES[args.scale]
    if args.requests:
        scale = {**scale, "requests": args.requests}
    env = {**os.environ, **SERVER_ENV, "DATABASE_URL": database_url(scale["database"])}
    started = time.monotonic()
    prepare_database(scale, env, fresh=args.fresh)
    results: list[Result] = []
    details = Details()
    with gunicorn(env) as port:
        for section, bench in (
            ("statements", bench_statements),
            ("stances", bench_stances),
            ("search", bench_search),
            ("pages", bench_pages),
        ):
            if section in args.only:
                log(f"bench: {section}")
                try:
                    results += bench(port, scale, details)
                except RuntimeError as error:
                    # One broken endpoint fails its target, not the rest of the run.
                    details.append(f"{section}: {error}"[:500])
                    results.append(Result(section, float("nan"), 1.0, "did not complete"))
        if "throughput" in args.only:
            log("bench: throughput, response cache off")
            uncached = throughput(port, scale)
    if "throughput" in args.only:
        log("bench: throughput, response cache on")
        with gunicorn({**env, "API_RESPONSE_CACHE": "true"}) as port:
            results += bench_throughput(port, scale, details, uncached=uncached)
    if "ingest" in args.only:
        log("bench: ingest")
        results += bench_ingestion(scale, env, details)
    if "engine" in args.only:
        log("bench: engine")
        results += bench_engine(details)
    print(
        f"# scale={args.scale} ({scale['statements']} statements, {scale['articles']} articles) "
        f"date={datetime.now(UTC):%Y-%m-%d %H:%M} UTC took={time.monotonic() - started:.0f}s"
    )
    for line in details:
        print(f"# {line}")
    for result in results:
        if result.detail:
            print(f"# {result.target}: {result.detail}")
    for result in results:
        print(result.line())
    sys.exit(0 if all(r.ok for r in results) else 1)


if __name__ == "__main__":
    main()
