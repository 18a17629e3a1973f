"""Coverage is visible: `check` says how many checked claims had nothing to be
compared with, and `extract --unfiled` lists the values that became no claim and
why (real extraction on short articles of our own)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from daejo.cli import main

FLOOD = """---
id: {id}
outlet: {outlet}
published: "2025-07-14T{time}:00+09:00"
---
(청솔=가나일보) 기자 = 청솔군에 쏟아진 집중호우로 {deaths}명이 숨졌다.

청솔군은 이날 오후 3시 기준 이재민이 {displaced}명이라고 밝혔다.

군 관계자는 "복구에는 최근 몇 년 중 가장 많은 인력이 들어갈 것"이라고 말했다.
"""


def _article(folder: Path, **fields) -> Path:
    path = folder / f"{fields['id']}.md"
    path.write_text(FLOOD.format(**fields), encoding="utf-8")
    return path


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(args)
    out, err = capsys.readouterr()
    return done.value.code or 0, out, err


def test_check_counts_the_checked_claims_that_had_nothing_to_compare_with(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    a = _article(tmp_path, id="flood-a", outlet="가나일보", time="16:00", deaths=3, displaced=420)
    code, out, _ = _run(["check", str(a)], capsys)
    # one article alone: none of its claims meets another article's
    assert code == 0
    alone = out.strip().splitlines()[-1]
    n = int(alone.split(" of ")[1].split()[0])
    assert n > 0 and alone.endswith(f"{n} of {n} checked claims had nothing to compare with"), alone
    b = _article(tmp_path, id="flood-b", outlet="다라신문", time="16:30", deaths=3, displaced=420)
    code, out, _ = _run(["check", str(a), str(b)], capsys)
    together = out.strip().splitlines()[-1]
    unpaired, total = (int(x) for x in together.split("; ")[1].split(" checked")[0].split(" of "))
    # the same figures told again: every fact of one meets its restatement in the other
    assert code == 0 and total == 2 * n and unpaired < total, together


def test_extract_unfiled_lists_each_value_with_a_reason_and_a_location(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    a = _article(tmp_path, id="flood-a", outlet="가나일보", time="16:00", deaths=3, displaced=420)
    code, out, _ = _run(["extract", "--unfiled", "--format", "json", str(a)], capsys)
    assert code == 0
    rows = json.loads(out)["unfiled"]
    by_text = {r["text"]: r for r in rows}
    # `오후 3시 기준` is when the other figures hold, not a fact of its own
    report = next(r for t, r in by_text.items() if "오후 3시" in t)
    assert report["reason"].startswith("a report time") and report["line"] == 8
    # `최근` dates nothing exactly
    assert by_text["최근"]["reason"].startswith("a time not resolved")
    # the toll and the displaced became claims: they are not listed
    assert not {"3명", "420명"} & set(by_text)


def test_extract_unfiled_table_ends_with_counts_by_reason(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    a = _article(tmp_path, id="flood-a", outlet="가나일보", time="16:00", deaths=3, displaced=420)
    code, out, _ = _run(["extract", "--unfiled", str(a)], capsys)
    lines = out.strip().splitlines()
    listed = [line for line in lines if line.startswith(str(a))]
    summary = next(line for line in lines if line.endswith("values became no claim:"))
    assert code == 0 and int(summary.split()[0]) == len(listed) > 0


def test_unfiled_does_not_write_a_ledger(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    a = _article(tmp_path, id="flood-a", outlet="가나일보", time="16:00", deaths=3, displaced=420)
    code, _, err = _run(["extract", "--unfiled", "--write", str(tmp_path / "claims"), str(a)], capsys)
    assert code == 2 and "--unfiled" in err and not (tmp_path / "claims").exists()
