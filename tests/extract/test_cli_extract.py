"""``daejo extract``: table, json and jsonl output, ledger writing, input errors."""

from __future__ import annotations

import json

import pytest

from daejo.cli import main

ARTICLE = """---
id: gaon-test
title: 다솜LM 공개
published: "2022-06-20"
---
다솜LM의 파라미터는 약 3000억 개다.

홍길동 한빛연구원장(45)은 2030년까지 1000명의 전문가를 육성한다는 계획을 밝혔다.
"""
ALIASES = "entities:\n  - {id: dasom-lm, name: 다솜LM, type: model, aliases: []}\n  - {id: hong-gildong, name: 홍길동, type: person, aliases: []}\n"


@pytest.fixture
def article(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no project configuration applies
    path = tmp_path / "gaon-test.md"
    path.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "aliases.yaml").write_text(ALIASES, encoding="utf-8")
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out = capsys.readouterr()
    return info.value.code, out.out, out.err


def test_table_lists_the_claims(article, capsys):
    code, out, _ = run(capsys, "extract", str(article), "--aliases", "aliases.yaml")
    assert code == 0
    header, rule, *rows = out.splitlines()
    assert header.split()[:4] == ["article", "entity", "attribute", "value"]
    assert set(rule) <= {"-", " "}
    assert any("dasom-lm" in r and "parameter_count" in r and "300,000,000,000 개" in r for r in rows)
    assert any("hong-gildong" in r and "age" in r for r in rows)


def test_jsonl_is_one_claim_a_line(article, capsys):
    code, out, _ = run(capsys, "extract", str(article), "--aliases", "aliases.yaml", "--format", "jsonl")
    claims = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    by_attribute = {c["attribute"]: c for c in claims}
    assert by_attribute["parameter_count"]["entity"] == "dasom-lm"
    assert by_attribute["target_count"]["modality"] == "planned"
    evidence = by_attribute["parameter_count"]["evidence"]
    assert evidence["line"] == 6 and evidence["quote"] == "약 3000억 개"


def test_json_groups_claims_by_article(article, capsys):
    code, out, _ = run(capsys, "extract", str(article), "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["version"] == 1
    assert doc["articles"][0]["article"] == "gaon-test" and doc["articles"][0]["claims"]


def test_write_reports_written_then_unchanged(article, tmp_path, capsys):
    ledger = tmp_path / "claims"
    code, out, _ = run(capsys, "extract", str(article), "--aliases", "aliases.yaml", "--write", str(ledger))
    assert code == 0 and "1 ledger files written, 0 unchanged" in out
    first = (ledger / "gaon-test.jsonl").read_bytes()
    code, out, _ = run(capsys, "extract", str(article), "--aliases", "aliases.yaml", "--write", str(ledger))
    assert "0 ledger files written, 1 unchanged" in out
    assert (ledger / "gaon-test.jsonl").read_bytes() == first


def test_missing_input_exits_2_with_a_message(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "extract", str(tmp_path / "nope.md"))
    assert code == 2 and "nope.md" in err and "Traceback" not in err
    code, _, err = run(capsys, "extract", str(tmp_path / "nope.md"), "--aliases", "missing.yaml")
    assert code == 2 and "missing.yaml" in err
