"""The pages in headless Chromium (Debian's package), against a live server.

Transactional: the live server's thread must see the data, so the test commits it; the flush
afterwards empties the tables, hence the reference data is loaded again first.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
NEUTRAL_YELLOW = "rgb(240, 228, 66)"
NO_RECORD_GREY = "rgb(232, 232, 232)"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser():
    if not shutil.which(CHROMIUM):
        message = f"{CHROMIUM} is missing: apt-get install -y chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def seeded(request):
    call_command("load_reference_data", verbosity=0)
    return request.getfixturevalue("cambodia_seed")


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.on("requestfailed", lambda request: violations.append(f"failed: {request.url}"))
    yield page
    assert violations == [], violations
    page.close()


def shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def fill_of(page, iso3: str) -> str:
    return page.eval_on_selector(
        f'.world-map a[data-iso3="{iso3}"] path', "path => getComputedStyle(path).fill"
    )


def test_the_map_colours_cambodia_neutral_and_the_as_of_control_redraws_it(
    live_server, seeded, page
):
    page.goto(f"{live_server.url}/conflicts/russia-ukraine-war/?as_of=2022-03-03")
    assert fill_of(page, "KHM") == NEUTRAL_YELLOW
    assert "Cambodia: Neutral" in page.text_content('.world-map a[data-iso3="KHM"] title')
    page.locator("#map").screenshot(path=str(ARTIFACTS / "conflict-map.png"))
    shoot(page, "conflict")

    page.fill("#id_as_of", "2022-03-01")
    page.click("form.controls button[type=submit]")
    page.wait_for_url("**as_of=2022-03-01**")
    assert fill_of(page, "KHM") == NO_RECORD_GREY
    assert "No recorded stance" in page.text_content('.world-map a[data-iso3="KHM"] title')


def test_the_conflict_page_reads_on_a_phone(live_server, seeded, browser):
    phone = browser.new_page(viewport={"width": 390, "height": 844})
    phone.goto(f"{live_server.url}/conflicts/russia-ukraine-war/?as_of=2022-03-03")
    # Nothing wider than the screen: the map and the tables fit.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shoot(phone, "conflict-phone")
    phone.close()


def test_the_country_and_timeline_pages_show_what_cambodia_said_and_voted(
    live_server, seeded, page
):
    page.goto(f"{live_server.url}/countries/KHM/")
    assert "voted yes on A/RES/ES-11/1" in page.text_content("#differences-heading + ul")
    shoot(page, "country")

    page.click('a[href="/countries/KHM/conflicts/russia-ukraine-war/"]')
    page.wait_for_selector("svg.timeline-chart")
    assert page.locator("svg.timeline-chart a.mark.change").count() == 1
    shoot(page, "timeline")


def test_search_finds_the_seed_statement(live_server, seeded, page):
    page.goto(live_server.url)
    page.fill("#site-q", "parties")
    page.press("#site-q", "Enter")
    page.wait_for_url("**/search/?q=parties")
    assert page.locator("article.statement").count() == 1
    assert page.text_content("article.statement mark") == "parties"
    shoot(page, "search")


def test_the_map_works_by_keyboard(live_server, seeded, page):
    page.goto(f"{live_server.url}/conflicts/russia-ukraine-war/?as_of=2022-03-03")
    page.focus('.world-map a[data-iso3="KHM"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/countries/KHM/")
