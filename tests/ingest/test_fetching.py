"""The fetcher: address checks, redirects, limits, politeness, against a real local server."""

import ssl
import subprocess
import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response as WerkzeugResponse

from ingest.fetching import (
    FEED_TYPES,
    MAX_REDIRECTS,
    Fetcher,
    PermanentFetchError,
    RefusedURL,
    TransientFetchError,
)

PAGE = "<html><head><title>T</title></head><body><p>Hello.</p></body></html>"


def stub_resolver(table):
    """Resolve names from `table` only, recording each lookup."""

    def resolve(host, port):
        resolve.calls.append(host)
        return table[host]

    resolve.calls = []
    return resolve


def test_it_fetches_a_page_from_the_test_server_only_when_private_addresses_are_allowed(
    httpserver, allow_private
):
    httpserver.expect_request("/story").respond_with_data(PAGE, content_type="text/html")

    response = Fetcher().get(httpserver.url_for("/story"))

    assert response.status == 200
    assert response.body.decode() == PAGE


def test_it_refuses_the_test_server_on_loopback_by_default(httpserver):
    httpserver.expect_request("/story").respond_with_data(PAGE, content_type="text/html")

    with pytest.raises(RefusedURL, match="loopback or private"):
        Fetcher().get(httpserver.url_for("/story"))

    assert httpserver.log == []


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "2130706433",
        "0x7f.1",
        "0177.0.0.1",
        "127.1",
        "0x7f000001",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
        "[2002:7f00:1::1]",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "100.64.0.1",
        "[fc00::1]",
    ],
)
def test_it_refuses_loopback_and_private_addresses_in_every_spelling(host):
    resolver = stub_resolver({})

    with pytest.raises(RefusedURL):
        Fetcher(resolver=resolver).get(f"http://{host}/")

    assert resolver.calls == [], "an address literal must never reach the resolver"


@pytest.mark.parametrize(
    "host",
    [
        "169.254.169.254",
        "[fd00:ec2::254]",
        "[fe80::1]",
        "[::ffff:169.254.169.254]",
        "[64:ff9b::a9fe:a9fe]",
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "100.100.100.200",
    ],
)
def test_it_refuses_metadata_link_local_and_reserved_addresses_even_when_private_is_allowed(
    host, allow_private
):
    with pytest.raises(RefusedURL):
        Fetcher().get(f"http://{host}/latest/meta-data/")


@pytest.mark.parametrize(
    "addresses",
    [
        ["10.1.2.3"],
        ["169.254.169.254"],
        ["fd00:ec2::254"],
        # One private address among public ones is enough to refuse the name.
        ["93.184.215.14", "192.168.0.10"],
        ["2606:2800:21f:cb07:6820:80da:af6b:8b2c", "::1"],
    ],
)
def test_it_refuses_a_name_if_any_of_its_addresses_is_not_public(addresses):
    fetcher = Fetcher(resolver=stub_resolver({"news.example": addresses}))

    with pytest.raises(RefusedURL, match="news.example resolves to"):
        fetcher.get("http://news.example/world/story")


def test_it_accepts_a_name_whose_addresses_are_all_public():
    fetcher = Fetcher(resolver=stub_resolver({"news.example": ["93.184.215.14"]}))

    scheme, host, port, addresses = fetcher.check_url("https://news.example/story")

    assert (scheme, host, port, [str(a) for a in addresses]) == (
        "https",
        "news.example",
        443,
        ["93.184.215.14"],
    )


@pytest.mark.parametrize("url", ["ftp://example.org/x", "file:///etc/passwd", "http:///x"])
def test_it_refuses_urls_that_are_not_http(url):
    with pytest.raises(RefusedURL):
        Fetcher().get(url)


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://0.0.0.0/",
        "gopher://127.0.0.1:6379/_INFO",
    ],
)
def test_it_refuses_a_redirect_to_a_forbidden_address(httpserver, allow_private, target):
    httpserver.expect_request("/story").respond_with_data(
        "", status=302, headers={"Location": target}
    )

    with pytest.raises(RefusedURL):
        Fetcher().get(httpserver.url_for("/story"))


def test_it_checks_a_redirect_to_a_name_with_the_same_resolver(httpserver, allow_private):
    resolver = stub_resolver({"cloud.example": ["169.254.169.254"]})
    httpserver.expect_request("/story").respond_with_data(
        "", status=301, headers={"Location": "http://cloud.example/secrets"}
    )

    with pytest.raises(RefusedURL, match="cloud.example resolves to 169.254.169.254"):
        Fetcher(resolver=resolver).get(f"http://127.0.0.1:{httpserver.port}/story")

    assert resolver.calls == ["cloud.example"]


def test_it_connects_to_the_address_it_checked_without_resolving_again(httpserver, allow_private):
    # A rebinding DNS server answers with the test server first, then with the metadata
    # address: the connection must go to the first answer, the one that was checked.
    answers = iter([["127.0.0.1"], ["169.254.169.254"]])
    lookups = []

    def rebinding_resolver(host, port):
        lookups.append(host)
        return next(answers)

    httpserver.expect_request("/story").respond_with_data(PAGE, content_type="text/html")
    url = f"http://rebind.example:{httpserver.port}/story"

    response = Fetcher(resolver=rebinding_resolver).get(url)

    assert response.status == 200
    assert lookups == ["rebind.example"]
    request, _ = httpserver.log[0]
    assert request.headers["Host"] == f"rebind.example:{httpserver.port}"


def test_it_follows_redirects_and_reports_the_final_url(httpserver, allow_private):
    httpserver.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/new"}
    )
    httpserver.expect_request("/new").respond_with_data(PAGE, content_type="text/html")

    response = Fetcher().get(httpserver.url_for("/old"))

    assert response.url == httpserver.url_for("/new")


def test_it_gives_up_after_five_redirects(httpserver, allow_private):
    for hop in range(MAX_REDIRECTS + 1):
        httpserver.expect_request(f"/hop{hop}").respond_with_data(
            "", status=302, headers={"Location": f"/hop{hop + 1}"}
        )

    with pytest.raises(PermanentFetchError, match="more than 5 redirects"):
        Fetcher().get(httpserver.url_for("/hop0"))

    assert len(httpserver.log) == MAX_REDIRECTS + 1


def test_it_refuses_a_page_whose_declared_length_is_over_the_limit(httpserver, allow_private):
    httpserver.expect_request("/big").respond_with_data("x" * 2000, content_type="text/html")

    with pytest.raises(PermanentFetchError, match="exceeds the 1000-byte limit"):
        Fetcher(max_bytes=1000).get(httpserver.url_for("/big"))


def test_it_stops_reading_a_streamed_page_at_the_limit(httpserver, allow_private):
    def endless(request):
        # Chunked, without Content-Length: only counting the bytes read can stop it.
        return WerkzeugResponse((b"<p>" + b"x" * 1000 for _ in range(10_000)), mimetype="text/html")

    httpserver.expect_request("/stream").respond_with_handler(endless)

    with pytest.raises(PermanentFetchError, match="exceeds the 5000-byte limit"):
        Fetcher(max_bytes=5000).get(httpserver.url_for("/stream"))


def test_it_refuses_content_that_is_not_html(httpserver, allow_private):
    httpserver.expect_request("/report.pdf").respond_with_data(
        b"%PDF-1.7", content_type="application/pdf"
    )

    with pytest.raises(PermanentFetchError, match="content type 'application/pdf'"):
        Fetcher().get(httpserver.url_for("/report.pdf"))


def test_it_accepts_feed_types_when_asked_for_a_feed(httpserver, allow_private):
    httpserver.expect_request("/rss").respond_with_data(
        "<rss/>", content_type="application/rss+xml; charset=utf-8"
    )

    response = Fetcher().get(httpserver.url_for("/rss"), accept=FEED_TYPES)

    assert (response.content_type, response.charset) == ("application/rss+xml", "utf-8")


def test_it_treats_503_as_transient_and_honours_retry_after(httpserver, allow_private):
    httpserver.expect_request("/busy").respond_with_data(
        "down for maintenance", status=503, headers={"Retry-After": "120"}
    )

    with pytest.raises(TransientFetchError) as caught:
        Fetcher().get(httpserver.url_for("/busy"))

    assert caught.value.retry_after == 120


def test_it_treats_404_as_permanent(httpserver, allow_private):
    httpserver.expect_request("/gone").respond_with_data("no", status=404)

    with pytest.raises(PermanentFetchError, match="HTTP 404"):
        Fetcher().get(httpserver.url_for("/gone"))


def test_it_sends_its_user_agent_and_conditional_headers(httpserver, allow_private, settings):
    httpserver.expect_request("/rss").respond_with_data("", status=304)

    response = Fetcher().get(
        httpserver.url_for("/rss"), accept=FEED_TYPES, headers={"If-None-Match": '"v1"'}
    )

    assert response.status == 304
    request, _ = httpserver.log[0]
    assert request.headers["User-Agent"] == settings.INGEST_USER_AGENT
    assert request.headers["If-None-Match"] == '"v1"'


def test_it_waits_between_two_requests_to_one_host(httpserver, allow_private, settings):
    settings.INGEST_HOST_DELAY_SECONDS = 1
    httpserver.expect_request("/a").respond_with_data(PAGE, content_type="text/html")
    fetcher = Fetcher()

    started = time.monotonic()
    fetcher.get(httpserver.url_for("/a"))
    fetcher.get(httpserver.url_for("/a"))

    assert time.monotonic() - started >= 0.9


def test_it_verifies_tls_certificates(tmp_path, allow_private):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    try:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
            + ["-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
            check=True,
            capture_output=True,
        )
    except FileNotFoundError:
        pytest.skip("openssl is needed to make a self-signed certificate")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server = HTTPServer(host="127.0.0.1", ssl_context=context)
    server.expect_request("/").respond_with_data(PAGE, content_type="text/html")
    server.start()
    try:
        with pytest.raises(PermanentFetchError, match="TLS verification failed"):
            Fetcher().get(f"https://localhost:{server.port}/")
    finally:
        server.stop()
