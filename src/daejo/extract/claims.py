"""Assignments → ``Claim`` objects: id, as_of, evidence, confidence."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from daejo.extract.attributes import ROLE_CONFIDENCE, Assignment
from daejo.extract.view import SentenceView
from daejo.ingest import Locator
from daejo.models import Article, Claim, Evidence, Interval, Value

# an open frame's claim: how its entity was found (none: the story's event)
FRAME_ENTITY_FACTOR = {"item": 0.95, "possessor": 0.95, "subject": 0.9, "none": 0.9, "pronoun": 0.8}


def claim_id(article_id: str, attribute: str, value_text: str, evidence_start: int, sentence_text: str) -> str:
    """A short id that depends on the evidence, not on the claim's position in a list.

    Re-extracting an unchanged article gives the same ids, so decisions and
    diffs keyed on claim ids survive.
    """
    key = "\x1f".join((article_id, attribute, value_text, str(evidence_start), sentence_text))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def confidence_of(a: Assignment, entity_via: str, registered: bool) -> float:
    """How sure the claim is: the entity's role, the trigger's distance, a registered name;
    for an open frame, the frame's strength and how its entity was found."""
    if a.strength is not None:
        return round(a.strength * FRAME_ENTITY_FACTOR.get(entity_via, 0.7), 3)
    if entity_via == "none" and "event" in a.attribute.entity_types:
        entity_via = "story"  # a fact about the story's event (daejo.stories)
    base = ROLE_CONFIDENCE.get(entity_via, 0.35)
    trigger_factor = 1.0 if a.hit is None else max(0.6, 1.0 - 0.03 * a.distance)
    bonus = 0.05 if registered else 0.0
    return round(min(0.99, base * trigger_factor + bonus), 3)


def interval_of_time(value: Value) -> Interval | None:
    """The ``[start, end)`` of a resolved time: ISO dates, or ISO datetimes for a
    clock time (``오후 2시 현재``: the hour matters when two counts are compared)."""
    t = value.time
    if t is None or t.unresolved or not t.start or not t.end:
        return None
    if "T" in t.start and "T" in t.end:
        return Interval(start=t.start, end=t.end)
    start, end = t.start[:10], t.end[:10]
    if end <= start:
        end = (date.fromisoformat(start) + timedelta(days=1)).isoformat()
    return Interval(start=start, end=end)


def published_interval(article: Article) -> Interval | None:
    if article.published is None:
        return None
    return Interval(start=article.published.start.isoformat(), end=article.published.end.isoformat())


def explicit_as_of(a: Assignment, times_in_clause: list[Value]) -> Value | None:
    """The nearest point time in the claim's clause (``2022년 기준``, ``지난해 말``)."""
    if a.value.kind == "time":
        return None
    points = [
        t for t in times_in_clause
        if t is not a.value and t.time is not None and t.time.role == "point" and not t.time.unresolved
    ]
    cut = covered_period(a.value, times_in_clause)
    if not points:
        return cut
    nearest = min(points, key=lambda t: abs(t.start - a.value.start))
    if cut is not None and cut.time.grain in CUT_OFF_GRAINS and _inside(cut, nearest):
        # `13일 투표율은 오후 5시까지 31.7%`: the day's count up to a time of day holds as of
        # that time, not of the whole day
        return cut
    return nearest


def _inside(inner: Value, outer: Value) -> bool:
    """``inner``'s time lies within ``outer``'s (`오후 5시` within `13일`)."""
    return outer.time.start <= inner.time.start and inner.time.end <= outer.time.end


def covered_period(value: Value, times: list[Value]) -> Value | None:
    """`지난 5월 20일부터 이달 4일까지 신고된 온열질환자는 2,318명`: a start (`부터`) and an
    end (`까지`) written before the figure are the period it covers; it holds as of the
    end (the count's cut-off, as `오전 6시 기준` is a report time), so two counts up to
    other days are two facts and two told up to one day are one."""
    before = [t for t in times if t.end <= value.start and t.time is not None and not t.time.unresolved]
    since = [t for t in before if t.time.role == "since" and t.time.start]
    until = [t for t in before if t.time.role == "deadline" and t.time.end]
    if not since and len(until) == 1 and until[0].time.grain in CUT_OFF_GRAINS:
        # `오늘 오전 9시까지 눈길 교통사고는 모두 412건`: a count up to a time of day holds
        # as of it, as a count from one time to another does
        end = until[0]
        return end.model_copy(update={"time": end.time.model_copy(update={"role": "point"})})
    if len(since) != 1 or len(until) != 1:
        return None
    start, end = since[0], until[0]
    if not start.end <= end.start or start.time.start >= end.time.end:
        return None
    return end.model_copy(update={"time": end.time.model_copy(update={"role": "point"})})


# the grains of a cut-off time that alone dates a count up to it (`오전 9시까지`)
CUT_OFF_GRAINS = frozenset({"hour", "minute"})


def build_claim(
    article: Article,
    view: SentenceView,
    a: Assignment,
    *,
    entity_id: str | None,
    entity_text: str | None,
    entity_span: tuple[int, int] | None,
    entity_via: str,
    registered: bool,
    modality: str,
    attribution: str | None,
    as_of_value: Value | None,
    locator: Locator,
    undated_past: bool = False,
) -> Claim:
    sentence = view.sentence
    where = locator.locate(a.value.start)
    as_of = interval_of_time(as_of_value) if as_of_value is not None else None
    source = "explicit" if as_of is not None else "none"
    # `출범 당시 70여 명`: it held before publication, when is not said
    if as_of is None and not undated_past:
        as_of = published_interval(article)
        source = "published" if as_of is not None else "none"
    evidence = Evidence(
        path=article.path,
        sentence_index=sentence.index,
        sentence=sentence.text,
        sentence_start=sentence.start,
        start=a.value.start,
        end=a.value.end,
        quote=a.value.text,
        line=where.line,
        column=where.column,
        byte_column=where.byte_column,
        entity_start=entity_span[0] if entity_span else None,
        entity_end=entity_span[1] if entity_span else None,
    )
    return Claim(
        id=claim_id(article.id, a.attribute.id, a.value.text, a.value.start, sentence.text),
        article=article.id,
        entity=entity_id,
        entity_text=entity_text,
        entity_registered=registered,
        attribute=a.attribute.id,
        value=a.value,
        as_of=as_of,
        as_of_source=source,
        modality=modality,
        attribution=attribution,
        evidence=evidence,
        confidence=confidence_of(a, entity_via, registered),
    )
