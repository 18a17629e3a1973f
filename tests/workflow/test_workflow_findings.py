"""Workflow findings (no value on their sides) through every output format, and
``daejo decide`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from daejo.cli import main
from daejo.report import ReportMeta, RuleInfo, render
from daejo.workflow.decisions import load_decisions
from daejo.workflow.review import ReviewInput, review_findings
from daejo.workflow.decisions import parse_decisions
from daejo.workflow.rules import WORKFLOW_RULES

from ..reconcile.factory import article

FORMATS = ["text", "json", "jsonl", "sarif", "github", "rdjson", "junit", "gitlab", "markdown", "html"]


def _stale_accept():
    decisions = parse_decisions("decisions:\n  - accept: 00000000deadbeef\n    reason: 예전 지적\n    author: 김편집\n",
                                "claims/decisions.yaml")
    inp = ReviewInput(new=[article("a", [])], old=[], articles=[], decisions=decisions, policies=None,
                      entity_id=lambda name: name, complete=True)
    [finding] = review_findings([], inp)
    return finding


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_finding_without_a_value_renders_in_every_format(fmt):
    finding = _stale_accept()
    assert finding.claims[0].value is None
    rules = {r.slug: RuleInfo(code=r.code, name=r.slug) for r in WORKFLOW_RULES}
    out = render([finding], fmt, ReportMeta(articles=1, lang="ko", rules=rules, fail_on="info"))
    assert "DJ504" in out or "stale-decision" in out
    if fmt == "json":
        [side] = json.loads(out)["findings"][0]["claims"]
        assert side["value"] is None and side["line"] == 2 and side["path"] == "claims/decisions.yaml"


def _decide(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(["decide", *args])
    out, err = capsys.readouterr()
    return exit_info.value.code or 0, out, err


def test_decide_writes_entries_that_check_reads(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ledger = tmp_path / "claims"
    # a pin names an entity an alias file (or a ledger claim) knows
    (tmp_path / "aliases.yaml").write_text("entities:\n  - id: nurion\n    name: 누리온\n", encoding="utf-8")
    (tmp_path / "daejo.toml").write_text('aliases = ["aliases.yaml"]\n', encoding="utf-8")
    assert _decide(capsys, "accept", "abcdef0123456789", "--reason", "의도적 인용", "--author", "김편집",
                   "--ledger", str(ledger))[0] == 0
    code, _, _ = _decide(capsys, "pin", "누리온", "parameter_count", "6000억 개", "--source", "보도자료",
                         "--as-of", "2024", "--author", "이데스크", "--ledger", str(ledger))
    assert code == 0
    assert _decide(capsys, "not-alias", "카카오", "카카오브레인", "--author", "이데스크", "--ledger", str(ledger))[0] == 0
    decisions = load_decisions(ledger / "decisions.yaml")
    assert [d.kind for d in decisions.entries] == ["accept", "pin", "not_alias"]
    assert decisions.accepted["abcdef0123456789"].reason == "의도적 인용"
    assert decisions.pins[0].pin.as_of == "2024" and decisions.pins[0].source == "보도자료"
    before = (ledger / "decisions.yaml").read_text(encoding="utf-8")
    code, _, err = _decide(capsys, "pin", "누리온", "parameter_count", "아주 많이", "--source", "s", "--author", "x",
                           "--ledger", str(ledger))
    assert code == 2 and "no value recognised" in err
    assert (ledger / "decisions.yaml").read_text(encoding="utf-8") == before
