"""Times anchored on a time the text named earlier (extract/anaphora.py)."""

from __future__ import annotations

import pytest

from daejo.dates import parse_partial_date
from daejo.extract.anaphora import ANAPHORIC_RULE, TimeAnchor
from daejo.values import parse_values


def _time(text: str, published: str | None):
    (value,) = [v for v in parse_values(text, parse_partial_date(published) if published else None) if v.kind == "time"]
    return value


@pytest.mark.parametrize(("before", "text", "start"), [
    (None, "전날", "2026-03-17"),  # the day before publication
    ("17일", "이날", "2026-03-17"),  # the day the text named last
    ("16일", "이튿날", "2026-03-17"),
    ("2019년", "이듬해", "2020-01-01"),
    (None, "전날 오후 1시 40분께", "2026-03-17T13:40"),  # a time of day on the day it refers to
    ("16일", "이튿날 오전 6시께", "2026-03-17T06:00"),
])
def test_an_anaphoric_time_counts_from_the_last_day_named(before, text, start):
    published = "2026-03-18T08:10:00+09:00"
    anchor = TimeAnchor.of(parse_partial_date(published))
    if before:
        anchor.see([_time(before, published)])
    value = anchor.resolve(_time(text, published))
    assert value.time is not None and not value.time.unresolved and value.time.start == start
    assert value.rule == ANAPHORIC_RULE


def test_without_a_day_to_count_from_it_stays_unresolved():
    anchor = TimeAnchor.of(parse_partial_date("2026"))  # only the year is known
    value = anchor.resolve(_time("전날", "2026"))
    assert value.time is not None and value.time.unresolved


def test_other_times_are_left_as_they_are():
    anchor = TimeAnchor.of(parse_partial_date("2026-03-18"))
    value = _time("지난 2일", "2026-03-18")
    assert anchor.resolve(value) == value


def test_the_day_before_does_not_move_the_anchor_but_the_next_day_does():
    # `전날 오전 9시 18㎝ … 전날 오전 5시를 기해`: both the day before the article's day;
    # `이튿날 … 이날`: the story moved on to the next day
    published = "2026-12-09T09:00:00+09:00"
    anchor = TimeAnchor.of(parse_partial_date(published))
    first = anchor.resolve(_time("전날 오전 9시", published))
    anchor.see([first])
    second = anchor.resolve(_time("전날 오전 5시", published))
    assert first.time.start[:10] == second.time.start[:10] == "2026-12-08"
    anchor.see([anchor.resolve(_time("이튿날", published))])
    assert anchor.resolve(_time("이날", published)).time.start == "2026-12-10"


def test_a_day_that_starts_a_span_counted_on_does_not_move_the_anchor():
    # `지난 1월 29일 오세린 전 총리가 물러난 지 41일 만에 … 이날 오후 본회의에서`: the span's
    # end is the story's day, not its start
    published = "2027-03-11T17:40:00+09:00"
    text = "지난 1월 29일 총리가 물러난 지 41일 만에 공백이 메워졌다."
    for since in (True, False):
        body = text if since else "지난 1월 29일 총리가 물러났다."
        anchor = TimeAnchor.of(parse_partial_date(published))
        day = next(v for v in parse_values(body, parse_partial_date(published)) if v.kind == "time")
        anchor.see([day], body)
        today = anchor.resolve(_time("이날 오후", published))
        assert today.time.start[:10] == ("2027-03-11" if since else "2027-01-29")


def test_a_time_of_day_after_a_day_its_own_sentence_named_is_on_that_day():
    # `금값은 11일 하루에만 3.51% 뛰었고, 오후 1시 40분께 장중 최고가를 찍었다` in an article
    # of the 14th: the 11th, not the day before the article
    published = "2026-03-14T09:00:00+09:00"
    anchor = TimeAnchor.of(parse_partial_date(published))
    day = _time("11일", published)
    clock = _time("오후 1시 40분께", published)
    assert clock.time.start[:10] == "2026-03-14"  # read alone: the article's day
    assert anchor.resolve_after(clock, [day]).time.start == "2026-03-11T13:40"
    # with no day before it in its sentence, or with a day of its own, it stays as read
    assert anchor.resolve_after(clock, []) == clock
    own = _time("12일 오후 1시 40분께", published)
    assert anchor.resolve_after(own, [day]) == own


def test_the_end_of_a_span_of_hours_stays_on_the_day_the_span_began():
    # `기상청이 17일 내놓은 분석에 따르면 15일 오후 1시부터 2시까지`: 2 p.m. on the 15th, not
    # on the day the sentence named first
    published = "2027-07-17T09:00:00+09:00"
    anchor = TimeAnchor.of(parse_partial_date(published))
    found = [v for v in parse_values("17일 내놓은 분석에 따르면 15일 오후 1시부터 2시까지", parse_partial_date(published))
             if v.kind == "time"]
    assert [v.text for v in found] == ["17일", "15일 오후 1시부터", "2시까지"]
    end = anchor.resolve_after(found[2], found[:2])
    assert end.time.start == "2027-07-15T14:00"


def _extracted(body: str, published: str, analyzer, catalogue, registry):
    from daejo.extract import extract_article
    from daejo.models import Article

    article = Article(id="t", path="t.md", body=body, published=parse_partial_date(published), body_line=1)
    return extract_article(article, analyzer=analyzer, registry=registry, catalogue=catalogue)


def test_a_day_in_parentheses_is_an_aside_no_later_time_counts_from(analyzer, catalogue, corpus_registry):
    # `최고 기록(2011년 8월 9일, 214.0㎜)을 갈아치웠다. … 전날 오후 6시 기준`: the day before
    # the story's last day, not before the record's
    body = ("17일 하루에만 251.5㎜가 내려 8월 최고 기록(2011년 8월 9일, 214.0㎜)을 갈아치웠다.\n\n"
            "전날 오후 6시 기준으로 6개 마을 134가구가 대피했다.\n")
    claims = _extracted(body, "2026-08-18T07:20:00+09:00", analyzer, catalogue, corpus_registry)
    evacuated = next(c for c in claims if c.evidence.quote == "134가구")
    assert evacuated.as_of is not None and evacuated.as_of.start.startswith("2026-08-16T18")
    # the same day named outside parentheses does move the anchor
    body = "2011년 8월 9일 214.0㎜가 내렸다.\n\n전날 오후 6시 기준으로 6개 마을 134가구가 대피했다.\n"
    claims = _extracted(body, "2026-08-18T07:20:00+09:00", analyzer, catalogue, corpus_registry)
    evacuated = next(c for c in claims if c.evidence.quote == "134가구")
    assert evacuated.as_of is not None and evacuated.as_of.start.startswith("2011-08-08T18")


def test_a_day_off_an_event_named_before_it_counts_from_that_event(analyzer, catalogue, corpus_registry):
    # `상장 이튿날 16.2% 급락한`: the day after the listing, which the article may not have
    # named last: left unresolved, it dates nothing (the article's date does)
    from daejo.extract.anaphora import counts_from_an_event
    from daejo.extract.frames import frame_lexicon

    published = "2026-10-28T08:00:00+09:00"
    events = frame_lexicon().dated_nouns
    day_after = _time("이튿날", published)
    assert counts_from_an_event(day_after, "상장 ", events)
    assert counts_from_an_event(_time("다음 날", published), "발표 ", events)
    assert not counts_from_an_event(day_after, "회사는 ", events)  # a topic: the anchor's next day
    assert not counts_from_an_event(_time("이날", published), "상장 ", events)  # the day named last
    body = "케일로닉스는 24일 4만1천원에 마감했다.\n\n상장 이튿날 16.2% 급락한 주가는 둘째 주에도 내렸다.\n"
    claims = _extracted(body, published, analyzer, catalogue, corpus_registry)
    drop = next(c for c in claims if c.evidence.quote == "16.2%")
    assert drop.as_of is not None and drop.as_of.start == "2026-10-28"  # not the 25th, after the 24th named last
