"""``daejo rule`` explains a rule from the text docs/rules.md is made of;
``daejo attributes`` lists the catalogue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from daejo.cli import main

RULES_MD = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def _daejo(args: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out, err = capsys.readouterr()
    return exit_info.value.code or 0, out, err


def _section(code: str) -> str:
    """The body of ``## CODE `slug``` in docs/rules.md."""
    doc = RULES_MD.read_text(encoding="utf-8")
    start = doc.index(f"## {code} ")
    end = doc.find("\n## ", start + 1)
    return doc[start:end if end != -1 else None].split("\n", 2)[2].strip()


@pytest.mark.parametrize("name", ["DJ101", "dj101", "value-mismatch"])
def test_rule_explains_from_the_same_text_as_docs(name, capsys):
    code, out, _ = _daejo(["rule", name], capsys)
    assert code == 0
    head, body = out.split("\n", 1)
    assert head == "DJ101 value-mismatch"
    assert body.strip() == _section("DJ101")


def test_every_rule_is_explained_as_documented(capsys):
    from daejo.reconcile.rules import ALL_RULES
    from daejo.workflow.rules import WORKFLOW_RULES

    for rule in (*ALL_RULES, *WORKFLOW_RULES):
        out = _daejo(["rule", rule.code], capsys)[1]
        assert out.split("\n", 1)[1].strip() == _section(rule.code)


def test_rule_without_a_name_lists_them_all(capsys):
    code, out, _ = _daejo(["rule"], capsys)
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["code", "name", "summary"]
    assert any(line.startswith("DJ504  stale-decision") for line in lines)
    doc = json.loads(_daejo(["rule", "DJ102", "-f", "json"], capsys)[1])
    assert doc["code"] == "DJ102" and doc["name"] == "time-mismatch" and doc["explanation"]


def test_unknown_rule_names_close_ones(capsys):
    code, _, err = _daejo(["rule", "valu-mismatch"], capsys)
    assert code == 2 and "unknown rule 'valu-mismatch' (did you mean: value-mismatch" in err


def test_attributes_lists_ids_korean_labels_and_policy(capsys):
    code, out, _ = _daejo(["attributes"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["id", "이름", "family", "value", "compared"]
    row = next(line for line in lines if line.startswith("parameter_count "))
    assert "파라미터 수" in row and "ai_models" in row and row.endswith("static")
    deaths = next(line for line in lines if line.startswith("deaths "))
    assert "varies over time, only rises" in deaths
    # the columns line up in terminal columns (Hangul counts two)
    from rich.cells import cell_len

    column = cell_len(lines[0][: lines[0].index("family")])
    assert all(cell_len(line[: line.index("ai_models")]) == column for line in lines if " ai_models " in line)


def test_attributes_include_the_users_catalogue(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.yaml").write_text(
        "family: local\nattributes:\n  - id: bridge_length\n    meaning: length of a bridge\n"
        "    kinds: [quantity]\n    units: [m]\n    triggers:\n      - {lemma: 다리 길이}\n", encoding="utf-8")
    (tmp_path / "daejo.toml").write_text('attributes = ["mine.yaml"]\n', encoding="utf-8")
    rows = json.loads(_daejo(["attributes", "-f", "json"], capsys)[1])
    mine = next(r for r in rows if r["id"] == "bridge_length")
    assert mine["family"] == "local" and mine["policy"] == "static"
    assert {"id", "label_ko", "label_en", "family", "value", "policy", "meaning"} == set(mine)
