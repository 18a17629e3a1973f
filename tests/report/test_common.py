"""Shared helpers: ordering, paths, widths, positions and byte columns."""

from __future__ import annotations

import pytest

from daejo.report.common import (
    describe_value,
    display_width,
    end_position,
    quote_offset,
    relative_path,
    sort_findings,
    summary_line,
    utf8_column,
    utf8_end,
)

from .sample import FINDINGS, FOUNDED, HOSTILE, PARAMETERS, TARGET, meta, quantity, side, year


def test_findings_sort_by_severity_then_entity_attribute_id():
    assert [f.id for f in sort_findings(FINDINGS)] == [PARAMETERS.id, HOSTILE.id, FOUNDED.id, TARGET.id]


@pytest.mark.parametrize(
    "text, width",
    [("abc", 3), ("누리랩", 6), ("6000억개", 8), ("ｆｕｌｌ", 8), ("e\u0301", 1), ("", 0),
     ("\u1100\u1161", 2), ("누\u200b리", 4), ("🙂", 2)],  # conjoining jamo 가, a zero-width space, an emoji
)
def test_display_width_counts_wide_characters_twice(text, width):
    assert display_width(text) == width


@pytest.mark.parametrize(
    "path, root, expected",
    [
        ("/srv/news/기사/a.md", "/srv/news", "기사/a.md"),
        ("/srv/news/기사/a.md", "/srv/news/", "기사/a.md"),
        ("/elsewhere/a.md", "/srv/news", "/elsewhere/a.md"),
        ("news/a.md", None, "news/a.md"),
        ("news/./a.md", "news", "a.md"),
        ("C:\\news\\a.md", "C:\\news", "a.md"),
    ],
)
def test_relative_path(path, root, expected):
    assert relative_path(path, root) == expected


def test_end_position_of_a_one_line_quote_counts_code_points():
    first = PARAMETERS.claims[0]
    assert end_position(first) == (first.line, first.column + len("6000억개"))


def test_end_position_of_a_quote_across_a_line_break_ends_on_the_next_line():
    hostile = HOSTILE.claims[0]
    assert end_position(hostile) == (hostile.line + 1, len("[링크]") + 1)


def test_end_position_prefers_the_reconcilers_end():
    given = PARAMETERS.claims[0].model_copy(update={"end_line": 9, "end_column": 3})
    assert end_position(given) == (9, 3)


def test_quote_offset_uses_sentence_start_even_when_the_quote_repeats():
    sentence = "매출 100억 원, 다시 100억 원"
    second = side("a", "a.md", 1, 15, sentence, "100억 원", quantity("100억 원", 10**10, "KRW"), sentence_start=0)
    second = second.model_copy(update={"start": sentence.rindex("100억 원")})
    assert quote_offset(second) == sentence.rindex("100억 원")
    # without offsets an ambiguous quote is not guessed
    assert quote_offset(second.model_copy(update={"sentence_start": None})) is None


def _line_side(prefix: str, sentence: str, quote: str, **extra):
    """A side on a line that is ``prefix + sentence``; columns computed from that line."""
    column = len(prefix) + sentence.index(quote) + 1
    return side("a", "a.md", 1, column, sentence, quote, quantity(quote, 1, "개"), **extra)


def test_byte_column_is_exact_when_the_sentence_starts_the_line():
    sentence = "누리랩은 약 6000억개의 매개변수를 갖췄다."
    line = sentence
    located = _line_side("", sentence, "6000억개")
    start = utf8_column(located)
    _, end = utf8_end(located)
    assert line.encode("utf-8")[start - 1 : end - 1].decode("utf-8") == "6000억개"
    assert start == 1 + len("누리랩은 약 ".encode("utf-8")) == 18


def test_byte_column_estimates_text_before_the_sentence_from_its_script():
    prefix = "지난달 발표했다. "
    sentence = "누리랩은 약 6000억개의 매개변수를 갖췄다."
    exact = 1 + len((prefix + "누리랩은 약 ").encode("utf-8"))
    estimate = utf8_column(_line_side(prefix, sentence, "6000억개"))
    assert abs(estimate - exact) <= 3


def test_byte_column_from_the_reconciler_wins():
    assert utf8_column(_line_side("", "값은 5개다.", "5개", byte_column=99)) == 99


def test_describe_value_shows_value_bound_and_interval():
    text = describe_value(quantity("약 6000억개", 600_000_000_000, "개", "approx", 540_000_000_000, 660_000_000_000))
    assert text == "600,000,000,000 개 (approx, 540,000,000,000–660,000,000,000)"
    assert describe_value(quantity("5개", 5, "개")) == "5 개 (exact)"
    assert describe_value(year("2019년", "2019-01-01", "2020-01-01")) == "[2019-01-01, 2020-01-01) year"


def test_korean_value_lines_name_the_currency_as_articles_do():
    budget = quantity("3조2천억원", 3_200_000_000_000, "KRW", "exact", 3_150_000_000_000, 3_250_000_000_000)
    assert describe_value(budget, "ko") == "3조 2,000억 원 (정확, 3조 1,500억–3조 2,500억)"
    assert describe_value(budget, "ko", plain=True).startswith("3,200,000,000,000 KRW")  # the normalised form
    assert describe_value(budget).startswith("3,200,000,000,000 KRW")


def test_summary_line_counts_each_severity():
    assert summary_line(FINDINGS, meta()) == "4 findings (1 error, 2 warnings, 1 info) in 4 articles, 37 claims"
    assert summary_line([PARAMETERS], meta(articles=1, claims=1)) == (
        "1 finding (1 error, 0 warnings, 0 info) in 1 article, 1 claim"
    )


def test_a_fact_several_findings_dispute_is_tallied_by_value_and_article():
    # three articles give 6000억 (one as 6천억) and two 약 3000억: one line lists the
    # values with the articles that give each, so the editor sees which is the outlier
    from daejo.report.common import value_tally
    from tests.report.sample import PARAMETERS, quantity, side

    def article_side(article, outlet, quote, value):
        return side(article, f"/srv/news/{article}.md", 1, 1, f"모델은 {quote}의 매개변수를 갖췄다.", quote, value, outlet=outlet)

    six = quantity("6000억개", 600_000_000_000, "개")
    six_written = quantity("6천억개", 600_000_000_000, "개")
    three = quantity("약 3000억 개", 300_000_000_000, "개", "approx", 270_000_000_000, 330_000_000_000)
    first = PARAMETERS.model_copy(update={"claims": [article_side("a", "누리일보", "6000억개", six), article_side("c", "한결경제", "약 3000억 개", three)]})
    second = PARAMETERS.model_copy(update={"claims": [article_side("b", None, "6천억개", six_written), article_side("c", "한결경제", "약 3000억 개", three)]})
    assert value_tally([first, second]) == [("6000억개", ["누리일보 (a)", "b"]), ("약 3000억 개", ["한결경제 (c)"])]
    assert value_tally([first]) == []  # one finding says it all
    info = first.model_copy(update={"rule": "plan-divergence"})
    assert value_tally([first, info]) == []  # a plan and its outcome are no dispute
