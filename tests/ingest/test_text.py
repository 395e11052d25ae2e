"""Text and metadata: charsets, article text, dates, language, canonical URLs, duplicates, feeds."""

import hashlib
import re
from datetime import date
from pathlib import Path

import pytest
import trafilatura
from trafilatura.utils import load_html

from bench.pages import STYLES, ConflictNames, write_pages
from ingest.canonical import canonical_url
from ingest.text import (
    clean_text,
    content_hash,
    copied_share,
    decode_html,
    extract_page,
    fingerprint,
    fingerprint_distance,
    parse_feed,
    text_language,
)

PAGES = Path(__file__).parent / "pages"
BENCH_CONFLICT = ConflictNames("Russia-Ukraine war", "Ukraine", "Russia")


def page(name):
    return (PAGES / f"{name}.html").read_text()


def test_it_extracts_the_article_text_title_date_outlet_and_language_of_a_wire_report():
    content = extract_page(page("khm-neutrality"), url="https://mekongwire.example/world/khm")

    assert content.title == "Cambodia will not take sides in Ukraine war, Hun Sen says"
    assert content.published == date(2022, 3, 3)
    assert content.outlet == "Mekong Wire"
    assert content.language == "en"
    assert "Cambodia does not side with any of the parties" in content.text
    assert "Most read" not in content.text
    assert "All rights reserved" not in content.text


def test_it_finds_no_article_in_a_page_without_text():
    assert extract_page("<html><body><nav><a href='/'>Home</a></nav></body></html>") is None


def test_it_never_fetches_a_page_that_is_only_a_url(httpserver):
    # Given a bare URL string, trafilatura and htmldate would download it themselves.
    url = httpserver.url_for("/article")

    extract_page(url)

    assert httpserver.log == []


ARTICLE = (
    "<p>Cambodia does not side with any of the parties to the war in Ukraine, Prime Minister "
    "Hun Sen said on Thursday, calling on both sides to return to talks and to spare the "
    "civilians caught in the fighting around the capital.</p>"
)


def with_head(head, body=ARTICLE):
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


# Title and site name from each source trafilatura's metadata pass reads, in its precedence.
METADATA_CASES = {
    "open graph": with_head(
        '<meta property="og:title" content="OG title"><meta property="og:site_name" '
        'content="Mekong Wire"><title>Tag title | Other</title>'
    ),
    "json-ld": with_head(
        '<title>Tag title</title><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "JSON title", "publisher": {"@type": "Organization", "name": "JSON Wire"}}'
        "</script>"
    ),
    "broken json-ld": with_head(
        '<title>Tag title</title><script type="application/ld+json">{"headline": "Half</script>'
    ),
    "title tag with a dotted site": with_head(
        "<title>Cambodia stays neutral - mekong.example</title>"
    ),
    "handle as site name": with_head(
        '<meta name="twitter:site" content="@mekongwire"><title>Story</title>'
    ),
    "lower-case site name": with_head('<meta property="og:site_name" content="mekong wire">'),
    "site from the canonical url": with_head(
        '<link rel="canonical" href="https://www.canonical.example/world/khm">'
    ),
    "site from the page url": with_head(""),
    "one h1": with_head("", "<h1>The only heading</h1>" + ARTICLE),
    "entities and spacing": with_head(
        '<meta property="og:title" content="  Cambodia &amp; Ukraine:\n neutral  ">'
    ),
}


@pytest.mark.parametrize(
    "html",
    [page(name) for name in ("khm-neutrality", "khm-neutrality-syndicated", "brazil-talks")]
    + list(METADATA_CASES.values())
    + [html for _, html in write_pages(4, countries=["Kenya"], conflicts=[BENCH_CONFLICT])],
    ids=[
        "khm-neutrality",
        "khm-neutrality-syndicated",
        "brazil-talks",
        *METADATA_CASES,
        *STYLES,
    ],
)
@pytest.mark.parametrize("url", ["https://mekongwire.example/world/khm", ""])
def test_it_reads_the_text_title_and_outlet_trafilaturas_whole_metadata_pass_reads(html, url):
    # The pipeline skips trafilatura's metadata pass and reads these two fields itself.
    document = trafilatura.bare_extraction(
        load_html(html),
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )

    content = extract_page(html, url=url)

    assert content is not None
    assert content.title == (document.title or "").strip()
    assert content.outlet == (document.sitename or "").strip()
    assert content.text == clean_text(document.text)


def test_it_decodes_with_the_charset_of_the_http_header_first():
    body = "<p>Política exterior</p>".encode("iso-8859-1")

    assert "Política" in decode_html(body, "iso-8859-1")


def test_it_decodes_with_the_meta_charset_when_the_header_has_none():
    body = '<html><head><meta charset="windows-1251"></head><body>Москва</body></html>'.encode(
        "windows-1251"
    )

    assert "Москва" in decode_html(body, None)


def test_it_decodes_with_the_http_equiv_meta_charset():
    body = (
        '<meta http-equiv="Content-Type" content="text/html; charset=shift_jis"><p>外務省</p>'
    ).encode("shift_jis")

    assert "外務省" in decode_html(body, None)


def test_it_detects_the_charset_when_nothing_declares_it():
    text = (
        "<html><body><p>Le ministre des Affaires étrangères a déclaré mercredi que la France "
        "continuerait à soutenir l'Ukraine « aussi longtemps qu'il le faudra ». Il a appelé la "
        "Russie à retirer ses troupes et à respecter l'intégrité territoriale de son voisin, "
        "tout en saluant les efforts de médiation engagés par d'autres États.</p></body></html>"
    )

    assert "étrangères" in decode_html(text.encode("cp1252"), None)


def test_it_ignores_an_unknown_declared_charset():
    assert decode_html("<p>café</p>".encode(), "x-no-such-charset") == "<p>café</p>"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le Premier ministre a appelé à un cessez-le-feu immédiat et à des négociations.", "fr"),
        ("Der Bundeskanzler sagte, Deutschland werde die Ukraine weiterhin unterstützen.", "de"),
        ("El presidente pidió negociaciones de paz entre Rusia y Ucrania.", "es"),
        ("Ok", ""),
    ],
)
def test_it_detects_the_language_of_a_text(text, language):
    assert text_language(text) == language


def test_it_keeps_paragraphs_and_collapses_spacing_in_clean_text():
    assert (
        clean_text("  One\u00a0 two.\r\n\r\n\r\n\r\nThree\t\tfour.  ") == "One two.\n\nThree four."
    )


@pytest.mark.parametrize(
    "variant",
    [
        "https://www.mekongwire.example/world/story?utm_source=rss&utm_medium=feed",
        "https://mekongwire.example/world/story#comments",
        "https://m.mekongwire.example/world/story",
        "https://amp.mekongwire.example/world/story",
        "https://mekongwire.example/world/story/amp",
        "https://mekongwire.example/amp/world/story",
        "https://mekongwire.example/world/story?outputType=amp",
        "https://MekongWire.example:443/world/./story/",
        "https://mekongwire.example/world/story?fbclid=abc&gclid=def",
    ],
)
def test_it_gives_every_spelling_of_one_article_the_same_canonical_url(variant):
    assert canonical_url(variant) == "https://mekongwire.example/world/story"


def test_it_keeps_the_query_parameters_that_identify_an_article():
    assert canonical_url("https://news.example/view?utm_campaign=x&id=42&p=2") == (
        "https://news.example/view?id=42&p=2"
    )


def test_it_collapses_an_amp_html_suffix():
    assert canonical_url("https://news.example/2022/03/story.amp.html") == (
        "https://news.example/2022/03/story.html"
    )


@pytest.mark.parametrize("url", ["ftp://news.example/x", "not a url", "mailto:desk@news.example"])
def test_it_refuses_to_canonicalise_what_is_not_an_http_url(url):
    with pytest.raises(ValueError):
        canonical_url(url)


def test_it_hashes_texts_that_differ_only_in_case_spacing_and_punctuation_alike():
    assert content_hash("Cambodia is neutral, he said.") == content_hash(
        "CAMBODIA  is neutral he said"
    )
    assert content_hash("Cambodia is neutral.") != content_hash("Cambodia is not neutral.")


def test_it_recognises_a_syndicated_copy_and_tells_an_unrelated_story_apart():
    original = extract_page(page("khm-neutrality")).text
    copy = extract_page(page("khm-neutrality-syndicated")).text
    other = extract_page(page("brazil-talks")).text

    assert fingerprint_distance(fingerprint(original), fingerprint(copy)) <= 18
    assert fingerprint_distance(fingerprint(original), fingerprint(other)) > 18
    assert copied_share(copy, original) > 0.9
    assert copied_share(other, original) < 0.1


def test_it_gives_short_texts_no_fingerprint():
    assert fingerprint("Cambodia is neutral.") == ""


def simhash_bit_by_bit(text):
    """The SimHash as defined: +1 or -1 per shingle and bit, each bit set where the sum is > 0."""
    words = re.findall(r"\w+", text.casefold())
    shingles = {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}
    weights = [0] * 64
    for shingle in shingles:
        value = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    return f"{sum(1 << bit for bit in range(64) if weights[bit] > 0):016x}"


@pytest.mark.parametrize("name", ["khm-neutrality", "khm-neutrality-syndicated", "brazil-talks"])
def test_its_fingerprint_is_the_simhash_of_the_word_triples_so_stored_ones_stay_comparable(name):
    text = extract_page(page(name)).text

    assert fingerprint(text) == simhash_bit_by_bit(text)


FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Mekong Wire: World</title>
<link>https://mekongwire.example/world</link>
<item><title>Cambodia will not take sides</title><link>/world/khm</link>
<pubDate>Thu, 03 Mar 2022 04:10:00 +0700</pubDate></item>
<item><title>No link here</title></item>
<item><title>Brazil calls for talks</title><link>https://mekongwire.example/world/bra</link></item>
</channel></rss>"""


def test_it_reads_feed_entries_resolving_relative_links_against_the_feed_url():
    entries = parse_feed(FEED, url="https://mekongwire.example/rss.xml")

    assert [(e.url, e.title, e.published) for e in entries] == [
        ("https://mekongwire.example/world/khm", "Cambodia will not take sides", date(2022, 3, 2)),
        ("https://mekongwire.example/world/bra", "Brazil calls for talks", None),
    ]


def test_it_reads_a_feed_body_that_looks_like_a_path_as_data_not_as_a_file():
    # feedparser opens a file (or a URL) when handed a string or bytes naming one.
    with pytest.raises(ValueError, match="not a feed"):
        parse_feed(b"/etc/passwd", url="https://mekongwire.example/rss.xml")


def test_it_refuses_a_body_that_is_not_a_feed():
    with pytest.raises(ValueError, match="not a feed"):
        parse_feed(b"<html><body>Sorry, we moved.</body></html>", url="https://x.example/rss")
