"""Charts an editor can read: one axis per unit and currency, round ticks, disputed
values marked and labelled, a fact's values against publication date."""

from __future__ import annotations

import math

import pytest

from daejo.report.charts import date_ticks, fact_charts, nice_ticks, place_labels
from daejo.report.html import entity_sheets, render_html
from tests.report.editor_sample import EOK, build
from tests.report.htmlpage import elements


def _round_step(step: float) -> bool:
    mantissa = step / 10 ** math.floor(math.log10(step))
    return any(math.isclose(mantissa, m) for m in (1, 2, 2.5, 5))


@pytest.mark.parametrize(("lo", "hi"), [(13.5, 40), (2700 * EOK, 6000 * EOK), (1_199_000, 1_342_000), (0.3, 0.9), (70, 70), (-5, 12)])
def test_ticks_are_round_and_cover_the_values(lo, hi):
    ticks = nice_ticks(lo, hi)
    assert ticks[0] <= lo and ticks[-1] >= hi and 3 <= len(ticks) <= 8
    steps = {round(b - a, 9) for a, b in zip(ticks, ticks[1:])}
    assert len(steps) == 1
    step = steps.pop()
    assert _round_step(step) and all(math.isclose(t / step, round(t / step), abs_tol=1e-9) for t in ticks)


def test_date_ticks_are_whole_years_months_or_days():
    from datetime import date

    d = lambda s: date.fromisoformat(s).toordinal()  # noqa: E731
    years = date_ticks(d("2019-03-05"), d("2023-06-15"))
    assert [label for _, label in years] == ["2019년", "2020년", "2021년", "2022년", "2023년", "2024년"]
    months = date_ticks(d("2023-03-10"), d("2023-12-28"))
    assert months[0][1] == "2023년 3월" and months[-1][1] == "2024년 1월" and len(months) <= 7
    assert all(date.fromordinal(t).day == 1 for t, _ in months)
    days = date_ticks(d("2024-05-11"), d("2024-05-14"), "en")
    assert [label for _, label in days] == ["5-11", "5-12", "5-13", "5-14"]


def _sheet(entity: str, **kw):
    findings, ledger, checked = build()
    (sheet,) = [s for s in entity_sheets(ledger, findings, checked=set(checked), **kw) if s.entity == entity]
    return {a.attribute: a for a in sheet.attributes}


def test_a_time_fact_against_publication_date_with_the_dispute_marked():
    (chart,) = _sheet("nurilab")["founded_date"].charts
    assert chart.time and chart.unit == "날짜"
    # one point per article, left to right by publication date: beta 2021, alpha 2023-03, the checked one 2023-06
    assert [p.value_text for p in chart.points] == ["2020년 4분기", "2020년 12월 7일", "2021년 12월"]
    assert [p.x for p in chart.points] == sorted(p.x for p in chart.points)
    assert all(p.conflict for p in chart.points) and chart.conflicts == 3
    assert [p.checked for p in chart.points] == [False, False, True]
    # a later founding date is higher on the chart; a quarter is a bar, a day nearly a point
    assert chart.points[2].y < chart.points[1].y
    assert chart.points[0].y0 - chart.points[0].y1 > chart.points[1].y0 - chart.points[1].y1
    assert all("년" in label for _, label in chart.yticks)


def test_one_chart_per_currency_never_one_axis_for_won_and_dollars():
    findings, ledger, checked = build()
    gamma = next(a for a in ledger if a.article == "gamma")
    usd = next(c for c in gamma.claims if c.value.unit == "USD")
    beta = next(a for a in ledger if a.article == "beta")
    beta.claims.append(usd.model_copy(update={"id": "b-u", "article": "beta"}))
    (sheet,) = [s for s in entity_sheets(ledger, findings) if s.entity == "nurilab"]
    charts = next(a for a in sheet.attributes if a.attribute == "revenue").charts
    assert sorted(c.key for c in charts) == ["money:KRW", "money:USD"]
    krw = next(c for c in charts if c.key == "money:KRW")
    assert krw.unit == "원" and [p.value_text for p in krw.points] == ["1조 2,000억 원", "1조 5,000억 원"]
    assert [label for _, label in krw.yticks][0].endswith("억") and not any(p.conflict for p in krw.points)


def test_a_single_claim_of_a_unit_gets_no_chart():
    assert _sheet("seohae")["attendance"].charts == []


def test_conflict_labels_do_not_overlap():
    (chart,) = _sheet("nurilab")["founded_date"].charts
    for p in chart.points:  # crowd them onto one spot
        p.x, p.y = 300.0, 100.0
    place_labels(chart)
    boxes = [(p.label_x, p.label_y) for p in chart.points]
    assert len(set(boxes)) == len(boxes)
    ys = sorted(y for _, y in boxes)
    assert all(b - a >= 14 for a, b in zip(ys, ys[1:]))


def test_the_page_draws_inline_svg_with_ticks_units_and_marked_values():
    findings, ledger, checked = build()
    page = render_html(findings, ledger, checked=checked)
    (sheet,) = elements(page, id="entity-nurilab")
    figures = elements(sheet[1], cls="chart")
    assert sorted(f[0]["data-unit"] for f in figures) == ["money:KRW", "time"]
    (figure,) = [f for f in figures if f[0]["data-unit"] == "time"]
    svg = figure[1]
    assert svg.count('class="point conflict') == 3 and 'class="point conflict checked"' in svg
    labels = [t for _, _, t in elements(svg, cls="value-label")]
    assert sorted(labels) == sorted(["2020년 4분기", "2020년 12월 7일", "2021년 12월"])
    assert "단위: 날짜" in figure[2] and "보도일" in figure[2]
    assert "<image" not in page and "href=\"http" not in page  # inline, no external assets
    # the overview links a disputed fact to its fact sheet and chart
    assert 'class="sheet-link muted" href="#entity-nurilab"' in page


def test_chart_labels_are_escaped():
    findings, ledger, checked = build()
    for a in ledger:
        for c in a.claims:
            if c.value.unit == "KRW":
                c.value.unit = "<script>alert(1)</script>"
    page = render_html(findings, ledger, checked=checked)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


def test_a_crowd_of_conflicts_gets_a_few_labels_the_checked_one_among_them():
    from daejo.report.charts import MAX_LABELS

    (chart,) = _sheet("nurilab")["founded_date"].charts
    template = chart.points[0]
    chart.points = [type(template)(**{**template.__dict__, "x": 100.0 + i, "y": 50.0 + i % 7}) for i in range(200)]
    chart.points[150].checked = True
    place_labels(chart)
    assert sum(p.labelled for p in chart.points) == MAX_LABELS and chart.points[150].labelled
