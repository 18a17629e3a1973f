"""Publication dates from bylines (``입력 :2021/05/17 16:10``, ``2023-04-26 08:25 송고``).

The rules (labels, time zone, how many lines to search) are data in
``data/bylines.yaml``; the examples the tests run are ``corpus/bylines.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Literal

from daejo.dates import MAX_YEAR, MIN_YEAR, parse_partial_date
from daejo.models import PartialDate
from daejo.safeyaml import safe_load

StampKind = Literal["publication", "modification"]

_DATE = r"(?P<y>\d{4})\s*(?:[-./]|년\s*)\s*(?P<m>\d{1,2})\s*(?:[-./]|월\s*)\s*(?P<d>\d{1,2})(?:\s*일|\.)?"
_TIME = r"(?:\s*(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)"


@dataclass(frozen=True)
class BylineRules:
    timezone: str
    search_lines: int
    lead: re.Pattern[str]  # label, then stamp
    trail: re.Pattern[str]  # stamp, then label
    bare: re.Pattern[str]  # stamp with a time opening a line
    kinds: dict[str, StampKind]  # label -> kind (for leading labels)
    trailing_kinds: dict[str, StampKind]


@dataclass(frozen=True)
class BylineStamp:
    published: PartialDate
    kind: StampKind
    label: str | None
    line: int  # 1-based line in the searched text
    text: str  # the stamp as written

    @property
    def sort_key(self) -> tuple[datetime, int]:
        moment = self.published.moment or datetime.combine(self.published.start, datetime.min.time())
        return (moment.replace(tzinfo=None), self.line)


@cache
def load_byline_rules() -> BylineRules:
    """Read ``data/bylines.yaml`` once (package data, so no user path is involved)."""
    text = resources.files("daejo.ingest").joinpath("data/bylines.yaml").read_text(encoding="utf-8")
    return compile_byline_rules(safe_load(text))


def compile_byline_rules(data: dict) -> BylineRules:
    kinds = _label_kinds(data["labels"])
    trailing = _label_kinds(data.get("trailing_labels", {}))
    stamp = _DATE + _TIME + "?"
    lead = re.compile(rf"(?P<label>{_alternation(kinds)})\s*[:：]?\s*{stamp}")
    trail = re.compile(rf"{stamp}\s*(?P<label>{_alternation(trailing)})") if trailing else re.compile(r"(?!)")
    bare = re.compile(rf"^\s*{_DATE}{_TIME}")
    return BylineRules(str(data["timezone"]), int(data["search_lines"]), lead, trail, bare, kinds, trailing)


def _label_kinds(labels: dict[str, list[str]]) -> dict[str, StampKind]:
    return {label: kind for kind, names in labels.items() for label in names}  # type: ignore[misc]


def _alternation(labels: dict[str, StampKind]) -> str:
    # longest first, so 최종수정 is not read as 수정 and 기사입력 not as 입력
    return "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))


def find_byline_stamps(text: str, rules: BylineRules | None = None) -> list[BylineStamp]:
    """All stamps in the first and last ``search_lines`` non-blank lines, in text order."""
    rules = rules or load_byline_rules()
    stamps: list[BylineStamp] = []
    for line_no, line in _searched_lines(text, rules.search_lines):
        stamps.extend(_stamps_in_line(line, line_no, rules))
    return stamps


def detect_byline_date(text: str, rules: BylineRules | None = None) -> BylineStamp | None:
    """The publication stamp of a page: the earliest publication stamp, else the earliest of any kind."""
    stamps = find_byline_stamps(text, rules)
    published = [s for s in stamps if s.kind == "publication"]
    pool = published or stamps
    return min(pool, key=lambda s: s.sort_key) if pool else None


def _searched_lines(text: str, count: int) -> list[tuple[int, str]]:
    numbered = [(i + 1, line) for i, line in enumerate(text.split("\n")) if line.strip()]
    if len(numbered) <= 2 * count:
        return numbered
    return numbered[:count] + numbered[-count:]


def _stamps_in_line(line: str, line_no: int, rules: BylineRules) -> list[BylineStamp]:
    labelled = _labelled_stamps(line, line_no, rules)
    if labelled:
        return labelled
    bare = rules.bare.match(line)
    stamp = _stamp(bare, "publication", None, line_no, rules.timezone) if bare else None
    return [stamp] if stamp is not None else []


def _labelled_stamps(line: str, line_no: int, rules: BylineRules) -> list[BylineStamp]:
    """Stamps with a label before or after; a date already read with a leading label is not read again."""
    found: dict[int, BylineStamp] = {}  # keyed by where the date starts
    for pattern, kinds in ((rules.lead, rules.kinds), (rules.trail, rules.trailing_kinds)):
        for match in pattern.finditer(line):
            if match.start("y") in found:
                continue
            stamp = _stamp(match, kinds[match["label"]], match["label"], line_no, rules.timezone)
            if stamp is not None:
                found[match.start("y")] = stamp
    return [found[start] for start in sorted(found)]


def _stamp(match: re.Match[str], kind: StampKind, label: str | None, line_no: int, tz: str) -> BylineStamp | None:
    iso = _iso_text(match, tz)
    if iso is None:
        return None
    start = match.start("y")
    end = match.end("S") if match["S"] else match.end("M") if match["M"] else match.end("d")
    return BylineStamp(parse_partial_date(iso), kind, label, line_no, match.string[start:end])


def _iso_text(match: re.Match[str], tz: str) -> str | None:
    """``2021-05-17T16:10:00+09:00`` or ``2021-05-17``; None for an impossible date or time."""
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        day_text = date(year, month, day).isoformat()
    except ValueError:
        return None
    if not match["M"]:
        return day_text
    hour = _hour_24(int(match["H"]), match["ampm"])
    minute, second = int(match["M"]), int(match["S"] or 0)
    if hour is None or minute > 59 or second > 59:
        return None
    return f"{day_text}T{hour:02d}:{minute:02d}:{second:02d}{tz}"


def _hour_24(hour: int, ampm: str | None) -> int | None:
    if ampm is None:
        return hour if hour <= 23 else None
    if not 1 <= hour <= 12:
        return None
    afternoon = ampm in ("오후", "PM", "pm")
    return (hour % 12) + (12 if afternoon else 0)
