"""The editors' page as an editor sees it, in Chromium: the overview at the top, the
checked article marked in each finding, fact sheets of what it touches (the rest behind
a switch), values in editors' terms, and charts whose labels do not collide.

With DAEJO_UPDATE_EXAMPLES=1 the run also rewrites docs/examples/ (the example page of
the fixtures and its screenshots); otherwise the screenshots go to a temporary folder.
"""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from daejo.report.html import render_html
from tests.report.editor_sample import build

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"
UPDATE = os.environ.get("DAEJO_UPDATE_EXAMPLES") == "1"
# the example: reporting on the fire, the phone and the founding date checked against the ledger
EXAMPLE_INPUTS = ["fixtures/incoming", "fixtures/articles/namdo-haenuri-fire-0940.md",
                  "fixtures/articles/namdo-haenuri-fire-2010.md", "fixtures/articles/namdo-araphone-s7-yearend.md",
                  "fixtures/articles/hanbit-araphone-s7-launch.md"]


def _shown(driver, css: str) -> list:
    return [e for e in driver.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]


def _box(driver, element) -> tuple[float, float, float, float]:
    r = driver.execute_script("var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];", element)
    return tuple(r)


def _overlap(a, b) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


def _capture(driver, element, path: Path, max_height: int = 2400) -> None:
    """A screenshot of one element (the whole page: ``body``), cut at ``max_height``."""
    driver.execute_script("document.querySelectorAll('.card, .sheet').forEach(function (e) { e.style.contentVisibility = 'visible'; });")
    x, y, w, h = driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, r.width, r.height];", element)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": x, "y": y, "width": w, "height": min(h, max_height), "scale": 1}})
    path.write_bytes(base64.b64decode(shot["data"]))


def test_the_editor_page_in_the_browser(browser, tmp_path: Path):
    findings, ledger, checked = build()
    page = tmp_path / "editor.html"
    page.write_text(render_html(findings, ledger, checked=checked, version="test"), encoding="utf-8")
    browser.get(page.as_uri())

    # 1. the overview is the first thing under the summary, above the finding cards
    overview = browser.find_element(By.ID, "overview")
    assert overview.is_displayed()
    assert _box(browser, overview)[3] <= _box(browser, browser.find_element(By.ID, "cards"))[1]
    rows = _shown(browser, "#pairs tr.pair")
    assert [r.find_element(By.CSS_SELECTOR, ".art.checked").text for r in rows] == ["검토 동방일보 2023-06-15 10:00"] * 2
    assert [c.text for c in rows[0].find_elements(By.CSS_SELECTOR, "td.num")] == ["1", "1", "0"]
    rows[0].find_element(By.CSS_SELECTOR, "a.fact.warning").click()
    assert browser.execute_script("return location.hash") == "#finding-bbbb00000002"
    assert _shown(browser, ".story .dispute")[0].text.startswith("오류 누리랩 · 설립 시점")

    # 2. the checked article's side first and marked, the stored ones marked as stored
    sides = _shown(browser, "#finding-bbbb00000002 .side")
    assert [s.get_attribute("data-article") for s in sides] == ["dongbang-new", "alpha"]
    assert sides[0].find_element(By.CSS_SELECTOR, ".tag.checked").text == "검토 중인 기사"
    assert sides[1].find_element(By.CSS_SELECTOR, ".tag.stored").text == "저장된 기사"
    left, right = _box(browser, sides[0]), _box(browser, sides[1])
    assert left[0] < right[0]  # side by side, the checked one on the left

    # 3. fact sheets of what the checked article touches; the rest behind a closed switch
    assert {s.get_attribute("id") for s in _shown(browser, "section.sheet")} == {"entity-nurilab", "entity-nurion"}
    switch = browser.find_element(By.ID, "other-sheets")
    assert switch.get_attribute("open") is None and not browser.find_element(By.ID, "entity-seohae").is_displayed()
    browser.get(page.as_uri() + "#entity-seohae")  # a deep link into the switch opens it
    browser.execute_script("window.dispatchEvent(new HashChangeEvent('hashchange'))")
    assert browser.find_element(By.ID, "entity-seohae").is_displayed()
    assert "120만 명 이상" in browser.find_element(By.ID, "entity-seohae").text

    # 4. values in editors' terms, no checker notation in the visible text
    card = browser.find_element(By.ID, "finding-aaaa00000001")
    assert [v.text for v in card.find_elements(By.CSS_SELECTOR, "dd.value")] == ["2021년 12월", "2020년 12월 7일", "2020년 4분기"]
    assert "설립 시점" in card.find_element(By.TAG_NAME, "h3").text
    visible = browser.find_element(By.TAG_NAME, "main").text
    assert not re.search(r"\[\d{4}-\d\d-\d\d", visible) and "(exact)" not in visible and "founded_date" not in visible
    assert "1996년생" in browser.find_element(By.ID, "entity-kim-minjun").text

    # 5. charts: a time axis for the founding date, the disputed values labelled, nothing colliding
    chart = browser.find_element(By.CSS_SELECTOR, "#entity-nurilab figure.chart[data-unit='time']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", chart)
    labels = chart.find_elements(By.CSS_SELECTOR, "text.value-label")
    assert sorted(label.text for label in labels) == sorted(["2021년 12월", "2020년 12월 7일", "2020년 4분기"])
    boxes = [_box(browser, label) for label in labels]
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    svg = _box(browser, chart.find_element(By.TAG_NAME, "svg"))
    assert all(svg[0] <= b[0] and b[2] <= svg[2] + 1 for b in boxes)  # inside the chart
    for css in ("text.xtick", "text.ytick"):
        ticks = [_box(browser, t) for t in chart.find_elements(By.CSS_SELECTOR, css)]
        assert len(ticks) >= 3 and not any(_overlap(a, b) for a, b in zip(ticks, ticks[1:]))
    assert len(chart.find_elements(By.CSS_SELECTOR, "g.point.conflict.checked")) == 1
    _capture(browser, chart, tmp_path / "chart.png")
    assert (tmp_path / "chart.png").stat().st_size > 5_000


@pytest.fixture(scope="module")
def example_report(tmp_path_factory) -> Path:
    """The fixtures' example page, made by `daejo report` itself: some articles checked
    against the ledger in claims/."""
    out = EXAMPLES / "report.html" if UPDATE else tmp_path_factory.mktemp("example") / "report.html"
    cmd = [sys.executable, "-m", "daejo", "report", *EXAMPLE_INPUTS, "--ledger", "claims", "--output", str(out)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return out


def test_the_example_page_of_the_fixtures(browser, example_report: Path, tmp_path: Path):
    browser.get(example_report.as_uri())
    pairs = _shown(browser, "#pairs tr.pair")
    assert len(pairs) >= 5
    # every pair starts from a checked article, and the counts add up to the summary's
    assert all(p.find_elements(By.CSS_SELECTOR, "td:first-child .tag.checked") for p in pairs)
    errors = sum(int(p.find_elements(By.CSS_SELECTOR, "td.num")[0].text) for p in pairs)
    assert errors >= int(browser.find_element(By.CSS_SELECTOR, ".stat .badge.error + b").text)
    for card in _shown(browser, "#cards > .card"):
        sides = card.find_elements(By.CSS_SELECTOR, ".side")
        assert "checked" in sides[0].get_attribute("class").split()
    assert _shown(browser, "details#other-sheets > summary")
    # every chart on the page keeps its value labels apart
    browser.execute_script("document.querySelectorAll('details').forEach(function (d) { d.open = true; });")
    charts = browser.find_elements(By.CSS_SELECTOR, "figure.chart")
    assert charts
    for chart in charts:
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", chart)
        boxes = [_box(browser, t) for t in chart.find_elements(By.CSS_SELECTOR, "text.value-label")]
        assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), chart.get_attribute("outerHTML")[:300]
    browser.execute_script("document.querySelectorAll('details').forEach(function (d) { d.open = false; });")
    browser.execute_script("window.scrollTo(0, 0)")

    target = EXAMPLES if UPDATE else tmp_path
    _capture(browser, browser.find_element(By.TAG_NAME, "body"), target / "report.png", max_height=2600)
    _capture(browser, browser.find_element(By.ID, "overview"), target / "report-overview.png")
    disputed = browser.find_element(By.CSS_SELECTOR, "section.sheet figure.chart[data-unit='time']")
    _capture(browser, disputed, target / "report-chart.png")
    for name in ("report.png", "report-overview.png", "report-chart.png"):
        assert (target / name).stat().st_size > 10_000


def test_the_fingerprint_button_copies_the_accept_command(browser, tmp_path: Path):
    findings, ledger, checked = build()
    page = tmp_path / "editor.html"
    page.write_text(render_html(findings, ledger, checked=checked, version="test"), encoding="utf-8")
    browser.get(page.as_uri())
    button = browser.find_element(By.CSS_SELECTOR, f"#finding-{findings[0].id} button.copy-fp")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    assert button.get_attribute("data-copy") == f"daejo decide accept {findings[0].id[:8]}"
    button.click()
    for _ in range(50):  # the clipboard answers asynchronously
        if button.get_attribute("data-copied") == "1":
            break
        browser.execute_script("return 0")
    assert button.get_attribute("data-copied") == "1" and "copied" in button.get_attribute("class").split()
