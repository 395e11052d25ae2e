"""Kill Celery workers with SIGKILL while they fetch and extract; then check exactly-once.

The suite runs a short variant (tests/reliability/test_faults.py). The long one is a command:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/stance_rel \\
        .venv/bin/python -m tests.reliability.soak --articles 300 --kills 30

It creates a database of its own (migrated, reference data loaded; dropped afterwards) next to
the one DATABASE_URL names, starts its own redis-server, and prints the figures.
"""

import argparse
import json
import os
import random
import signal
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from tests.reliability.processes import (
    EXPECTED_STATEMENTS,
    Database,
    NewsSite,
    Process,
    app_env,
    celery_call,
    celery_worker,
    manage,
    redis_server,
    wait_for,
)

TERMINAL = ("extracted", "duplicate", "failed")
# What celery beat's requeue sweep looks for: rows untouched for longer than STALLED_AFTER.
STALLED_AGE = "31 minutes"
# Seconds without progress after which the remaining articles are taken to be stuck.
IDLE_BEFORE_SWEEP = 4


@dataclass
class KillReport:
    articles: int
    pool_kills: int
    worker_kills: int
    sweeps: int
    seconds: float
    states: dict
    statements: int
    statements_created_in_history: int
    statements_deleted_in_history: int
    fetch_attempts_max: int


def submit(database: Database, env: dict, urls: list[str]) -> None:
    """Submit `urls` as an editor would, through the pipeline's service (queued on Redis)."""
    script = (
        "import json, sys\n"
        "from ingest.services import article_submit_url\n"
        "for url in json.load(sys.stdin):\n"
        "    article_submit_url(url=url)\n"
    )
    manage(database, "shell", "-c", script, env=env, stdin=json.dumps(urls))


def states(database: Database) -> dict[str, int]:
    return dict(database.rows("SELECT state, count(*) FROM ingest_article GROUP BY state"))


def processed(database: Database) -> int:
    """Count the articles fetched or beyond: progress, whatever the final state."""
    counts = states(database)
    return sum(count for state, count in counts.items() if state != "queued")


def finished(database: Database) -> int:
    counts = states(database)
    return sum(counts.get(state, 0) for state in TERMINAL)


def sweep(database: Database, env: dict) -> None:
    """Do what celery beat's 15-minute sweep would, half an hour after the kills."""
    database.scalar(
        "WITH aged AS (UPDATE ingest_article SET updated_at = updated_at - interval "
        f"'{STALLED_AGE}' WHERE state IN ('queued', 'fetched') RETURNING 1) "
        "SELECT count(*) FROM aged"
    )
    celery_call(env, "ingest.tasks.requeue_stalled_articles")


def kill_a_pool_process(worker: Process, rng: random.Random) -> None:
    """SIGKILL one of the worker's pool processes as it stands now.

    The pool replaces a process that exits (a time limit, a recycled child) at any moment, so a
    pid read a moment ago may be gone: read the pool again and pick another.
    """
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        children = worker.children()
        if children:
            try:
                os.kill(rng.choice(children), signal.SIGKILL)
                return
            except ProcessLookupError:
                pass
        time.sleep(0.05)
    raise AssertionError("the worker's pool had no process to kill for 30 s")


def kill_and_recover(
    database: Database,
    redis_url: str,
    *,
    articles: int,
    kills: int,
    log_dir: Path,
    seed: int = 7,
) -> KillReport:
    """Feed `articles` to workers killed `kills` times mid-run; return what the database says.

    Kills alternate between one pool process (the task it ran is redelivered at once:
    reject-on-worker-lost) and the whole worker with its pool (its unacknowledged tasks wait for
    the broker's visibility timeout or the beat sweep, whichever comes first).
    """
    rng = random.Random(seed)
    site = NewsSite()
    env = app_env(database.url(), redis_url=redis_url)
    started = time.monotonic()
    pool_kills = worker_kills = sweeps = 0
    worker: Process | None = None
    try:
        submit(database, env, [f"{site.url}/articles/{n}" for n in range(articles)])
        worker = celery_worker(env, log_dir / "worker.log").start()
        for number in range(kills):
            # Kill only a worker at work: its pool is up and articles are moving.
            done = processed(database)
            wait_for(worker.children, timeout=60, what="the worker's pool")
            wait_for(lambda done=done: processed(database) > done, timeout=60, what="progress")
            time.sleep(rng.uniform(0.05, 0.5))
            if number % 2 == 0:
                kill_a_pool_process(worker, rng)
                pool_kills += 1
            else:
                worker.kill_group()
                worker_kills += 1
                worker = celery_worker(env, log_dir / "worker.log").start()
        # The kills are over: let the last worker finish; when it has nothing left to do, the
        # rest is held by killed workers, and beat's sweep hands it out again.
        deadline = time.monotonic() + 120 + articles
        last, idle_since = -1, time.monotonic()
        while (done := finished(database)) < articles:
            if time.monotonic() > deadline:
                raise AssertionError(f"articles left unprocessed: {states(database)}")
            if done != last:
                last, idle_since = done, time.monotonic()
            elif time.monotonic() - idle_since > IDLE_BEFORE_SWEEP:
                sweep(database, env)
                sweeps += 1
                idle_since = time.monotonic()
            time.sleep(0.5)
    finally:
        if worker is not None:
            worker.stop()
        site.close()
    return KillReport(
        articles=articles,
        pool_kills=pool_kills,
        worker_kills=worker_kills,
        sweeps=sweeps,
        seconds=round(time.monotonic() - started, 1),
        states=states(database),
        statements=database.scalar("SELECT count(*) FROM stances_statement"),
        statements_created_in_history=database.scalar(
            "SELECT count(*) FROM stances_historicalstatement WHERE history_type = '+'"
        ),
        statements_deleted_in_history=database.scalar(
            "SELECT count(*) FROM stances_historicalstatement WHERE history_type = '-'"
        ),
        fetch_attempts_max=database.scalar("SELECT max(attempts) FROM ingest_article"),
    )


def exactly_once_problems(database: Database, report: KillReport) -> list[str]:
    """List every way the database differs from one clean run over the articles."""
    problems = []
    if report.states != {"extracted": report.articles}:
        problems.append(f"article states {report.states}, want all {report.articles} extracted")
    per_article = database.rows(
        "SELECT a.id, array_agg(c.iso3 || ':' || s.stance ORDER BY c.iso3) "
        "FROM ingest_article a LEFT JOIN stances_statement s ON s.article_id = a.id "
        "LEFT JOIN actors_country c ON c.id = s.actor_country_id GROUP BY a.id"
    )
    want = sorted(f"{actor}:{stance}" for actor, stance in EXPECTED_STATEMENTS)
    wrong = [(article, found) for article, found in per_article if sorted(found) != want]
    if wrong:
        problems.append(f"{len(wrong)} articles with other statements than {want}: {wrong[:5]}")
    if report.statements != report.articles * len(EXPECTED_STATEMENTS):
        problems.append(f"{report.statements} statements for {report.articles} articles")
    if report.statements_created_in_history != report.statements:
        problems.append(
            f"{report.statements_created_in_history} statements filed for "
            f"{report.statements} kept: some were filed twice"
        )
    if report.statements_deleted_in_history:
        problems.append(f"{report.statements_deleted_in_history} statements filed then removed")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit("Set DATABASE_URL=postgres://… (a server the soak may create a DB on).")
    # The server and credentials of DATABASE_URL, a database of our own.
    import environ

    config = environ.Env.db_url_config(url)
    database = Database(
        config["HOST"] or "127.0.0.1",
        int(config["PORT"] or 5432),
        config["USER"],
        config["PASSWORD"],
        f"{config['NAME']}_soak",
    )
    database.drop()
    with database.connect("postgres") as conn:
        conn.execute(f'CREATE DATABASE "{database.name}"')
    log_dir = Path(tempfile.mkdtemp(prefix="stance-soak-"))
    try:
        manage(database, "migrate", "--verbosity", "0")
        manage(database, "load_reference_data", "--verbosity", "0")
        with redis_server(log_dir / "redis.log") as redis:
            report = kill_and_recover(
                database,
                redis.url,
                articles=options.articles,
                kills=options.kills,
                log_dir=log_dir,
                seed=options.seed,
            )
        problems = exactly_once_problems(database, report)
    finally:
        database.drop()
    print(json.dumps(asdict(report), indent=2))
    print(f"logs: {log_dir}")
    print("\n".join(problems) if problems else "exactly once: OK")
    raise SystemExit(1 if problems else 0)


if __name__ == "__main__":
    main()
