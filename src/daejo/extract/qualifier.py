"""The sub-category a claim is about, for attributes that need one.

A company's growth rate is the growth of something (`매출`, `영업이익`,
`주가`); a share is a vote share or a market share; an attendance is that of
one event. The catalogue's ``qualifier`` field says where to read it:

- ``subject``: the noun the rate is about: a noun right before a noun trigger
  (`매출 증가율`), with a noun written apart before it that names the part it is of
  (`오프라인 매출 증가율`: not the whole's growth; a word of a period names none,
  `지난해 매출 증가율`, data/frames.yaml ``period_words``), else the topic or subject
  noun before the value in its clause (`영업이익은 31.2% 증가했다`);
- ``trigger``: the trigger noun itself (`득표율`, `점유율`), else as ``subject``;
- ``date``: the day the value holds at, when the clause names one (one match's
  crowd is not another's);
- ``scope``: the common noun written right before the value (`전체 8위` and `국내
  1위` of one runner are two ranks; `종합 2위`);
- ``segment``: the business segment the clause names before the value
  (`광학솔루션 부문은 매출 1조640억원`): a segment's revenue is not the company's.

Claims whose qualifiers differ are never compared (the reconciler groups by it).
"""

from __future__ import annotations

import re

from daejo.extract.frames import frame_lexicon
from daejo.extract.view import SentenceView
from daejo.models import Claim

_TOPIC_PARTICLES = frozenset({"은", "는", "이", "가"})


def qualifier_of(view: SentenceView, how: str | None, hit, value_first: int, clause_first: int, claim: Claim) -> str | None:
    if how == "date":
        return _day(claim)
    if how == "scope":
        return _scope(view, value_first)
    if how == "segment":
        return _segment(view, value_first)
    if how == "trigger" and hit is not None and view.morphemes[hit.first].tag.startswith("NN"):
        return "".join(hit.trigger.forms)
    if how in ("subject", "trigger"):
        return _noun_before_trigger(view, hit) or _topic_noun(view, clause_first, value_first)
    return None


def _scope(view: SentenceView, value_first: int) -> str | None:
    """The common noun right before the value, unless it names no scope: a word for
    `among` (`광역시 가운데 2위`, `중 3위`: data/frames.yaml no_scope_words)."""
    scope = _compound_ending_at(view, value_first - 1)
    return None if scope in frame_lexicon().no_scope_words else scope


def _day(claim: Claim) -> str | None:
    if claim.as_of_source != "explicit" or claim.as_of is None:
        return None
    start, end = claim.as_of.start[:10], claim.as_of.end[:10]
    return start if end <= start or (len(claim.as_of.start) == 10 and _next_day(start) == end) else None


def _next_day(iso: str) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()


def _compound_ending_at(view: SentenceView, last: int) -> str | None:
    """Common nouns written together that end at morpheme ``last`` (`영업이익`)."""
    morphemes = view.morphemes
    if last < 0 or morphemes[last].tag not in ("NNG", "XSN"):
        return None
    first = last
    while first > 0 and morphemes[first - 1].tag in ("NNG", "XSN") and morphemes[first - 1].end == morphemes[first].start:
        first -= 1
    if morphemes[first].tag != "NNG":
        return None
    return "".join(m.form for m in morphemes[first : last + 1])


# words that name a business segment after its name (`광학솔루션 부문`, `DS부문`)
_SEGMENT_WORDS = frozenset({"부문", "사업부", "사업부문"})
_WHOLE_COMPANY = frozenset({"전체", "전사", "연결", "총", "합계", "회사"})


def _segment(view: SentenceView, value_first: int) -> str | None:
    """The segment named last before the value in its sentence, unless the whole
    company is named in between: the word before a segment word (`카메라 모듈을 맡은 광학솔루션 부문은
    매출 1조640억원` → `광학솔루션 부문`; `DS부문` → `DS 부문`)."""
    ms = view.morphemes
    for i in range(value_first - 1, -1, -1):
        m = ms[i]
        if m.form in _WHOLE_COMPANY:
            return None  # `…, 전사 매출은`: the whole company's figure after a segment's
        if m.form not in _SEGMENT_WORDS or m.tag != "NNG":
            continue
        if i + 1 < len(ms) and ms[i + 1].form in ("별", "마다"):
            return None  # `부문별로`: every segment, none in particular
        before = view.slice(ms[0].start, m.start)
        word = re.search(r"([^\s'\"‘’“”]+)['\"‘’“”]?\s*$", before)
        if word is None:
            return None
        return f"{word.group(1)} {m.form}"
    return None


def _noun_before_trigger(view: SentenceView, hit) -> str | None:
    """`매출 증가율`: the noun standing right before a noun trigger."""
    if hit is None or hit.first == 0 or not view.morphemes[hit.first].tag.startswith("NN"):
        return None
    found = _compound_ending_at(view, hit.first - 1)
    if found is None:
        return None
    ms = view.morphemes
    i = hit.first - 1
    while i > 0 and ms[i - 1].end == ms[i].start:
        i -= 1
    if i > 0 and ms[i - 1].tag == "NNG" and ms[i - 1].form not in _WHOLE_COMPANY and ms[i - 1].form not in frame_lexicon().period_words:
        modifier = _compound_ending_at(view, i - 1)
        if modifier is not None:
            return f"{modifier} {found}"  # `오프라인 매출 증가율`: a part's growth, not the whole's
    return found


def _topic_noun(view: SentenceView, clause_first: int, value_first: int) -> str | None:
    """The last noun marked as topic or subject before the value in its clause."""
    morphemes = view.morphemes
    for i in range(value_first - 1, clause_first, -1):
        m = morphemes[i]
        if m.tag in ("JX", "JKS") and m.form in _TOPIC_PARTICLES:
            found = _compound_ending_at(view, i - 1)
            if found is not None:
                return found
    return None
