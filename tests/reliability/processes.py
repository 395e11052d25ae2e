"""Real processes for the fault tests: a PostgreSQL database of their own, Redis, a TCP proxy,
gunicorn, Celery workers and a local news site.

The fault tests break things (kill workers, stop Redis, cut the database), so nothing here is
shared with the rest of the suite: each test gets a database cloned from a template built once
per session from the suite's test database, its own redis-server, its own web and worker
processes. The soak command (tests/reliability/soak.py) uses the same pieces.
"""

import os
import random
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psycopg

BASE_DIR = Path(__file__).resolve().parents[2]
REFERENCE_COUNTRIES = 250


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, *, timeout: float, interval: float = 0.2, what: str = "condition"):
    """Poll `condition` until it returns something true; return that, or raise TimeoutError."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(interval)
    raise TimeoutError(f"{what} not reached within {timeout} s")


# PostgreSQL --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Database:
    """A PostgreSQL database reachable with `params` (host, port, user, password, dbname)."""

    host: str
    port: int
    user: str
    password: str
    name: str

    def url(self, *, port: int | None = None) -> str:
        credentials = f"{self.user}:{self.password}" if self.password else self.user
        return f"postgres://{credentials}@{self.host}:{port or self.port}/{self.name}"

    def connect(self, dbname: str | None = None) -> psycopg.Connection:
        return psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password or None,
            dbname=dbname or self.name,
            autocommit=True,
        )

    def execute(self, sql: str, params=()) -> None:
        with self.connect() as conn:
            conn.execute(sql, params)

    def scalar(self, sql: str, params=()):
        with self.connect() as conn:
            return conn.execute(sql, params).fetchone()[0]

    def rows(self, sql: str, params=()) -> list[tuple]:
        with self.connect() as conn:
            return conn.execute(sql, params).fetchall()

    def clone(self, name: str) -> "Database":
        """Create `name` as a copy of this database (which nobody may be connected to)."""
        copy = Database(self.host, self.port, self.user, self.password, name)
        copy.drop()
        with self.connect("postgres") as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"')
        return copy

    def drop(self) -> None:
        with self.connect("postgres") as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def database_from_settings(settings_dict: dict) -> Database:
    return Database(
        host=settings_dict["HOST"] or "127.0.0.1",
        port=int(settings_dict["PORT"] or 5432),
        user=settings_dict["USER"] or "postgres",
        password=settings_dict["PASSWORD"] or "",
        name=settings_dict["NAME"],
    )


def fault_template(source: Database) -> Database:
    """Clone `source` (the suite's test database: migrated) and make sure reference data is in.

    Transactional tests elsewhere in the suite flush every table, so the reference data may be
    gone by the time the fault tests run: it is loaded again when missing.
    """
    template = source.clone(f"{source.name}_faults")
    if template.scalar("SELECT count(*) FROM actors_country") < REFERENCE_COUNTRIES:
        manage(template, "load_reference_data", "--verbosity", "0")
    return template


# Environment and Django processes ------------------------------------------------------------


def app_env(database_url: str, *, redis_url: str = "", **extra: str) -> dict[str, str]:
    """The environment of a web or worker process of the app under test."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "CELERY_", "REDIS_", "DATABASE_", "PYTEST", "INGEST_"))
    }
    env.update(
        DATABASE_URL=database_url,
        DEBUG="false",
        INGEST_ALLOW_PRIVATE_ADDRESSES="true",
        INGEST_HOST_DELAY_SECONDS="0",
        API_ANON_RATE="1000000/minute",
        API_USER_RATE="1000000/minute",
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    if redis_url:
        env.update(CELERY_BROKER_URL=f"{redis_url}/0", REDIS_CACHE_URL=f"{redis_url}/1")
    env.update(extra)
    return env


def manage(database: Database, *args: str, env: dict | None = None, stdin: str = "") -> str:
    """Run a management command against `database`; return its output."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env or app_env(database.url()),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


class Process:
    """A child process in its own session, so that it and its children die together."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path):
        self.args, self.env, self.log = args, env, log
        self.popen: subprocess.Popen | None = None

    def start(self) -> "Process":
        with open(self.log, "ab") as log:
            self.popen = subprocess.Popen(
                self.args,
                cwd=BASE_DIR,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return self

    @property
    def running(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def kill_group(self, sig=signal.SIGKILL) -> None:
        """Send `sig` to the process and every child it started (SIGKILL: a crashed machine)."""
        if not self.running:
            return
        try:
            os.killpg(self.popen.pid, sig)
        except ProcessLookupError:
            pass
        self.popen.wait(timeout=30)

    def stop(self) -> None:
        if self.running:
            self.kill_group(signal.SIGTERM)

    def children(self) -> list[int]:
        """Pids of the direct children (a Celery worker's pool processes)."""
        if not self.running:
            return []
        try:
            text = Path(f"/proc/{self.popen.pid}/task/{self.popen.pid}/children").read_text()
        except FileNotFoundError:
            return []
        return [int(pid) for pid in text.split()]


def celery_worker(env: dict[str, str], log: Path, *, concurrency: int = 2) -> Process:
    return Process(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool",
            "prefork",
            "--concurrency",
            str(concurrency),
            "--loglevel",
            "INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        env,
        log,
    )


def celery_beat(env: dict[str, str], log: Path, schedule: Path) -> Process:
    """celery beat with the app's schedule; its state file at `schedule`, not in the checkout."""
    return Process(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "beat",
            "--loglevel",
            "INFO",
            "--schedule",
            str(schedule),
        ],
        env,
        log,
    )


def celery_call(env: dict[str, str], task: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "celery", "-A", "config", "call", task],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )


class WebServer:
    """gunicorn serving the app on a free port, as in production (DEBUG off)."""

    def __init__(self, env: dict[str, str], log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = Process(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "2",
                "--threads",
                "4",
                "--timeout",
                "60",
            ],
            env,
            log,
        )

    def __enter__(self) -> "WebServer":
        self.process.start()
        wait_for(
            lambda: http("GET", f"{self.url}/health/live").status == 200,
            timeout=60,
            what=f"gunicorn on {self.url}",
        )
        return self

    def __exit__(self, *exc):
        self.process.stop()


@dataclass
class Reply:
    status: int
    content_type: str
    body: str
    at: float


def http(method: str, url: str, *, body: bytes | None = None, headers=None, timeout=10.0):
    """Make one request; any HTTP status is a Reply, a refused connection is status 0."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Reply(
                response.status,
                response.headers.get("Content-Type", ""),
                response.read().decode(errors="replace"),
                time.monotonic(),
            )
    except urllib.error.HTTPError as error:
        return Reply(
            error.code,
            error.headers.get("Content-Type", ""),
            error.read().decode(errors="replace"),
            time.monotonic(),
        )
    except (urllib.error.URLError, OSError) as error:
        return Reply(0, "", str(error), time.monotonic())


# Redis ---------------------------------------------------------------------------------------


class RedisServer:
    """A redis-server of the test's own on a free port, stoppable and restartable."""

    def __init__(self, log: Path):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}"
        self.process = Process(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            os.environ.copy(),
            log,
        )

    def start(self) -> None:
        self.process.start()
        wait_for(self.answers, timeout=10, what=f"redis-server on port {self.port}")

    def stop(self) -> None:
        # SIGKILL: an outage, not a tidy shutdown. Nothing is saved (--save ""), so queued
        # messages are lost with it, the worst case.
        self.process.kill_group()

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as conn:
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False


@contextmanager
def redis_server(log: Path) -> Iterator[RedisServer]:
    server = RedisServer(log)
    server.start()
    try:
        yield server
    finally:
        server.stop()


# A TCP proxy to cut --------------------------------------------------------------------------


class TcpProxy:
    """Forward a local port to a target; cut() drops every connection and refuses new ones.

    Between the app and PostgreSQL it stands for a database restart: established connections
    die, new ones are refused until restore().
    """

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.port = free_port()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._stopped = threading.Event()
        self.restore()

    def restore(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            # shutdown() first: close() alone leaves a thread blocked in accept() holding the
            # kernel's listening socket, which would go on accepting.
            try:
                listener.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            listener.close()
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for sock in pair:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()

    def close(self) -> None:
        self._stopped.set()
        self.cut()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._pairs.append((client, upstream))
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    @staticmethod
    def _pump(a: socket.socket, b: socket.socket) -> None:
        selector = selectors.DefaultSelector()
        try:
            selector.register(a, selectors.EVENT_READ, b)
            selector.register(b, selectors.EVENT_READ, a)
            while True:
                for key, _ in selector.select(timeout=1):
                    data = key.fileobj.recv(65536)
                    if not data:
                        return
                    key.data.sendall(data)
        except (OSError, ValueError):
            return
        finally:
            selector.close()
            for sock in (a, b):
                try:
                    sock.close()
                except OSError:
                    pass


# A local news site ---------------------------------------------------------------------------

SYLLABLES = "ka lo mi re tu sa ne vo ri pa de ko lu ma te si ro na vi be go".split()
STATEMENTS = (
    "PHNOM PENH - Cambodia does not side with any of the parties in the Russia-Ukraine war, "
    "Prime Minister Hun Sen said on Wednesday.\n\n"
    "Brazil condemned the Russian invasion of Ukraine, its foreign minister said on Thursday."
)
# What the engine files from STATEMENTS: (actor, stance), one statement each.
EXPECTED_STATEMENTS = {("KHM", "neutral"), ("BRA", "condemns")}


def article_text(number: int) -> str:
    """A text of its own (no near-duplicate of another) carrying the two STATEMENTS."""
    rng = random.Random(number)
    filler = [
        " ".join(
            "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
            for _ in range(rng.randint(12, 20))
        )
        + "."
        for _ in range(8)
    ]
    return "\n\n".join([STATEMENTS, *filler])


class NewsSite:
    """A threaded local HTTP server: /articles/<n> answers a page, each after a short delay.

    The delay (up to `max_delay` seconds) keeps fetches in flight when a worker is killed.
    """

    def __init__(self, *, max_delay: float = 0.3):
        max_delay_ = max_delay

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                number = self.path.rstrip("/").rsplit("/", 1)[-1]
                if not number.isdigit():
                    self.send_error(404)
                    return
                time.sleep(random.uniform(0, max_delay_))
                paragraphs = "".join(f"<p>{p}</p>" for p in article_text(int(number)).split("\n\n"))
                body = (
                    f"<html><head><title>Story {number}</title></head><body><article>"
                    f"<h1>Story {number}</h1>{paragraphs}</article></body></html>"
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
