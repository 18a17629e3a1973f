"""Values in editors' terms (report.wording), and the editors' page showing them."""

from __future__ import annotations

import pytest

from daejo.models import Interval
from daejo.report.html import render_html
from daejo.report.wording import as_of_text, editor_value, korean_number, published_text, shown_modality, span_text
from tests.report.editor_sample import EOK, build, quantity, time
from tests.report.htmlpage import elements


@pytest.mark.parametrize(("value", "ko", "en"), [
    (quantity("6000억 개", 6000 * EOK), "6,000억 개", "600,000,000,000 개"),
    (quantity("약 3000억 개", 3000 * EOK, bound="approx", low=2700 * EOK, high=3300 * EOK),
     "약 2,700억–3,300억 개", "about 270,000,000,000–330,000,000,000 개"),
    (quantity("약 40명", 40, unit="명", bound="approx"), "약 40 명", "about 40 명"),
    (quantity("120만 명 이상", 1_200_000, unit="명", bound="at_least", high=None), "120만 명 이상", "at least 1,200,000 명"),
    (quantity("300만 대 넘게", 3_000_000, unit="대", bound="more_than", high=None), "300만 대 초과", "more than 3,000,000 대"),
    (quantity("10% 미만", 10, unit="%", bound="less_than", low=None), "10% 미만", "less than 10%"),
    (quantity("1조 5000억원", 15000 * EOK, unit="KRW", kind="money"), "1조 5,000억 원", "KRW 1,500,000,000,000"),
    (quantity("1,478.6원", 1478.6, unit="KRW", kind="money"), "1,478.6 원", "KRW 1,478.6"),
    (quantity("9억 달러", 9 * EOK, unit="USD", kind="money"), "9억 달러", "USD 900,000,000"),
    (quantity("5~7%", 6, unit="%", bound="range", low=5, high=7), "5–7%", "5–7%"),
    (time("2021년 12월", "2021-12-01", "2022-01-01", "month"), "2021년 12월", "Dec 2021"),
    (time("2020년 12월 7일", "2020-12-07", "2020-12-08", "day"), "2020년 12월 7일", "7 Dec 2020"),
    (time("2019년", "2019-01-01", "2020-01-01", "year"), "2019년", "2019"),
    (time("상반기", "2023-01-01", "2023-07-01", "half"), "2023년 상반기", "H1 2023"),
    (time("2020년 말", "2020-10-01", "2021-01-01", "part_of_month"), "2020년 4분기", "Q4 2020"),
    (time("8월 하순", "2023-08-21", "2023-09-01", "part_of_month"), "2023년 8월 하순", "late Aug 2023"),
    (time("11~17일", "2023-08-11", "2023-08-18", "week"), "2023년 8월 11일–17일", "11 Aug–17 Aug 2023"),
    (time("오후 8시부터", "2024-04-10T20:00", "2024-04-10T21:00", "hour", "since"), "2024년 4월 10일 20시부터", "from 10 Apr 2024 20:00"),
    (time("2030년까지", "2030-01-01", "2031-01-01", "year", "deadline"), "2030년까지", "by 2030"),
    (time("3년 안에", "2021-01-01", "2024-01-01", "year", "deadline"), "2023년까지", "by 2023"),
    (time("1996년생", "1996-01-01", "1997-01-01", "year", "birth"), "1996년생", "born 1996"),
])
def test_values_read_as_an_article_writes_them(value, ko, en):
    assert editor_value(value, "ko") == ko
    assert editor_value(value, "en") == en


def test_no_checker_notation_in_editor_values():
    for v in (time("x", "2021-12-01", "2022-01-01", "month"), quantity("x", 6000 * EOK)):
        text = editor_value(v)
        assert "[" not in text and ")" not in text and "exact" not in text and "정확" not in text
    assert editor_value(None) == "—"


def test_numbers_spans_and_dates():
    assert korean_number(1_500_000_000_000) == "1조 5,000억" and korean_number(25_000) == "2만 5,000"
    assert korean_number(270_000_000_000.0) == "2,700억" and korean_number(-70) == "-70"
    assert span_text("2021-01-01", "2023-01-01") == "2021년–2022년"
    assert span_text("2023-03-01", "2023-06-01") == "2023년 3월–5월"
    assert as_of_text(Interval(start="2023-06-15", end="2023-06-16")) == "2023년 6월 15일"
    assert as_of_text(None) == "–"
    assert published_text("2023-06-15T10:00:00+09:00") == "2023-06-15 10:00" and published_text("2022") == "2022"


def test_a_birth_year_is_never_a_plan():
    birth = time("1976년생", "1976-01-01", "1977-01-01", "year", "birth")
    assert shown_modality("planned", birth) == "asserted"
    assert shown_modality("planned", time("연내", "2023-01-01", "2024-01-01", "year", "deadline")) == "planned"
    findings, ledger, checked = build()
    page = render_html(findings, ledger, checked=checked)
    (sheet,) = elements(page, id="entity-kim-minjun")
    (row,) = [r for r in elements(sheet[1], tag="tr") if "1996년생" in r[2]]
    assert "planned" not in (row[0].get("class") or "") and "단정" in row[2] and "계획" not in row[2]


def test_the_page_shows_editor_values_korean_labels_and_dates():
    findings, ledger, checked = build()
    page = render_html(findings, ledger, checked=checked)
    (card,) = elements(page, id="finding-aaaa00000001")
    values = [text for _, _, text in elements(card[1], cls="value")]
    assert values == ["2021년 12월", "2020년 12월 7일", "2020년 4분기"]
    assert [t for _, _, t in elements(card[1], cls="as-of")][0] == "2023년 6월 15일"
    assert "(exact)" not in page and "[2021-12-01" not in page.replace('title="[2021-12-01', "")
    assert "설립 시점" in card[2] and "founded_date" not in card[2]  # the attribute by its label
    assert "2023-06-15 10:00" in card[2] and "T10:00:00" not in card[2]
    (params,) = elements(page, id="finding-bbbb00000002")
    assert "약 2,700억–3,300억 개" in params[2] and "파라미터 수" in params[2]
    (seohae,) = elements(page, id="entity-seohae")
    assert "120만 명 이상" in seohae[2]
    assert ">설립 시점</option>" in page  # the attribute filter
    # the checker's notation stays at hand, on hover
    assert 'title="[2021-12-01, 2022-01-01) 월"' in page
