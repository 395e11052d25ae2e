"""Fixture news pages for the ingestion bench: realistic ones by default, the old toys on request.

Real news pages weigh 70 to 220 KB of HTML (about 150 KB in the middle): an article of 800 to
1,000 words inside navigation menus, advertising slots with their scripts, related and
most-read links, comments, JSON-LD, inline styles and the state blobs of the site's front-end
framework. `ingest.time` compares the pipeline with trafilatura's extract() on the same pages,
so pages of 3 KB (the toys) would measure the stance engine and the database against an
extraction that has almost nothing to do.

`news_pages` writes such pages in four outlet styles (a wire service, a newspaper, a government
press release, a live blog), from a seed: the same seed gives the same pages. The article text
is paragraphs of the annotated development texts (tests/data) around generated statements of
real countries on the reference conflicts, so the engine has its usual work to do.
"""

import json
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STYLES = ("wire", "newspaper", "government", "live")
# Each style's page size, in KB, drawn uniformly: together a median near 150 KB.
SIZE_KB = {"wire": (90, 180), "newspaper": (140, 220), "government": (75, 170), "live": (120, 220)}
# Words of development-text paragraphs per article, around the generated statements.
ARTICLE_WORDS = (700, 900)
STATEMENTS_PER_PAGE = 4
# Of the bytes added to reach a page's size, this share is markup (more teasers, as a site's
# endless related lists), the rest a framework's JSON state blob: real pages carry both, and
# trafilatura's cost follows the markup more than the script bytes.
FILLER_MARKUP_SHARE = 0.5
SECTIONS = (
    "World", "Politics", "Business", "Markets", "Technology", "Science", "Health", "Climate",
    "Sport", "Culture", "Opinion", "Travel",
)  # fmt: skip
SUBSECTIONS = (
    "Africa", "Americas", "Asia", "Europe", "Middle East", "UK", "US", "Economy", "Energy",
    "Media", "Football", "Tennis", "Books", "Film", "Music", "Food", "Columnists", "Letters",
)  # fmt: skip
FILLER_WORDS = (
    "markets", "rally", "storm", "warning", "election", "budget", "talks", "strike", "record",
    "heat", "league", "final", "review", "report", "inflation", "housing", "rates", "coast",
    "festival", "court", "ruling", "minister", "vote", "plan", "climate", "power", "rail",
    "union", "prices", "school", "hospital", "border", "police", "river", "summit", "science",
    "space", "mission", "museum", "cup", "season", "coach", "chief", "bank", "exports", "jobs",
)  # fmt: skip
COMMENT_LINES = (
    "Thanks for the clear summary, this is the first piece that explained it properly.",
    "I doubt anything will change until the next round of talks, sadly.",
    "Where are the numbers from? The article should link the original report.",
    "Good reporting as always. Please keep covering this story.",
    "The headline is misleading in my view, read the whole thing before commenting.",
    "My family lives near there and the situation is far worse than described.",
    "Can someone explain what this means for prices at home?",
    "Another day, another statement. Words are cheap.",
)
ICON_PATH = (
    "M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-1 17.93c-3.95-.49-7-3.85"
    "-7-7.93 0-.62.08-1.21.21-1.79L9 15v1c0 1.1.9 2 2 2v1.93zm6.9-2.54c-.26-.81-1-1.39-1.9-1.39h-1"
    "v-3c0-.55-.45-1-1-1H8v-2h2c.55 0 1-.45 1-1V7h2c1.1 0 2-.9 2-2v-.41c2.93 1.19 5 4.06 5 7.41 0"
    " 2.08-.8 3.97-2.1 5.39z"
)


@dataclass(frozen=True)
class ConflictNames:
    """What a generated statement needs of a conflict."""

    name: str
    side_a: str
    side_b: str


def reference_names() -> tuple[list[str], list[ConflictNames]]:
    """Return the reference countries' names and the conflicts, in a stable order."""
    from actors.models import Country
    from stances.models import Conflict

    countries = list(Country.objects.order_by("iso3").values_list("name", flat=True))
    conflicts = [
        ConflictNames(c.name, c.side_a_label, c.side_b_label)
        for c in Conflict.objects.order_by("pk")
    ]
    return countries, conflicts


def dev_paragraphs() -> list[str]:
    """Return the development texts' paragraphs long enough to read as article prose."""
    return [
        p.strip()
        for path in sorted((ROOT / "tests" / "data").glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if len(p.split()) > 20
    ]


def _statements(rng, countries, conflict: ConflictNames, published: date) -> list[str]:
    from stances.synthetic import STANCE_PHRASES, TOPICS

    return [
        f"{rng.choice(countries)} "
        + rng.choice(STANCE_PHRASES[stance]).format(
            a=conflict.side_a, b=conflict.side_b, name=conflict.name
        )
        + f", its foreign minister said on {published:%A}, pointing to "
        + f"{rng.choice(TOPICS)} and {rng.choice(TOPICS)}."
        for stance in rng.sample(list(STANCE_PHRASES), STATEMENTS_PER_PAGE)
    ]


def toy_pages(count: int, *, seed: int = 1) -> list[tuple[str, str]]:
    """Return `count` (file name, HTML) pages of about 3 KB: the bench's pages until 29 November
    2026, kept (`bench.ingest --toy`) to compare with figures measured on them."""
    from stances.synthetic import OUTLETS

    countries, conflicts = reference_names()
    rng = random.Random(seed)
    paragraphs = dev_paragraphs()
    pages = []
    for n in range(count):
        conflict = rng.choice(conflicts)
        published = date(2023, 1, 1) + timedelta(days=rng.randrange(900))
        said = _statements(rng, countries, conflict, published)
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


def news_pages(count: int, *, seed: int = 1) -> list[tuple[str, str]]:
    """Return `count` (file name, HTML) realistic news pages, each with its own article."""
    countries, conflicts = reference_names()
    return write_pages(count, countries=countries, conflicts=conflicts, seed=seed)


def write_pages(
    count: int, *, countries: list[str], conflicts: list[ConflictNames], seed: int = 1
) -> list[tuple[str, str]]:
    """Return `count` realistic pages over the given names; `news_pages` reads the database's."""
    from stances.synthetic import FIRST_NAMES, LAST_NAMES, OUTLETS

    rng = random.Random(seed)
    paragraphs = dev_paragraphs()
    pages = []
    for n in range(count):
        style = STYLES[n % len(STYLES)]
        conflict = rng.choice(conflicts)
        published = datetime(2023, 1, 1, 6, tzinfo=UTC) + timedelta(
            days=rng.randrange(900), minutes=rng.randrange(14 * 60)
        )
        body = _article_paragraphs(rng, paragraphs) + _statements(
            rng, countries, conflict, published.date()
        )
        rng.shuffle(body)
        page = _Page(
            rng=rng,
            n=n,
            outlet=rng.choice(OUTLETS),
            author=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            title=_headline(rng, conflict, countries),
            published=published,
            body=body,
            size=rng.randint(*SIZE_KB[style]) * 1024,
        )
        pages.append((f"page-{n:05d}.html", getattr(page, style)()))
    return pages


def _article_paragraphs(rng, paragraphs: list[str]) -> list[str]:
    target = rng.randint(*ARTICLE_WORDS)
    chosen: list[str] = []
    words = 0
    while words < target:
        paragraph = rng.choice(paragraphs)
        if paragraph not in chosen:
            chosen.append(paragraph)
            words += len(paragraph.split())
    return chosen


def _headline(rng, conflict: ConflictNames, countries: list[str]) -> str:
    return rng.choice(
        (
            f"World leaders react as fighting in the {conflict.name} enters a new phase",
            f"{rng.choice(countries)} and allies weigh next steps on the {conflict.name}",
            f"Pressure grows for talks to end the {conflict.name}",
            f"What governments are saying about the {conflict.name}",
        )
    )


def _iso(moment: datetime) -> str:
    return f"{moment:%Y-%m-%dT%H:%M:%SZ}"


def _path(name: str) -> str:
    return name.lower().replace(" ", "-")


def _teaser_title(rng) -> str:
    words = rng.sample(FILLER_WORDS, rng.randint(5, 9))
    return " ".join(words).capitalize()


@dataclass
class _Page:
    """One page being written: its article, and the outlet furniture around it."""

    rng: random.Random
    n: int
    outlet: str
    author: str
    title: str
    published: datetime
    body: list[str]
    size: int

    # Shared furniture -------------------------------------------------------------------

    @property
    def slug(self) -> str:
        return f"/{self.published:%Y/%m/%d}/story-{self.n}"

    def head(self, extra: str = "") -> str:
        description = escape(self.body[0][:160])
        return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(self.title)} | {escape(self.outlet)}</title>
<meta name="description" content="{description}">
<link rel="canonical" href="https://news.example{self.slug}">
<link rel="preconnect" href="https://cdn.news.example"><link rel="dns-prefetch" href="https://ads.example">
{"".join(f'<link rel="preload" as="font" href="/fonts/f{i}.woff2" crossorigin>' for i in range(4))}
{self.style_sheet(self.rng.randint(4, 9))}
{extra}
</head>"""

    def style_sheet(self, rules_hundreds: int) -> str:
        rng = self.rng
        rules = "".join(
            f".c{rng.randrange(10**6):06x}{{margin:{rng.randint(0, 32)}px {rng.randint(0, 32)}px;"
            f"color:#{rng.randrange(16**6):06x};font-size:{rng.randint(11, 40)}px;"
            f"display:{rng.choice(('flex', 'block', 'grid', 'none'))}}}"
            for _ in range(rules_hundreds * 100)
        )
        return f"<style>{rules}</style>"

    def json_ld(self, kind: str = "NewsArticle") -> str:
        data = {
            "@context": "https://schema.org",
            "@type": kind,
            "headline": self.title,
            "datePublished": _iso(self.published),
            "dateModified": _iso(self.published + timedelta(hours=3)),
            "author": [{"@type": "Person", "name": self.author}],
            "publisher": {"@type": "Organization", "name": self.outlet},
            "mainEntityOfPage": f"https://news.example{self.slug}",
        }
        return f'<script type="application/ld+json">{json.dumps(data)}</script>'

    def nav(self, *, mega: bool) -> str:
        rng = self.rng
        items = []
        for section in SECTIONS:
            link = f'<a href="/{section.lower()}">{section}</a>'
            if mega:
                subs = "".join(
                    f'<li><a href="/{section.lower()}/{_path(sub)}">{sub}</a></li>'
                    for sub in rng.sample(SUBSECTIONS, rng.randint(6, 12))
                )
                link += f'<ul class="nav-sub">{subs}</ul>'
            items.append(f'<li class="nav-item">{link}</li>')
        return f'<nav class="main-nav" aria-label="Sections"><ul>{"".join(items)}</ul></nav>'

    def icon(self) -> str:
        return (
            '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">'
            f'<path d="{ICON_PATH}"/></svg>'
        )

    def share_bar(self) -> str:
        return (
            '<div class="share">'
            + "".join(
                f'<a class="share-{site}" href="https://{site}.example/share">{self.icon()}</a>'
                for site in ("facebook", "x", "whatsapp", "linkedin", "email", "copy")
            )
            + "</div>"
        )

    def ad(self, slot: int) -> str:
        return (
            f'<div class="ad-slot" id="div-gpt-ad-{self.n}-{slot}" data-size="300x250">'
            f"<script>window.googletag=window.googletag||{{cmd:[]}};googletag.cmd.push(function()"
            f"{{googletag.defineSlot('/1234/news/{slot}',[[300,250],[300,600]],"
            f"'div-gpt-ad-{self.n}-{slot}').addService(googletag.pubads());"
            f"googletag.display('div-gpt-ad-{self.n}-{slot}');}});</script></div>"
        )

    def teasers(self, count: int, heading: str, css: str = "related") -> str:
        rng = self.rng
        items = "".join(
            f'<li class="teaser"><a href="/story/{rng.randrange(10**7)}">'
            f'<img src="https://cdn.news.example/img/{rng.randrange(10**9):x}.jpg" alt="" '
            f'loading="lazy" width="320" height="180"><h3>{_teaser_title(rng)}</h3></a>'
            f'<p class="summary">{_teaser_title(rng)}.</p>'
            f'<span class="ago">{rng.randint(2, 23)} hours ago</span></li>'
            for _ in range(count)
        )
        return f'<section class="{css}"><h2>{heading}</h2><ul>{items}</ul></section>'

    def comments(self, count: int) -> str:
        from stances.synthetic import FIRST_NAMES

        rng = self.rng
        items = "".join(
            f'<li class="comment" id="comment-{rng.randrange(10**8)}"><div class="comment-meta">'
            f'<span class="comment-author">{rng.choice(FIRST_NAMES)}{rng.randint(1, 999)}</span> '
            f'<span class="comment-time">{rng.randint(1, 59)} minutes ago</span></div>'
            f'<div class="comment-body"><p>{rng.choice(COMMENT_LINES)}</p></div>'
            f'<div class="comment-actions"><button>Reply</button><button>Recommend '
            f"({rng.randint(0, 300)})</button><button>Report</button></div></li>"
            for _ in range(count)
        )
        return (
            f'<section id="comments" class="comments"><h2>Comments ({count})</h2>'
            f'<ol class="comment-list">{items}</ol></section>'
        )

    def footer(self, columns: int) -> str:
        links = "".join(
            f'<div class="footer-col"><h4>{section}</h4><ul>'
            + "".join(
                f'<li><a href="/{section.lower()}/{_path(sub)}">{sub}</a></li>'
                for sub in SUBSECTIONS[:10]
            )
            + "</ul></div>"
            for section in SECTIONS[:columns]
        )
        return (
            f'<footer class="site-footer">{links}<p>© {self.published:%Y} {escape(self.outlet)}.'
            ' All rights reserved.</p><a href="/privacy">Privacy policy</a> '
            '<a href="/cookies">Cookie settings</a> <a href="/terms">Terms of use</a></footer>'
        )

    def paragraphs(self, attrs: str = "") -> str:
        return "".join(f"<p{attrs}>{escape(p)}</p>" for p in self.body)

    def finish(self, before_body_end: str, html: str) -> str:
        """Close the page, grown to its drawn size with teasers and a JSON state blob."""
        missing = self.size - len((html + before_body_end).encode()) - 200
        markup = []
        grown = 0
        while grown < missing * FILLER_MARKUP_SHARE:
            block = self.teasers(8, "More stories", "more-stories")
            markup.append(block)
            grown += len(block.encode())
        state = []
        remaining = missing - grown
        while remaining > 0:
            item = {
                "id": self.rng.randrange(10**9),
                "headline": _teaser_title(self.rng),
                "url": f"/story/{self.rng.randrange(10**7)}",
                "section": self.rng.choice(SECTIONS),
                "image": {"src": f"https://cdn.news.example/{self.rng.randrange(16**8):x}.jpg"},
            }
            state.append(item)
            remaining -= len(json.dumps(item)) + 1
        blob = json.dumps({"props": {"pageProps": {"stories": state}}}, separators=(",", ":"))
        return (
            html
            + "".join(markup)
            + before_body_end
            + f'<script id="__NEXT_DATA__" type="application/json">{blob}</script>'
            + "</body></html>"
        )

    # The four styles --------------------------------------------------------------------

    def wire(self) -> str:
        """A wire service: compact furniture, the article in numbered paragraphs."""
        head = self.head(
            f'<meta property="og:site_name" content="{escape(self.outlet)}">'
            f'<meta property="article:published_time" content="{_iso(self.published)}">'
            + self.json_ld()
        )
        paragraphs = "".join(
            f'<p data-testid="paragraph-{i}" class="text__paragraph">{escape(p)}</p>'
            for i, p in enumerate(self.body)
        )
        html = (
            f'{head}<body><a class="skip" href="#main">Skip to main content</a>'
            f"<header>{self.nav(mega=False)}</header><main id='main'><article>"
            f'<h1 data-testid="Heading">{escape(self.title)}</h1>'
            f'<div class="byline">By <a href="/authors/{self.n}">{escape(self.author)}</a>'
            f' <time datetime="{_iso(self.published)}">{self.published:%B %d, %Y %I:%M %p}'
            f" UTC</time></div>{self.share_bar()}"
            f'<div class="article-body">{paragraphs}'
            f'<p class="sign-off">Reporting by {escape(self.author)}; Editing by Desk Staff</p>'
            f"</div></article>{self.teasers(6, 'Read next')}</main>"
        )
        return self.finish(self.footer(4), html)

    def newspaper(self) -> str:
        """A newspaper: mega menu, ads between paragraphs, most read, comments, newsletter."""
        head = self.head(
            f'<meta property="og:title" content="{escape(self.title)}">'
            f'<meta property="og:site_name" content="{escape(self.outlet)}">'
            + self.json_ld()
            + "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':"
            "new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer',"
            "'GTM-XXXX');</script>"
        )
        body = []
        for i, paragraph in enumerate(self.body):
            body.append(f"<p>{escape(paragraph)}</p>")
            if i % 5 == 4:
                body.append(self.ad(i))
            if i == 8:
                body.append(
                    '<aside class="inline-related"><h4>Related</h4>'
                    f'<a href="/story/{self.n}1">{_teaser_title(self.rng)}</a></aside>'
                )
        html = (
            f'{head}<body><div id="cookie-banner" class="cmp"><p>We use cookies to improve '
            "your experience and to show personalised advertising.</p><button>Accept all"
            "</button><button>Manage preferences</button></div>"
            f'<header class="masthead">{self.ad(0)}<a class="logo" href="/">{self.icon()}'
            f"{escape(self.outlet)}</a>{self.nav(mega=True)}</header>"
            '<div class="layout"><main><article class="story">'
            f'<nav class="breadcrumb"><a href="/">Home</a> › <a href="/world">World</a></nav>'
            f"<h1>{escape(self.title)}</h1>"
            f'<p class="standfirst">{escape(self.body[0][:180])}</p>'
            f'<figure><img src="https://cdn.news.example/lead/{self.n}.jpg" alt="">'
            "<figcaption>Photograph: Agency</figcaption></figure>"
            f'<div class="byline">{escape(self.author)} · <time datetime="'
            f'{_iso(self.published)}">{self.published:%a %d %b %Y %H.%M}</time></div>'
            f'{self.share_bar()}<div class="article-body">{"".join(body)}</div>'
            '<div class="newsletter"><h3>Sign up for the morning briefing</h3><form>'
            '<input type="email" placeholder="Your email"><button>Sign up</button></form></div>'
            f"</article>{self.comments(self.rng.randint(25, 60))}</main>"
            f'<aside class="rail">{self.ad(90)}{self.teasers(10, "Most read", "most-read")}'
            f"{self.ad(91)}{self.teasers(8, 'Opinion', 'opinion')}</aside></div>"
            f"{self.teasers(12, 'More from ' + escape(self.outlet))}"
        )
        return self.finish(self.footer(12), html)

    def government(self) -> str:
        """A ministry's press release: no article meta, the date in the text, big menus."""
        ministry = "Ministry of Foreign Affairs"
        sidebar = "".join(
            f'<li><a href="/services/{i}">{_teaser_title(self.rng)}</a></li>' for i in range(40)
        )
        html = (
            f"{self.head()}<body><div class='gov-banner'>An official website of the government"
            f"</div><header><a href='/'>{ministry}</a>{self.nav(mega=True)}</header>"
            '<div class="container"><nav class="breadcrumb"><a href="/">Home</a> › '
            '<a href="/news">News</a> › <a href="/news/press-releases">Press releases</a></nav>'
            f'<aside class="sidebar"><h2>Services</h2><ul>{sidebar}</ul></aside>'
            f'<main><div class="press-release"><p class="doc-type">Press release</p>'
            f"<h1>{escape(self.title)}</h1>"
            f'<p class="published">Published {self.published:%d %B %Y}</p>'
            f'<div class="govspeak">{self.paragraphs()}'
            "<h2>Notes to editors</h2><p>For media enquiries contact the press office on "
            "+00 20 7000 0000.</p></div></div>"
            f'<p class="updated">Last updated {self.published + timedelta(days=2):%d %B %Y}</p>'
            "</main></div>"
            "<div class='feedback'><h2>Is this page useful?</h2><button>Yes</button>"
            "<button>No</button><a href='/contact'>Report a problem with this page</a></div>"
        )
        return self.finish(self.footer(8), html)

    def live(self) -> str:
        """A live page: the article as timestamped entries, newest first."""
        entries = []
        for i, paragraph in enumerate(self.body):
            at = self.published + timedelta(minutes=7 * (len(self.body) - i))
            entries.append(
                f'<article class="live-entry" id="entry-{i}"><header><time datetime="'
                f'{_iso(at)}">{at:%H:%M}</time></header>'
                f"<p>{escape(paragraph)}</p>{self.share_bar()}</article>"
            )
        head = self.head(
            f'<meta itemprop="datePublished" content="{_iso(self.published)}">'
            + self.json_ld("LiveBlogPosting")
        )
        html = (
            f"{head}<body><header>{self.nav(mega=True)}</header><main>"
            f'<h1>Live: {escape(self.title)}</h1><p class="live-badge">Updated'
            f' {self.published:%H:%M}</p><div class="key-events"><h2>Key events</h2><ul>'
            + "".join(f'<li><a href="#entry-{i}">Entry {i}</a></li>' for i in range(6))
            + f'</ul></div><div class="live-feed">{"".join(entries)}</div>'
            f"{self.comments(self.rng.randint(10, 30))}</main>"
            f'<aside class="rail">{self.teasers(10, "Most read", "most-read")}</aside>'
        )
        return self.finish(self.footer(6), html)
