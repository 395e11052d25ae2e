"""SSRF: every way of naming a loopback, private or metadata address is refused unconnected.

Each vector goes through the pipeline's one HTTP client (ingest.fetching.Fetcher) with private
addresses disallowed, as in production. "Unconnected" is checked at the lowest level there is:
a sys.addaudithook hook sees every socket.connect the process makes. Names are resolved by the
system resolver when it answers without a network (localhost, numeric spellings) and by a stub
resolver otherwise; redirects come from a real local server reached through a public-looking
address (the connection to that address is steered to the local server).
"""

import socket
import sys

import pytest
import urllib3.util.connection

from ingest.choices import ArticleState
from ingest.fetching import Fetcher, RefusedURL, system_resolver
from ingest.models import Article
from ingest.services import article_fetch

connects: list[tuple] = []
_recording = [False]


def _audit(event, args):
    if event == "socket.connect" and _recording[0]:
        connects.append(args[1])


sys.addaudithook(_audit)


@pytest.fixture
def connections_seen():
    """Record the address of every socket connect made during the test."""
    connects.clear()
    _recording[0] = True
    yield connects
    _recording[0] = False


STUB_NAMES = {
    "metadata.google.internal": ["169.254.169.254"],
    "metadata.azure.example": ["169.254.169.254"],
    "instance-data.ec2.example": ["fd00:ec2::254"],
    "alibaba-metadata.example": ["100.100.100.200"],
    "intranet.example": ["10.1.2.3"],
    "router.example": ["192.168.0.1"],
    "docker-host.example": ["172.17.0.1"],
    "carrier-nat.example": ["100.64.0.1"],
    "loopback6.example": ["::1"],
    "mapped.example": ["::ffff:127.0.0.1"],
    "unique-local.example": ["fd12:3456:789a::1"],
    "link-local6.example": ["fe80::1"],
    # One public and one private answer: refused, or it would be a coin toss.
    "half-private.example": ["93.184.215.14", "10.0.0.7"],
    "zero.example": ["0.0.0.0"],
}


def stub_or_system(host, port):
    """Resolve test names from STUB_NAMES, everything else (localhost) with the system."""
    if host in STUB_NAMES:
        return STUB_NAMES[host]
    return system_resolver(host, port)


VECTORS = [
    # IPv4 loopback and private ranges, dotted.
    "http://127.0.0.1/",
    "http://127.255.255.254:8080/",
    "http://10.0.0.1/",
    "http://172.16.0.1/",
    "http://172.31.255.255/",
    "http://192.168.1.1/",
    "http://100.64.0.1/",
    # The unspecified address, which Linux connects to the local host.
    "http://0.0.0.0/",
    "http://0/",
    # Cloud metadata.
    "http://169.254.169.254/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    # Decimal, octal, hexadecimal and short forms.
    "http://2130706433/",
    "http://3232235777/",
    "http://2852039166/",
    "http://0177.0.0.1/",
    "http://017700000001/",
    "http://0x7f.0.0.1/",
    "http://0x7f000001/",
    "http://0xA9FEA9FE/",
    "http://127.1/",
    "http://0x7f.1/",
    "http://127.000.000.001/",
    # IPv6 loopback, unspecified, unique-local, link-local (with a zone).
    "http://[::1]/",
    "http://[::]/",
    "http://[fc00::1]/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://[fe80::1%25eth0]/",
    # IPv4 inside IPv6: mapped, NAT64, 6to4, Teredo.
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[::ffff:169.254.169.254]/",
    "http://[::ffff:10.0.0.1]/",
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://[2002:7f00:1::]/",
    "http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/",
    # Names: the system's localhost in several spellings, and stubbed names.
    "http://localhost/",
    "http://LOCALHOST:8000/",
    "http://localhost./",
    *(f"http://{name}/" for name in STUB_NAMES),
    # Credentials and a decoy before the @, and schemes other than http(s).
    "http://example.org@127.0.0.1/",
    "http://user:pass@example.org/",
    "file:///etc/passwd",
    "gopher://127.0.0.1:6379/_INFO",
    "ftp://10.0.0.1/",
    "dict://127.0.0.1:11211/",
]


def test_the_matrix_has_at_least_thirty_vectors():
    assert len(VECTORS) >= 30


@pytest.mark.parametrize("url", VECTORS)
def test_it_refuses_the_vector_before_making_any_connection(url, connections_seen):
    with pytest.raises(RefusedURL):
        Fetcher(resolver=stub_or_system, allow_private=False).get(url)
    assert connections_seen == []


@pytest.mark.django_db
@pytest.mark.parametrize("url", VECTORS[::4])
def test_the_pipeline_fails_the_article_with_the_refusal_as_its_reason(url, connections_seen):
    article = Article.objects.create(url=url, canonical_url=url)

    ready = article_fetch(
        article_id=article.pk, fetcher=Fetcher(resolver=stub_or_system, allow_private=False)
    )

    article.refresh_from_db()
    assert not ready
    assert article.state == ArticleState.FAILED
    assert article.failure_reason
    assert connections_seen == []


PUBLIC_ADDRESS = "93.184.215.14"
REDIRECT_TARGETS = [
    "http://127.0.0.1/admin/",
    "http://10.0.0.1/",
    "http://169.254.169.254/latest/meta-data/iam/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://0.0.0.0:6379/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://localhost/",
    "gopher://127.0.0.1:6379/_FLUSHALL",
    # Relative to the page: a path on the same (public) host is fine; this one is not.
    "//169.254.169.254/",
]


@pytest.fixture
def public_news_site(httpserver, monkeypatch):
    """Serve the local test server as if it were news.example at a public address."""
    real_create_connection = urllib3.util.connection.create_connection

    def steer(address, *args, **kwargs):
        host, port = address
        if host == PUBLIC_ADDRESS:
            address = ("127.0.0.1", httpserver.port)
        return real_create_connection(address, *args, **kwargs)

    monkeypatch.setattr(urllib3.util.connection, "create_connection", steer)

    def resolve(host, port):
        return [PUBLIC_ADDRESS] if host == "news.example" else stub_or_system(host, port)

    return Fetcher(resolver=resolve, allow_private=False)


@pytest.mark.parametrize("target", REDIRECT_TARGETS)
def test_it_refuses_a_redirect_to_the_vector_without_connecting_to_it(
    httpserver, public_news_site, connections_seen, target
):
    httpserver.expect_request("/story").respond_with_data(
        "", status=302, headers={"Location": target}
    )

    with pytest.raises(RefusedURL):
        public_news_site.get(f"http://news.example:{httpserver.port}/story")

    # One connection: to the news site. None to where it redirected.
    assert [address[:2] for address in connections_seen] == [("127.0.0.1", httpserver.port)]


def test_a_redirect_chain_through_public_hops_is_checked_at_every_hop(
    httpserver, public_news_site, connections_seen
):
    httpserver.expect_request("/a").respond_with_data("", status=301, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data(
        "", status=302, headers={"Location": "http://intranet.example/"}
    )

    with pytest.raises(RefusedURL, match="intranet.example resolves to 10.1.2.3"):
        public_news_site.get(f"http://news.example:{httpserver.port}/a")

    assert len(connections_seen) == 2


def test_the_steered_public_site_itself_is_fetched(httpserver, public_news_site):
    # The control: the set-up above does reach the server when nothing is forbidden.
    httpserver.expect_request("/story").respond_with_data("<p>ok</p>", content_type="text/html")
    assert public_news_site.get(f"http://news.example:{httpserver.port}/story").status == 200


def test_socket_connects_are_really_seen_by_the_audit_hook(httpserver, connections_seen):
    with socket.create_connection(("127.0.0.1", httpserver.port)):
        pass
    assert connections_seen
