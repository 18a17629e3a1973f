"""Hand-made claims for the reconciliation tests (no extraction involved)."""

from __future__ import annotations

from itertools import count

from daejo.models import ArticleClaims, Claim, Evidence, Interval, TimeValue, Value

_ids = count(1)
EOK = 10**8  # 억


def num(text: str, value: float | None, low: float | None = None, high: float | None = None, *,
        kind: str = "quantity", unit: str | None = "개", bound: str = "exact", issues: tuple[str, ...] = ()) -> Value:
    if low is None and high is None and value is not None and bound == "exact":
        low = high = value
    return Value(kind=kind, text=text, start=0, end=len(text), value=value, unit=unit, bound=bound,
                 low=low, high=high, issues=list(issues))


def money(text: str, value: float, low: float | None = None, high: float | None = None, *,
          unit: str = "KRW", bound: str = "exact") -> Value:
    return num(text, value, low, high, kind="money", unit=unit, bound=bound)


def when(text: str, start: str | None, end: str | None, *, grain: str = "day", role: str = "point",
         unresolved: bool = False) -> Value:
    time = TimeValue(start=start, end=end, grain=grain, role=role, unresolved=unresolved)
    return Value(kind="time", text=text, start=0, end=len(text), time=time)


def claim(article: str, entity: str | None, attribute: str, value: Value, *, modality: str = "asserted",
          attribution: str | None = None, as_of: tuple[str, str] | None = None, start: int = 0,
          confidence: float = 0.8, qualifier: str | None = None, as_of_source: str | None = None,
          sentence_index: int = 0) -> Claim:
    n = next(_ids)
    quote = value.text
    evidence = Evidence(path=f"{article}.md", sentence_index=sentence_index, sentence=f"… {quote} …", sentence_start=0,
                        start=start, end=start + len(quote), quote=quote, line=3, column=start + 1)
    return Claim(
        id=f"{article}#{n}", article=article, entity=entity, entity_text=entity, attribute=attribute,
        value=value, as_of=Interval(start=as_of[0], end=as_of[1]) if as_of else None,
        as_of_source=as_of_source or ("explicit" if as_of else "none"),
        modality=modality, attribution=attribution, qualifier=qualifier, evidence=evidence,
        confidence=confidence,
    )


def article(id: str, claims: list[Claim], *, published: str | None = "2022", outlet: str | None = "가나일보") -> ArticleClaims:
    return ArticleClaims(article=id, path=f"{id}.md", title=f"{id} 제목", outlet=outlet, published=published,
                         body_sha256="0" * 64, claims=claims)


def publication_day(published: str) -> tuple[str, str]:
    """The day an article came out, as a half-open interval of dates (start, next day):
    how a figure the article dates only by its publication holds."""
    from datetime import date, timedelta

    day = date.fromisoformat(published[:10])
    return day.isoformat(), (day + timedelta(days=1)).isoformat()
