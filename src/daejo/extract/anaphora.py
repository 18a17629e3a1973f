"""Times anchored on a time the text named earlier (`이날`, `전날`, `이듬해`).

The values stage leaves them unresolved (it reads one sentence); the article does
not. ``TimeAnchor`` keeps the last day and year the article named, from its
publication date on, and ``resolve`` reads an anaphoric time as the deictic word
it stands for (data/as_of.yaml, ``anaphoric_times``) counted from that anchor:
`전날 오후` after `17일` is the 16th in the afternoon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from daejo.dates import CLOCK_GRAINS, DAY_GRAINS, has_day, parse_partial_date
from daejo.extract.lexicon import _data
from daejo.models import PartialDate, TimeValue, Value
from daejo.values.time import SPAN_END


_RAW = _data("as_of.yaml")  # (read once at import: both tables below come from it)
_WORDS = {str(k): str(v) for k, v in (_RAW.get("anaphoric_times") or {}).items()}
# words for the time just named (`같은 날`): in a sentence that named one, that one
_SAME = frozenset(str(w) for w in (_RAW.get("same_as_named") or ()))
_BY_LENGTH = sorted(_WORDS, key=len, reverse=True)
# after a day in its clause: the day starts a span counted on from (`물러난 지 41일 만에`)
_ELAPSED_SINCE = re.compile(str(_RAW.get("elapsed_since") or r"(?!)"))


@dataclass
class TimeAnchor:
    """The day and the year an anaphoric time of the article counts from."""

    day: date | None
    year: int | None

    @classmethod
    def of(cls, published: PartialDate | None) -> TimeAnchor:
        if published is None:
            return cls(None, None)
        day = published.start if published.grain in ("day", "datetime") else None
        return cls(day, published.start.year)

    def see(self, values: list[Value], text: str | None = None) -> None:
        """Move the anchor to the last explicit day (or year) of a sentence; not to one in
        parentheses of ``text`` (the values' offsets are into it), an aside the story does
        not move to (`최고 기록(2011년 8월 9일, 214.0㎜)을 갈아치웠다. … 전날 오후 6시`)."""
        for v in values:
            t = v.time
            if v.kind != "time" or t is None or t.unresolved or t.start is None or t.role != "point":
                continue
            if text is not None and _in_parentheses(text, v.start, v.end):
                continue
            if v.rule == ANAPHORIC_RULE and _counts_back(v.text):
                continue  # `전날 오전 9시 18㎝ … 전날 오전 5시`: both the day before the article's day
            if text is not None and _starts_a_span(text, v.end):
                continue  # `1월 29일 물러난 지 41일 만에 … 이날`: the span's end is the story's day
            if t.grain in DAY_GRAINS:
                self.day = date.fromisoformat(t.start[:10])
                self.year = self.day.year
            elif t.grain == "year":
                self.year = int(t.start[:4])

    def resolve_after(self, value: Value, earlier: list[Value]) -> Value:
        """``resolve``, except that `같은 날` (a word of ``same_as_named``) after a day
        its own sentence named counts from that day (`4일 오전 6시 … 같은 날 오후 5시`
        is the 4th, whatever day the sentence before named), and so does a time of day
        with no day of its own (`11일 … 뛰었고, 오후 1시 40분께 …`: the 11th)."""
        t = value.time
        if value.kind != "time" or t is None:
            return value
        if not t.unresolved:
            # (`17일 … 15일 오후 1시부터 2시까지`: the end's day is its start's, values/time.py
            # ``SPAN_END``, though its text names none)
            if t.grain in CLOCK_GRAINS and t.start is not None and not has_day(value.text) and SPAN_END not in value.rule:
                return _on_the_day_named(value, earlier)
            return value
        word = _word_in(value.text)
        if word in _SAME and any(v.kind == "time" and v.rule != ANAPHORIC_RULE for v in earlier):
            local = TimeAnchor(self.day, self.year)
            local.see(earlier)
            return local.resolve(value)
        return self.resolve(value)

    def resolve(self, value: Value) -> Value:
        """``value`` resolved when it is an anaphoric time the anchor can count from."""
        t = value.time
        if value.kind != "time" or t is None or not t.unresolved:
            return value  # (most values: nothing imported, nothing read)
        word = _word_in(value.text)
        if word is None:
            return value
        yearly = _WORDS[word] in ("내년", "올해", "작년")
        if yearly and self.year is None or not yearly and self.day is None:
            return value
        reference = parse_partial_date(str(self.year) if yearly else self.day.isoformat())  # type: ignore[union-attr]
        deictic = value.text.replace(word, _WORDS[word], 1)
        time = _one_time(deictic, reference)
        if time is None:
            return value
        return value.model_copy(update={"time": time, "rule": ANAPHORIC_RULE})


def _on_the_day_named(value: Value, earlier: list[Value]) -> Value:
    """A time of day with no day of its own after a day its own sentence named is on
    that day (`금값은 11일 하루에만 3.51% 뛰었고, 오후 1시 40분께 장중 최고가를 찍었다`:
    the 11th, not the day before the article), not counted from the article's date."""
    day = None
    for v in earlier:
        t = v.time
        if v.kind == "time" and t is not None and not t.unresolved and t.start and t.role == "point" and t.grain == "day":
            day = t.start[:10]
    if day is None or value.time.start[:10] == day:  # type: ignore[union-attr]
        return value
    time = _one_time(value.text, parse_partial_date(day))
    if time is None or time.start[:10] != day:  # type: ignore[index]
        return value
    return value.model_copy(update={"time": time})


# the anaphoric days a day off another (`전날`, `이튿날`, `다음 날`): after an event's noun
# they count from that event's day
_DAY_OFF = frozenset(w for w, deictic in _WORDS.items() if deictic in ("어제", "내일"))
_LAST_WORD = re.compile(r"([가-힣]+)\s$")


def counts_from_an_event(value: Value, before: str, event_nouns) -> bool:
    """`상장 이튿날 16.2% 급락한`, `발표 다음 날`, `개봉 전날`: a day off another right after
    a noun of an event (data/frames.yaml ``dated_nouns``) counts from that event's day,
    which the article may not have named last: it is left unresolved."""
    t = value.time
    if value.kind != "time" or t is None or not t.unresolved:
        return False
    word = _word_in(value.text)
    if word not in _DAY_OFF or not value.text.startswith(word):
        return False
    found = _LAST_WORD.search(before)
    return found is not None and found.group(1) in event_nouns


def _starts_a_span(text: str, end: int) -> bool:
    """The day ending at ``end`` starts a span its clause counts on from (data/as_of.yaml
    ``elapsed_since``: `지난 1월 29일 오세린 전 총리가 물러난 지 41일 만에`)."""
    clause_end = min((i for i in (text.find(c, end) for c in ".,\n") if i >= 0), default=len(text))
    return _ELAPSED_SINCE.search(text, end, clause_end) is not None


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is inside a pair of round brackets of its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opened = text.rfind("(", line_start, start)
    if opened < 0 or text.rfind(")", opened, start) >= 0:
        return False
    closed = text.find(")", end, line_end)
    return closed >= 0 and text.find("(", end, closed) < 0


def _one_time(text: str, reference: PartialDate) -> TimeValue | None:
    """The one resolved time ``text`` says when read from ``reference``, else None."""
    from daejo.values import parse_values

    found = [v for v in parse_values(text, reference) if v.kind == "time" and v.time is not None and not v.time.unresolved]
    return found[0].time if len(found) == 1 else None


# the ``rule`` of a value resolved here: a bare `이날` dates the figures of its
# clause, it is not an event time of its own (frames.py)
ANAPHORIC_RULE = "anaphoric"


def _word_in(text: str) -> str | None:
    """The anaphoric word a time is written with (the longest that fits)."""
    return next((w for w in _BY_LENGTH if w in text), None)


def _counts_back(text: str) -> bool:
    """An anaphoric day before its anchor (`전날`): the day before the one the article
    speaks from, however often it is written, so it does not move the anchor."""
    word = _word_in(text)
    return word is not None and _WORDS[word] == "어제"
