"""The JSON Schemas in docs/schemas are current (generated from the models by
daejo.schemas) and the outputs they describe validate against them: check's json
and jsonl, and every line of ledger files (the repository's claims/ and one
written here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from daejo.ledger import write_article_claims
from daejo.schemas import render, schemas

from ..reconcile.factory import article, claim, when
from .test_check import SIX, THREE, _conflict, _run, claims_by_article  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = ROOT / "docs" / "schemas"


def _validator(name: str) -> Draft202012Validator:
    schema = json.loads((PUBLISHED / name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _errors(validator: Draft202012Validator, instance: object) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(instance)]


@pytest.mark.parametrize("name", sorted(schemas()))
def test_published_schema_is_current(name):
    """Regenerate with `python -m daejo.schemas --write docs/schemas`."""
    assert (PUBLISHED / name).read_text(encoding="utf-8") == render(schemas()[name])


def test_check_json_and_jsonl_validate(claims_by_article, tmp_path, capsys):
    paths = _conflict(claims_by_article, tmp_path)
    claims_by_article["c"] = [claim("c", "연구소", "founded_date", when("2019년", "2019-01-01", "2020-01-01", grain="year"))]
    claims_by_article["d"] = [claim("d", "연구소", "founded_date", when("2020년", "2020-01-01", "2021-01-01", grain="year"))]
    from .test_check import _write_article

    paths += [str(_write_article(tmp_path, "c")), str(_write_article(tmp_path, "d"))]
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "decisions.yaml").write_text(
        "decisions:\n  - accept: abcdef0123456789\n    reason: r\n    author: a\n", encoding="utf-8")
    code, out, err = _run([*paths, "-f", "json"], capsys)
    assert code == 1, err
    doc = json.loads(out)
    assert {f["code"] for f in doc["findings"]} == {"DJ101", "DJ102", "DJ504"}  # a number, a time, no value
    assert _errors(_validator("report.schema.json"), doc) == []
    _, out, _ = _run([*paths, "-f", "jsonl"], capsys)
    finding = _validator("finding.schema.json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 3 and all(_errors(finding, line) == [] for line in lines)


def test_the_schema_rejects_what_is_not_the_format(claims_by_article, tmp_path, capsys):
    _, out, _ = _run([*_conflict(claims_by_article, tmp_path), "-f", "json"], capsys)
    doc = json.loads(out)
    doc["findings"][0]["severity"] = "fatal"
    doc["findings"][0]["claims"][0]["surprise"] = 1
    errors = _errors(_validator("report.schema.json"), doc)
    assert any("fatal" in e for e in errors) and any("surprise" in e for e in errors)


def _ledger_lines(folder: Path) -> list[tuple[str, dict]]:
    out = []
    for path in sorted(folder.glob("*.jsonl")):
        header, *claims = path.read_text(encoding="utf-8").splitlines()
        out.append(("ledger-header.schema.json", json.loads(header)))
        out += [("ledger-claim.schema.json", json.loads(line)) for line in claims]
    return out


def test_ledger_lines_validate(tmp_path):
    write_article_claims(tmp_path, article("a", [claim("a", "모델", "parameter_count", SIX),
                                                  claim("a", "모델", "parameter_count", THREE, as_of=("2022-01-01", "2023-01-01"))]))
    lines = _ledger_lines(tmp_path) + _ledger_lines(ROOT / "claims")
    assert len([1 for name, _ in lines if name == "ledger-header.schema.json"]) > 1
    validators = {name: _validator(name) for name in ("ledger-header.schema.json", "ledger-claim.schema.json")}
    for name, line in lines:
        assert _errors(validators[name], line) == [], (name, line)
