"""Each finding card tells the article being checked from the stored (ledger) ones."""

from __future__ import annotations

from daejo.report.html import render_html
from tests.report.editor_sample import build
from tests.report.htmlpage import elements


def _sides(page: str, finding: str) -> list[tuple[dict, str, str]]:
    (card,) = elements(page, id=f"finding-{finding}")
    return elements(card[1], cls="side")


def test_the_checked_side_is_marked_and_comes_first():
    findings, ledger, checked = build()
    page = render_html(findings, ledger, checked=checked)
    # the parameter finding lists the stored article first; the card puts the checked one first
    sides = _sides(page, "bbbb00000002")
    assert [a["data-article"] for a, _, _ in sides] == ["dongbang-new", "alpha"]
    assert sides[0][0]["class"].split() == ["side", "checked"] and sides[0][2].startswith("검토 중인 기사")
    assert sides[1][0]["class"].split() == ["side", "stored"] and sides[1][2].startswith("저장된 기사")
    sides = _sides(page, "aaaa00000001")
    assert [a["class"].split()[1] for a, _, _ in sides] == ["checked", "stored", "stored"]


def test_fact_sheet_rows_and_the_article_filter_mark_the_checked_article():
    findings, ledger, checked = build()
    page = render_html(findings, ledger, checked=checked)
    rows = [a for a, _, _ in elements(page, tag="tr") if "checked" in (a.get("class") or "").split()]
    assert rows and all("conflict" in a["class"] for a in rows)  # both of its claims are in a finding
    options = [text for _, _, text in elements(page, tag="option")]
    assert "dongbang-new (검토)" in options and "alpha" in options


def test_unknown_or_all_checked_leaves_the_sides_unmarked():
    findings, ledger, _ = build()
    for checked in (None, [a.article for a in ledger]):
        page = render_html(findings, ledger, checked=checked)
        sides = _sides(page, "bbbb00000002")
        assert [a["data-article"] for a, _, _ in sides] == ["alpha", "dongbang-new"]  # the reconciler's order
        assert all(a["class"] == "side" for a, _, _ in sides)
        assert "검토 중인 기사" not in page and "저장된 기사" not in page


def test_each_card_has_a_button_that_copies_the_accept_command():
    findings, ledger, checked = build()
    page = render_html(findings, ledger, checked=checked)
    for finding in findings:
        (card,) = elements(page, id=f"finding-{finding.id}")
        (button,) = elements(card[1], tag="button", cls="copy-fp")
        assert button[0]["data-copy"] == f"daejo decide accept {finding.id[:8]}"
        assert button[2] == f"fp {finding.id[:8]}"
