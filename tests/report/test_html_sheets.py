"""Fact sheets for what the checked articles touch; the rest of the ledger behind a switch."""

from __future__ import annotations

from daejo.report.html import render_html
from tests.report.editor_sample import build
from tests.report.htmlpage import elements


def _sheet_ids(markup: str) -> list[str]:
    return [a["id"] for a, _, _ in elements(markup, cls="sheet")]


def test_only_touched_entities_are_open_the_others_behind_details():
    findings, ledger, checked = build()
    page = render_html(findings, ledger, checked=checked)
    (other,) = elements(page, id="other-sheets", tag="details")
    assert "open" not in other[0]
    hidden = _sheet_ids(other[1])
    # the checked article names nurilab and nurion; the sports article's entities are not in it
    assert sorted(hidden) == ["entity-kim-minjun", "entity-seohae"]
    shown = [s for s in _sheet_ids(page) if s not in hidden]
    assert shown == ["entity-nurilab", "entity-nurion"]
    assert "개체 2곳의 사실 기록" in other[2]
    # the switch comes after the open sheets
    assert page.index('id="entity-nurion"') < page.index('id="other-sheets"') < page.index('id="entity-seohae"')


def test_without_checked_articles_every_sheet_is_open():
    findings, ledger, _ = build()
    page = render_html(findings, ledger)
    assert 'id="other-sheets"' not in page
    assert len(_sheet_ids(page)) == 4


def test_a_deep_link_into_the_closed_switch_opens_it():
    findings, ledger, checked = build()
    page = render_html(findings, ledger, checked=checked)
    script = page.rsplit("<script>", 1)[1]
    assert 'closest("details:not([open])")' in script and "closed.open = true" in script


def test_sheets_in_dispute_come_first():
    from daejo.report.html import entity_sheets

    findings, ledger, _ = build()
    sheets = entity_sheets(ledger, findings)
    assert [s.entity for s in sheets] == ["nurilab", "nurion", "kim-minjun", "seohae"]
    assert [bool(s.conflicts) for s in sheets] == [True, True, False, False]


def test_a_deep_link_target_clears_the_sticky_filter_bar():
    findings, ledger, checked = build()
    page = render_html(findings, ledger, checked=checked)
    assert ".card, .sheet, figure.chart { scroll-margin-top: 72px; }" in page
