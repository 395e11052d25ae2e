"""From fetched bytes to clean text and metadata: charset, article text, date, language, feeds.

Nothing here touches the network: trafilatura and htmldate are handed parsed trees (given a
string that looks like a URL, both would fetch it, trafilatura with an insecure-TLS fallback),
and feedparser a stream of bytes we fetched (given a string it fetches URLs and opens files).
"""

import codecs
import functools
import hashlib
import io
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime

import charset_normalizer
import feedparser
import htmldate
import py3langid
import trafilatura
from lxml.html import HtmlElement
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)
from trafilatura.utils import load_html

logger = logging.getLogger(__name__)

# The HTML standard's prescan looks for <meta charset> in the first 1024 bytes; pages that put
# it after a long <head> comment are common enough to look a little further.
META_PRESCAN_BYTES = 4096
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# Fewer words than this is a teaser, a paywall or a navigation page, not an article.
MIN_ARTICLE_WORDS = 20
# Near-duplicate detection needs enough words for the fingerprint to mean something.
MIN_WORDS_FOR_FINGERPRINT = 40
SHINGLE_WORDS = 3
WORD = re.compile(r"\w+")
# For each bit position, a translation table mapping a byte to that bit of it (0 or 1).
_BIT_OF_BYTE = [bytes(value >> bit & 1 for value in range(256)) for bit in range(8)]


@dataclass(frozen=True)
class PageContent:
    """What we keep of a fetched page."""

    title: str
    text: str
    published: date | None
    language: str
    outlet: str


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: where the article is, and what the feed says about it."""

    url: str
    title: str
    published: date | None


def decode_html(body: bytes, header_charset: str | None = None) -> str:
    """Decode a page: the HTTP header's charset, else a BOM or <meta charset>, else detection."""
    for encoding in (header_charset, _bom_encoding(body), _meta_charset(body)):
        if encoding and _known_encoding(encoding):
            return body.decode(encoding, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(body).best()
        return str(best) if best is not None else body.decode("windows-1252", errors="replace")


def _bom_encoding(body: bytes) -> str | None:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return encoding
    return None


def _meta_charset(body: bytes) -> str | None:
    match = META_CHARSET.search(body[:META_PRESCAN_BYTES])
    return match.group(1).decode("ascii") if match else None


def _known_encoding(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def extract_page(html: str, *, url: str = "") -> PageContent | None:
    """Extract the article text and its metadata from a page, or None if it has no article."""
    # Parsed once: trafilatura extracts from its own copy of the tree, and the title, site
    # name and date are read from this one (each parse of a 150 KB page costs about 2 ms).
    tree = load_html(html)
    if tree is None:
        return None
    document = trafilatura.bare_extraction(
        tree,
        url=url or None,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    text = clean_text(document.text or "") if document else ""
    if len(_words(text)) < MIN_ARTICLE_WORDS:
        return None
    title, outlet = _title_and_site_name(tree, url=url)
    return PageContent(
        title=title,
        text=text,
        published=publication_date(tree, url=url),
        language=text_language(text),
        outlet=outlet,
    )


def _title_and_site_name(tree: HtmlElement, *, url: str) -> tuple[str, str]:
    """Return the page's title and site name as trafilatura's metadata pass finds them.

    The steps of `trafilatura.metadata.extract_metadata` for these two fields only: the pass
    also looks for the author (on a deep copy of the page), categories, tags, a licence and
    the date (htmldate, which `publication_date` runs anyway): a quarter of the extraction's
    time, for fields we do not keep. tests/ingest/test_text.py checks both fields
    against the whole pass.
    """
    metadata = examine_meta(tree)
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:
        # As the pass does: its JSON-LD reading has bugs, and the meta tags still count.
        logger.warning("Unreadable JSON-LD metadata", exc_info=True)
    if not metadata.title:
        metadata.title = extract_title(tree)
    site_name = metadata.sitename or extract_sitename(tree)
    if site_name:
        site_name = site_name.lstrip("@")
        if site_name and "." not in site_name and not site_name[0].isupper():
            site_name = site_name.title()
    elif page_url := metadata.url or extract_url(tree, url or None):
        site_name = match[1] if (match := META_URL.match(page_url)) else None
    metadata.sitename = site_name
    metadata.clean_and_trim()
    return (metadata.title or "").strip(), (metadata.sitename or "").strip()


def publication_date(tree: HtmlElement, *, url: str = "") -> date | None:
    """Find when the parsed page was first published (not last updated), never in the future."""
    found = htmldate.find_date(
        tree,
        url=url or None,
        original_date=True,
        extensive_search=True,
        max_date=datetime.now(UTC).date().isoformat(),
    )
    return date.fromisoformat(found) if found else None


def text_language(text: str) -> str:
    """Return the ISO 639-1 code of the text's language ("" when there is too little text)."""
    if len(_words(text)) < 3:
        return ""
    language, _ = py3langid.classify(text)
    return language


def clean_text(text: str) -> str:
    """Normalise Unicode and whitespace, keeping paragraphs; the engine's offsets refer to this."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def content_hash(text: str) -> str:
    """Hash the text, ignoring case, punctuation and spacing, so trivial re-renderings match."""
    return hashlib.sha256(" ".join(_words(text)).encode()).hexdigest()


# The pipeline asks for one text's words several times (article length, language, hash,
# fingerprint, near-copy shares): a 1,000-word text takes 0.2 ms to split. A tuple, so that
# no caller can change what the next one gets.
@functools.lru_cache(maxsize=4)
def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text.casefold()))


def _shingles(words: tuple[str, ...]) -> set[str]:
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def fingerprint(text: str) -> str:
    """Return a 64-bit SimHash of the text's word shingles as 16 hex digits ("" if too short).

    Copies of one wire story differ by a dateline, a headline, a closing line: their
    fingerprints differ by a few bits where unrelated texts differ by about 32. It only
    shortlists; `copied_share` decides.
    """
    words = _words(text)
    if len(words) < MIN_WORDS_FOR_FINGERPRINT:
        return ""
    shingles = _shingles(words)
    # Bit k of the fingerprint is set when most shingle hashes have bit k set. Counting a bit
    # over all hashes at once (one byte column of the joined digests, translated to 0/1 bytes
    # and counted in C) gives the value summing +1/-1 per hash and bit gave, without 64 Python
    # additions per shingle (a few milliseconds an article).
    digests = b"".join(
        hashlib.blake2b(shingle.encode(), digest_size=8).digest() for shingle in shingles
    )
    value = 0
    for byte in range(8):
        column = digests[byte::8]
        for bit in range(8):
            if 2 * column.translate(_BIT_OF_BYTE[bit]).count(1) > len(shingles):
                # Digests are big-endian: byte 0 holds the top eight bits.
                value |= 1 << ((7 - byte) * 8 + bit)
    return f"{value:016x}"


def fingerprint_distance(a: str, b: str) -> int:
    """Count the bits in which two fingerprints differ."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


def copied_share(text: str, original: str) -> float:
    """Return the share of `text`'s word shingles that also occur in `original`.

    Asymmetric on purpose: a copy that adds a paragraph of its own is still mostly copied, but
    a text that adds a lot to what it copied says something new and is extracted in its own right.
    """
    shingles = _shingles(_words(text))
    if not shingles:
        return 0.0
    return len(shingles & _shingles(_words(original))) / len(shingles)


def parse_feed(body: bytes, *, url: str, content_type: str = "") -> list[FeedEntry]:
    """Read the entries of an RSS or Atom feed we fetched; relative links resolve against `url`."""
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers={"content-location": url, "content-type": content_type},
        sanitize_html=False,
        resolve_relative_uris=True,
    )
    # feedparser reads anything: an empty body or an HTML page is "no feed at all" (no
    # version), a broken one may keep entries without links. Both would be polled as empty
    # feeds forever instead of showing the editors an error.
    if not parsed.get("version"):
        raise ValueError("not a feed: no RSS, Atom or RDF document in the response")
    if parsed.bozo and not any((entry.get("link") or "").strip() for entry in parsed.entries):
        raise ValueError(f"not a feed: {parsed.get('bozo_exception', 'unreadable')}")
    entries = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        entries.append(
            FeedEntry(
                url=link,
                title=(entry.get("title") or "").strip(),
                published=date(*when[:3]) if when else None,
            )
        )
    return entries
