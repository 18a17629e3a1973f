"""``daejo parse``: the docs/design.md contract, stdin lines, formats, bad options."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from daejo.cli import main


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", *args])
    out, err = capsys.readouterr()
    return exit_info.value.code or 0, out, err


def test_json_contract_fields(capsys):
    code, out, _ = _run(["엑사원 파라미터는 약 3000억 개다", "--format", "json"], capsys)
    assert code == 0
    (value,) = json.loads(out)["values"]
    assert set(value) >= {"kind", "text", "start", "end", "value", "unit", "bound", "low", "high", "time", "issues"}
    assert value["kind"] == "quantity" and value["text"] == "약 3000억 개"
    assert (value["start"], value["end"]) == (10, 19)
    assert value["value"] == 300_000_000_000 and value["unit"] == "개" and value["bound"] == "approx"
    assert value["low"] == 270_000_000_000 and value["high"] == 330_000_000_000


def test_time_resolves_against_published_and_stays_unresolved_without(capsys):
    _, out, _ = _run(["지난해 12월 설립", "--published", "2021-05-17", "-f", "json"], capsys)
    (value,) = json.loads(out)["values"]
    assert value["kind"] == "time" and value["value"] is None
    assert value["time"]["start"] == "2020-12-01" and value["time"]["end"] == "2021-01-01"
    assert value["time"]["grain"] == "month"
    _, out, _ = _run(["지난해 12월 설립", "-f", "json"], capsys)
    (value,) = json.loads(out)["values"]
    assert value["time"]["unresolved"] is True and value["time"]["start"] is None


def test_stdin_jsonl_keeps_input_order():
    lines = ["2천여억원을 투자", "아무 숫자 없음", "3조6000조 원", "1천750억개"]
    done = subprocess.run(
        [sys.executable, "-m", "daejo", "parse", "-", "--format", "jsonl"],
        input="\n".join(lines) + "\n", capture_output=True, text=True, check=False, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["text"] for r in rows] == lines
    assert rows[0]["values"][0]["bound"] == "at_least" and rows[0]["values"][0]["high"] == 300_000_000_000
    assert rows[1]["values"] == []
    assert rows[2]["values"][0]["value"] is None and rows[2]["values"][0]["issues"][0].startswith("suspicious")
    assert rows[3]["values"][0]["value"] == 175_000_000_000


def test_text_format_shows_interval_and_issues(capsys):
    code, out, _ = _run(["70여 명과 3조6000조 원"], capsys)
    assert code == 0
    assert "70여 명" in out and "bound=at_least [70, 80]" in out
    assert "! suspicious" in out


def test_text_format_shows_a_score_as_its_two_points(capsys):
    code, out, _ = _run(["도솔은 서락에 81-86으로 졌다"], capsys)
    assert code == 0
    assert "score" in out and "86-81 (the two sides' points)" in out


def test_bad_published_is_a_usage_error(capsys):
    code, _, err = _run(["텍스트", "--published", "2023-02-30"], capsys)
    assert code == 2 and "--published" in err and "2023-02-30" in err
