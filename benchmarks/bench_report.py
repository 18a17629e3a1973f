"""The editors' HTML report at newsroom size: render time, file size, page load.

    python -m benchmarks.bench_report [--articles 1000] [--no-write]

Claims come from the synthetic ledger generator (``benchmarks.claims``: invented
companies with planted contradictions), reconciled as one batch, then rendered by
``daejo.report.html.render_html``. A second run renders 2,000 findings (the real
ones repeated under new ids) to show the page stays usable past a few hundred
findings: cards beyond the first ``PAGE_SIZE`` are paged in by the page's script,
and ``content-visibility`` keeps off-screen cards from being laid out. A third
renders 100,000 findings: the page holds ``MAX_FINDINGS_PER_GROUP`` of each rule
and severity and counts the rest, so its size stays bounded. When
Chromium is installed the load time of each page is measured in the browser.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from benchmarks.claims import write_ledger
from benchmarks.report import replace_section, table
from daejo.ledger import read_ledger
from daejo.reconcile import reconcile
from daejo.report.html import MAX_FINDINGS_PER_GROUP, PAGE_SIZE, render_html

CLAIMS_PER_ARTICLE = 4


def _browser_load_seconds(page: Path) -> float | None:
    chromium, driver = "/usr/bin/chromium", "/usr/bin/chromedriver"
    if not (os.path.exists(chromium) and os.path.exists(driver)):
        return None
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", f"--user-data-dir={tempfile.mkdtemp()}"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(executable_path=driver), options=options)
    try:
        started = time.perf_counter()
        browser.get(page.as_uri())
        browser.execute_script("return document.readyState")
        elapsed = time.perf_counter() - started
        shown = browser.execute_script(
            "return Array.from(document.querySelectorAll('#cards > .card')).filter(c => c.offsetParent !== null).length")
        assert shown <= PAGE_SIZE, shown
        return elapsed
    finally:
        browser.quit()


def run(articles: int = 1000) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "claims"
        write_ledger(folder, articles * CLAIMS_PER_ARTICLE)
        started = time.perf_counter()
        entries = read_ledger(folder)
        findings = reconcile(entries, [])
        reconcile_s = time.perf_counter() - started
        rows = []
        for label, n in (("real", None), ("2,000 findings", 2000), ("100,000 findings", 100_000)):
            batch = findings if n is None else _repeat(findings, n)
            started = time.perf_counter()
            page_text = render_html(batch, entries)
            render_s = time.perf_counter() - started
            page = Path(tmp) / f"report-{len(batch)}.html"
            page.write_text(page_text, encoding="utf-8")
            rows.append({"label": label, "findings": len(batch), "cards": page_text.count('<article class="card'),
                         "render_s": render_s, "mb": len(page_text.encode()) / 1e6,
                         "load_s": _browser_load_seconds(page)})
            del batch, page_text
    return {"articles": len(entries), "claims": sum(len(e.claims) for e in entries), "reconcile_s": reconcile_s, "rows": rows}


def _repeat(findings: list, n: int) -> list:
    if not findings:
        return []
    out = []
    while len(out) < n:
        for f in findings:
            out.append(f.model_copy(update={"id": f"{f.id}{len(out):06d}"}))
    return out[:n]


def render(result: dict) -> str:
    rows = [[r["label"], r["findings"], r["cards"], round(r["render_s"], 2), round(r["mb"], 1),
             "–" if r["load_s"] is None else round(r["load_s"], 2)] for r in result["rows"]]
    return "\n".join([
        "## HTML report",
        "",
        f"`python -m benchmarks.bench_report`: {result['articles']:,} synthetic articles, {result['claims']:,} claims, "
        f"reconciled as one batch in {result['reconcile_s']:.1f} s, then rendered. Load time is until the document is "
        f"ready in headless Chromium; at most {PAGE_SIZE} cards are shown at once, the rest are paged in. "
        f"The page holds the first {MAX_FINDINGS_PER_GROUP} findings of each rule and severity and counts the rest "
        "(`daejo check --format json` lists them all), so its size stops growing with the findings.",
        "",
        table(["findings rendered", "count", "cards on the page", "render (s)", "file (MB)", "browser load (s)"], rows),
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    text = render(run(args.articles))
    print(text)
    if not args.no_write:
        replace_section("report", text)


if __name__ == "__main__":
    main()
