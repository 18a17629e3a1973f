"""Every example of every corpus file under ``daejo/values/corpus/`` (the
specification of the values stage, as Duckling's Corpus.hs): the values
``parse_values`` finds in ``text`` must be exactly the expected ones, with the
expected spans.

As in Duckling, a corpus file specifies its own dimension: the time corpus
(``time*.yaml``) lists the time values of a text, so only values of kind
``time`` are compared for it; the numeric corpus files are written free of time
expressions, so every value found (numeric or time) is compared for them.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from daejo.dates import parse_partial_date
from daejo.models import Value
from daejo.values import parse_values

CORPUS_DIR = Path(str(resources.files("daejo.values") / "corpus"))
NUMERIC_FIELDS = ("value", "unit", "bound", "low", "high")
MIN_NUMERIC_EXAMPLES = 180


def _recognise(text: str, published: str | None) -> list[Value]:
    reference = parse_partial_date(str(published)) if published else None
    return parse_values(text, reference)


def _load(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, list), f"{path.name}: a corpus file is a list of examples"
    for i, example in enumerate(data):
        assert isinstance(example, dict) and "text" in example and "values" in example, (
            f"{path.name} example {i}: needs 'text' and 'values'"
        )
    return data


def _examples() -> list[Any]:
    params = []
    for path in sorted(CORPUS_DIR.glob("*.yaml")):
        for i, example in enumerate(_load(path)):
            example = {**example, "_dimension": "time" if path.stem.startswith("time") else "numeric"}
            params.append(pytest.param(example, id=f"{path.stem}-{i}"))
    return params


def _same_number(actual: Any, expected: Any) -> bool:
    if expected is None or actual is None:
        return actual is expected
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        if isinstance(expected, int) and isinstance(actual, int):
            return actual == expected
        return abs(actual - expected) <= 1e-9 * max(1.0, abs(expected))
    return actual == expected


def _check_value(text: str, got: Value, want: dict[str, Any]) -> None:
    assert got.kind == want["kind"], f"{text!r}: kind {got.kind} != {want['kind']}"
    assert got.text == str(want["text"]), f"{text!r}: span {got.text!r} != {want['text']!r}"
    assert text[got.start : got.end] == got.text
    if "start" in want:
        assert got.start == want["start"]
    for name in NUMERIC_FIELDS:
        if name in want:
            actual, expected = getattr(got, name), want[name]
            assert _same_number(actual, expected), f"{text!r} {got.text!r}: {name} {actual!r} != {expected!r}"
    if "issues" in want:
        assert got.issues == list(want["issues"]), f"{text!r}: issues {got.issues} != {want['issues']}"
    elif got.kind != "time":
        assert got.issues == [], f"{text!r}: unexpected issues {got.issues}"
    if "time" in want:
        assert got.time is not None, f"{text!r}: expected a time"
        for key, expected in want["time"].items():
            actual = getattr(got.time, key)
            assert str(actual) == str(expected) if expected is not None else actual is None, (
                f"{text!r}: time.{key} {actual!r} != {expected!r}"
            )


@pytest.mark.parametrize("example", _examples())
def test_corpus_example(example: dict[str, Any]) -> None:
    text = str(example["text"])
    got = _recognise(text, example.get("published"))
    if example.get("_dimension") == "time":
        got = [v for v in got if v.kind == "time"]
    want = example["values"] or []
    assert [v.text for v in got] == [str(w["text"]) for w in want], f"{text!r}: spans differ"
    for value, expected in zip(got, want):
        _check_value(text, value, expected)


def test_corpus_is_large_enough() -> None:
    numeric = [p for p in CORPUS_DIR.glob("*.yaml") if not p.stem.startswith("time")]
    count = sum(len(_load(p)) for p in numeric)
    assert count >= MIN_NUMERIC_EXAMPLES, f"only {count} numeric examples"


def test_time_corpus_is_present() -> None:
    """Both dimensions are specified: the time corpus must not be missing."""
    assert sum(len(_load(p)) for p in CORPUS_DIR.glob("time*.yaml")) > 0, "no values/corpus/time*.yaml examples"
