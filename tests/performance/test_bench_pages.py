"""The ingestion bench's fixture pages are the size of real ones and hold a findable article."""

import re
import statistics

import pytest

from bench.pages import STYLES, ConflictNames, write_pages
from ingest.text import extract_page

COUNTRIES = ["France", "Brazil", "Japan", "Kenya", "India", "Norway"]
CONFLICTS = [
    ConflictNames("Russia-Ukraine war", "Ukraine", "Russia"),
    ConflictNames("Sudan civil war", "the Sudanese Armed Forces", "the Rapid Support Forces"),
]
# The JSON-LD of the wire, newspaper and live pages; the press release's printed line.
PUBLISHED = re.compile(r'"datePublished": "(\d{4}-\d\d-\d\d)|Published (\d\d \w+ \d{4})')


@pytest.fixture(scope="module")
def pages():
    return write_pages(40, countries=COUNTRIES, conflicts=CONFLICTS, seed=3)


def test_the_same_seed_writes_the_same_pages(pages):
    assert write_pages(8, countries=COUNTRIES, conflicts=CONFLICTS, seed=3) == pages[:8]
    assert write_pages(8, countries=COUNTRIES, conflicts=CONFLICTS, seed=4) != pages[:8]


def test_pages_weigh_what_real_news_pages_weigh(pages):
    sizes = [len(html.encode()) / 1024 for _, html in pages]
    assert 70 <= min(sizes) and max(sizes) <= 220
    assert 130 <= statistics.median(sizes) <= 170


@pytest.mark.parametrize("style", range(len(STYLES)), ids=STYLES)
def test_each_style_holds_an_article_with_its_date_and_statements(pages, style):
    for _, html in pages[style :: len(STYLES)][:3]:
        content = extract_page(html, url="https://news.example/story")
        assert content is not None
        assert 750 <= len(content.text.split()) <= 1200
        assert content.language == "en"
        assert content.text.count("its foreign minister said on") == 4
        iso, printed = PUBLISHED.search(html).groups()
        assert content.published is not None
        assert content.published.isoformat() == iso or f"{content.published:%d %B %Y}" == printed
