"""Vague times (``최근``, ``수년 전``) are recognised and marked, never dropped silently
and never compared; the new forms keep the JSON contract of ``daejo parse``."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from daejo.dates import parse_partial_date
from daejo.models import Value
from daejo.values import parse_values

CONTRACT_KINDS = {"number", "quantity", "money", "percent", "ratio", "duration", "time"}
PUBLISHED = parse_partial_date("2024-05-20")


@pytest.mark.parametrize("text", ["최근 늘었다", "요즘 많다", "얼마 전 닫았다", "수년 전 세웠다", "몇 달 뒤 끝난다", "며칠 전 밝혔다"])
def test_a_vague_time_is_marked_approximate_and_never_compared(text: str) -> None:
    values = [v for v in parse_values(text, PUBLISHED) if v.kind == "time"]
    assert len(values) == 1, values
    v = values[0]
    assert v.bound == "approx" and v.rule == "time:vague"
    assert v.time is not None and v.time.unresolved and v.time.reason.startswith("vague:")


def test_a_vague_offset_covers_two_to_nine_units() -> None:
    (v,) = parse_values("수년 전 세웠다", PUBLISHED)
    assert (v.time.start, v.time.end, v.time.grain) == ("2015-01-01", "2023-01-01", "year")
    (v,) = parse_values("수년 전 세웠다", parse_partial_date("2030"))
    assert (v.time.start, v.time.end) == ("2021-01-01", "2029-01-01")


def test_recent_ends_at_publication_and_says_nothing_of_its_start() -> None:
    (v,) = parse_values("최근 늘었다", PUBLISHED)
    assert (v.time.start, v.time.end) == (None, "2024-05-21")
    (v,) = parse_values("최근 늘었다", None)
    assert (v.time.start, v.time.end, v.time.unresolved) == (None, None, True)


def test_words_that_only_start_like_a_vague_time_are_not_one() -> None:
    for text in ("최근접 위성", "수주 전략", "수주 전쟁", "몇몇 전문가"):
        assert [v for v in parse_values(text, PUBLISHED) if v.kind == "time"] == [], text


FORMS = [
    "삼점사", "마이너스삼", "열하나", "십달러", "EUR 20", "영하 3도", "화씨70도", "3분의 1", "절반가량",
    "1조2천억 원에서 1조5천억 원 사이", "3Q", "올봄", "저번달", "최근", "수년 전", "850㏊",
]


@pytest.mark.parametrize("text", FORMS)
def test_every_new_form_keeps_the_value_contract(text: str) -> None:
    values = parse_values(text, PUBLISHED)
    assert values, text
    for v in values:
        assert v.kind in CONTRACT_KINDS
        dumped = v.model_dump(mode="json")
        assert Value.model_validate(dumped) == v  # the model forbids fields it does not know
        assert json.loads(json.dumps(dumped, ensure_ascii=False)) == dumped


def test_daejo_parse_json_lists_the_new_forms_with_contract_kinds() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "daejo", "parse", "--format", "jsonl", "--published", "2024-05-20", *FORMS],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert [r["text"] for r in records] == FORMS
    for record in records:
        assert record["values"], record["text"]
        assert {v["kind"] for v in record["values"]} <= CONTRACT_KINDS
    vague = next(r for r in records if r["text"] == "수년 전")["values"][0]
    assert vague["bound"] == "approx" and vague["time"]["unresolved"] is True
