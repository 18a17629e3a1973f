"""The HTML report in a real browser: visible cards, filters, deep links, no script injection."""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from daejo.report.html import render_html
from tests.htmlreport.sample import build

pytestmark = pytest.mark.browser


def _visible_cards(driver) -> list[str]:
    return [c.get_attribute("id") for c in driver.find_elements(By.CSS_SELECTOR, "#cards > .card") if c.is_displayed()]


def test_cards_filters_and_deep_links(browser, tmp_path: Path):
    findings, ledger = build()
    page = tmp_path / "report.html"
    page.write_text(render_html(findings, ledger, version="test"), encoding="utf-8")
    browser.get(page.as_uri())
    assert sorted(_visible_cards(browser)) == ["finding-0a0b0c0d0e0f", "finding-f1a2b3c4d5e6"]
    sheets = [s for s in browser.find_elements(By.CSS_SELECTOR, "section.sheet") if s.is_displayed()]
    assert {s.get_attribute("id") for s in sheets} == {"entity-nurion", "entity-hanbit-lab"}
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#finding-f1a2b3c4d5e6 mark")]
    assert marks == ["6000억 개", "약 3000억 개"]

    Select(browser.find_element(By.ID, "f-severity")).select_by_value("info")
    assert _visible_cards(browser) == ["finding-0a0b0c0d0e0f"]
    assert browser.find_element(By.ID, "f-count").text == "1 / 1"

    # a deep link to a card hidden by the filter clears the filter and shows it
    browser.get(page.as_uri() + "#finding-f1a2b3c4d5e6")
    browser.execute_script("window.dispatchEvent(new HashChangeEvent('hashchange'))")
    assert "finding-f1a2b3c4d5e6" in _visible_cards(browser)
    assert browser.execute_script("return location.hash") == "#finding-f1a2b3c4d5e6"

    # the entity link in a card leads to the fact sheet
    browser.find_element(By.CSS_SELECTOR, "#finding-f1a2b3c4d5e6 a.entity-link").click()
    assert browser.execute_script("return location.hash") == "#entity-nurion"
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000


def test_hostile_article_content_does_not_execute(browser, tmp_path: Path):
    findings, ledger = build(hostile=True)
    page = tmp_path / "hostile.html"
    page.write_text(render_html(findings, ledger), encoding="utf-8")
    browser.get(page.as_uri())
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - touching it raises when there is none
    # the hostile text is shown as text, and the page's own script still ran
    assert "<script>" in browser.find_element(By.CSS_SELECTOR, "#finding-f1a2b3c4d5e6 .side .title").text
    assert browser.find_element(By.ID, "f-count").text == "2 / 2"
    assert browser.find_elements(By.CSS_SELECTOR, "img[src='x']") == []
    assert browser.find_elements(By.CSS_SELECTOR, "svg[onload]") == []


@pytest.fixture(scope="module")
def fixtures_report(tmp_path_factory) -> tuple[Path, list]:
    """The report of the bundled fixture articles, made by `daejo report` itself."""
    import json
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    out = tmp_path_factory.mktemp("report")
    empty_ledger = out / "ledger"
    empty_ledger.mkdir()
    page = out / "fixtures.html"
    cmd = [sys.executable, "-m", "daejo", "report", "fixtures/articles", "--ledger", str(empty_ledger), "--output", str(page)]
    done = subprocess.run(cmd, cwd=root, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    cmd = [sys.executable, "-m", "daejo", "check", "fixtures/articles", "--ledger", str(empty_ledger), "-f", "json"]
    findings = json.loads(subprocess.run(cmd, cwd=root, capture_output=True, text=True, timeout=300).stdout)["findings"]
    return page, findings


def test_fixtures_report_in_the_browser(browser, fixtures_report, tmp_path: Path):
    page, findings = fixtures_report
    browser.get(page.as_uri())
    cards = _visible_cards(browser)
    assert len(cards) == len(findings) > 5
    assert {f"finding-{f['id']}" for f in findings} == set(cards)
    sheets = [s for s in browser.find_elements(By.CSS_SELECTOR, "section.sheet") if s.is_displayed()]
    assert len(sheets) >= 10  # one fact sheet per entity with claims
    # every card shows two highlighted values (or one for single-claim findings)
    for card_id in cards:
        marks = browser.find_elements(By.CSS_SELECTOR, f"#{card_id} mark")
        assert 1 <= len(marks) <= 3 and all(m.text for m in marks)

    warnings = [f for f in findings if f["severity"] == "warning"]
    Select(browser.find_element(By.ID, "f-severity")).select_by_value("warning")
    assert sorted(_visible_cards(browser)) == sorted(f"finding-{f['id']}" for f in warnings)
    Select(browser.find_element(By.ID, "f-severity")).select_by_value("")
    entity = findings[0]["entity"]
    Select(browser.find_element(By.ID, "f-entity")).select_by_value(entity)
    assert sorted(_visible_cards(browser)) == sorted(f"finding-{f['id']}" for f in findings if f["entity"] == entity)

    browser.get(page.as_uri() + f"#finding-{findings[-1]['id']}")
    browser.execute_script("window.dispatchEvent(new HashChangeEvent('hashchange'))")
    assert f"finding-{findings[-1]['id']}" in _visible_cards(browser)
    shot = tmp_path / "fixtures-report.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 20_000
