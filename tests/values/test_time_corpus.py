"""The time corpus (values/corpus/time.yaml) is the specification of recognise_times."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from daejo.dates import parse_partial_date
from daejo.values.time import recognise_times

CORPUS = Path(__file__).parents[2] / "src" / "daejo" / "values" / "corpus" / "time.yaml"
ENTRIES = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))


def _observed(value) -> dict:
    time = value.time
    if time.unresolved:
        shown = {"unresolved": True, "reason": time.reason}
        # a vague time carries the interval it may cover, though never compared
        shown.update({k: getattr(time, k) for k in ("start", "end", "grain") if getattr(time, k) is not None})
    else:
        shown = {"start": time.start, "end": time.end, "grain": time.grain, "role": time.role}
    return {"kind": value.kind, "text": value.text, "time": shown}


def test_corpus_is_large_and_has_negatives():
    assert len(ENTRIES) >= 100
    assert sum(1 for e in ENTRIES if e["values"]) >= 100
    assert sum(1 for e in ENTRIES if not e["values"]) >= 10


@pytest.mark.parametrize("entry", ENTRIES, ids=[f"{i}:{e['text']}" for i, e in enumerate(ENTRIES)])
def test_corpus_entry(entry):
    published = entry.get("published")
    reference = parse_partial_date(str(published)) if published is not None else None
    values = recognise_times(entry["text"], reference)
    assert [_observed(v) for v in values] == entry["values"]
    for v in values:
        assert entry["text"][v.start : v.end] == v.text
        assert v.kind == "time" and v.value is None and v.low is None and v.high is None
