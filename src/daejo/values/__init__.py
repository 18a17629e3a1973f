"""Value recognition: Korean numbers, quantities, money, percentages, ratios,
durations and times in raw text (docs/design.md, "values").

``parse_values`` is the single entry point. Each dimension has its own module
(rules) and a corpus file under ``values/corpus/`` (examples that are the
specification and that the tests load).
"""

from __future__ import annotations

from bisect import bisect_right

from daejo.models import PartialDate, Value

__all__ = ["parse_values"]


def parse_values(text: str, reference: PartialDate | None = None) -> list[Value]:
    """Every value expression in ``text``, sorted by start offset, non-overlapping.

    Relative times resolve against ``reference`` (the publication date); without
    one they are returned with ``time.unresolved = True``.
    """
    stages = _STAGES or _load_stages()
    refine, recognise_numeric, recognise_times = stages
    return refine(text, merge_values(recognise_numeric(text), recognise_times(text, reference)))


_STAGES: tuple = ()


def _load_stages() -> tuple:
    """The recognisers, imported on the first call (not when ``daejo.values`` is
    imported: start-up) and kept, not imported again for every text."""
    global _STAGES
    from daejo.values.in_context import refine
    from daejo.values.numeric import recognise_numeric
    from daejo.values.time import recognise_times

    _STAGES = (refine, recognise_numeric, recognise_times)
    return _STAGES


def merge_values(numeric: list[Value], times: list[Value]) -> list[Value]:
    """Resolve overlaps between dimensions: the longest span wins; on a tie, time."""
    if not numeric or not times:
        # one dimension only (most texts): when its values are in order and apart, what
        # the resolution below keeps is all of them, in that order
        only = numeric or times
        if all(a.end <= b.start for a, b in zip(only, only[1:])):
            return list(only)
    candidates = sorted(
        [(v, 1) for v in times] + [(v, 0) for v in numeric],
        key=lambda p: (-(p[0].end - p[0].start), -p[1], p[0].start),
    )
    # chosen spans never overlap, so kept sorted by start only the two neighbours
    # of a candidate can overlap it: a bisection instead of a scan of all of them
    # (the scan made a long text quadratic)
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Value] = []
    for v, _ in candidates:
        i = bisect_right(starts, v.start)
        if (i > 0 and v.start < ends[i - 1]) or (i < len(starts) and starts[i] < v.end):
            continue
        starts.insert(i, v.start)
        ends.insert(i, v.end)
        chosen.append(v)
    chosen.sort(key=lambda v: (v.start, v.end))
    return chosen
