"""Pins, suppressions, accepted and stale decisions applied to a run's findings
(hand-made claims; no extraction)."""

from __future__ import annotations

import pytest

from daejo.errors import ConfigError
from daejo.models import Article
from daejo.reconcile import reconcile
from daejo.workflow.decisions import parse_decisions
from daejo.workflow.review import ReviewInput, review_findings

from ..reconcile.factory import EOK, article, claim, num

SIX = num("6000억 개", 6000 * EOK, 5999.5 * EOK, 6000.5 * EOK)
THREE = num("3000억 개", 3000 * EOK, 2999.5 * EOK, 3000.5 * EOK)
FOUR = num("4000억 개", 4000 * EOK, 3999.5 * EOK, 4000.5 * EOK)

PIN = """\
decisions:
  - pin:
      entity: 모델
      attribute: parameter_count
      value: 6000억 개
    source: 한빛연구소 보도자료
    author: 이데스크
"""


def _review(new, old, *, decisions="", articles=(), complete=False, read=None):
    findings = reconcile(new, old)
    inp = ReviewInput(new=new, old=old, articles=list(articles), decisions=parse_decisions(decisions, "claims/decisions.yaml"),
                      policies=None, entity_id=lambda name: name, complete=complete,
                      read_article=read or (lambda path: []))
    return findings, review_findings(findings, inp)


def _rules(findings):
    return sorted((f.code, f.severity, tuple(sorted(s.article for s in f.claims))) for f in findings)


def test_a_claim_that_disagrees_with_the_pin_is_flagged_naming_source_and_author():
    new = [article("d", [claim("d", "모델", "parameter_count", FOUR)])]
    _, out = _review(new, [], decisions=PIN)
    [finding] = out
    assert (finding.code, finding.rule, finding.severity) == ("DJ501", "pin-mismatch", "error")
    assert "한빛연구소 보도자료" in finding.message and "이데스크" in finding.message
    article_side, pin_side = finding.claims
    assert article_side.article == "d"
    assert (pin_side.path, pin_side.line, pin_side.value.text) == ("claims/decisions.yaml", 2, "6000억 개")


def test_agreeing_claims_plans_and_other_entities_are_quiet():
    new = [article("c", [claim("c", "모델", "parameter_count", SIX),
                         claim("c", "모델", "parameter_count", THREE, modality="planned", start=40),
                         claim("c", "다른모델", "parameter_count", THREE, start=80)])]
    _, out = _review(new, [], decisions=PIN, complete=True)
    assert out == []


def test_a_hedged_claim_against_the_pin_is_a_warning():
    new = [article("h", [claim("h", "모델", "parameter_count", FOUR, modality="hedged")])]
    _, out = _review(new, [], decisions=PIN)
    assert [(f.code, f.severity) for f in out] == [("DJ501", "warning")]


def test_the_pin_settles_findings_between_articles():
    old = [article("b", [claim("b", "모델", "parameter_count", THREE)])]
    agreeing = [article("c", [claim("c", "모델", "parameter_count", SIX)])]
    before, out = _review(agreeing, old, decisions=PIN)
    assert [f.code for f in before] == ["DJ101"]  # without the pin: a conflict with the ledger
    assert out == []  # the new article agrees with the pin; the ledger's 3000억 is the wrong one
    disagreeing = [article("d", [claim("d", "모델", "parameter_count", FOUR)])]
    before, out = _review(disagreeing, old, decisions=PIN)
    assert [f.code for f in before] == ["DJ101"]
    assert _rules(out) == [("DJ501", "error", ("d", "decisions"))]  # once, against the pin


def test_findings_of_unpinned_facts_are_kept():
    new = [article("a", [claim("a", "기타", "parameter_count", SIX)])]
    old = [article("b", [claim("b", "기타", "parameter_count", THREE)])]
    before, out = _review(new, old, decisions=PIN)
    assert [f.id for f in out if f.code == "DJ101"] == [before[0].id]


def test_accept_drops_the_finding_and_stale_accepts_are_reported_only_on_complete_runs():
    new = [article("a", [claim("a", "모델", "parameter_count", SIX)]),
           article("b", [claim("b", "모델", "parameter_count", THREE)])]
    findings = reconcile(new, [])
    accepted = (f"decisions:\n  - accept: {findings[0].id}\n    reason: 인용\n    author: 김편집\n"
                "  - accept: 00000000deadbeef\n    reason: 예전 지적\n    author: 김편집\n")
    _, out = _review(new, [], decisions=accepted, complete=False)
    assert out == []
    _, out = _review(new, [], decisions=accepted, complete=True)
    [stale] = out
    assert (stale.code, stale.severity, stale.claims[0].line) == ("DJ504", "info", 5)
    assert stale.claims[0].value is None and "00000000deadbeef" in stale.message


def test_a_pin_that_matches_no_claim_is_stale_on_complete_runs():
    new = [article("a", [claim("a", "다른모델", "parameter_count", SIX)])]
    _, out = _review(new, [], decisions=PIN, complete=True)
    assert [(f.code, f.claims[0].line) for f in out] == [("DJ504", 2)]
    _, out = _review(new, [], decisions=PIN, complete=False)
    assert out == []


def test_an_unreadable_pin_value_names_the_line():
    bad = PIN.replace("value: 6000억 개", "value: 많이")
    with pytest.raises(ConfigError) as err:
        _review([article("a", [])], [], decisions=bad)
    assert err.value.line == 2 and "많이" in str(err.value)


def _article_with(article_id: str, body: str, body_line: int = 6) -> Article:
    return Article(id=article_id, path=f"{article_id}.md", body=body, body_line=body_line, source_format="markdown")


def _claim_on(article_id: str, value, file_line: int):
    c = claim(article_id, "모델", "parameter_count", value)
    c.evidence.line = file_line
    return c


def test_suppression_on_the_claims_line_silences_the_finding_and_unused_ones_are_reported():
    body = ("첫 줄.\n<!-- daejo-disable-next-line value-mismatch: 정정 전 수치 인용 -->\n모델의 파라미터는 3000억 개다.\n"
            "<!-- daejo-disable DJ102 -->\n<!-- daejo-enable -->\n<!-- daejo-bogus -->\n")
    b = _article_with("b", body)
    new = [article("a", [_claim_on("a", SIX, 6)]), article("b", [_claim_on("b", THREE, 6 + 2)])]
    before, out = _review(new, [], articles=[b, _article_with("a", "모델의 파라미터는 6000억 개다.\n")])
    assert [f.code for f in before] == ["DJ101"]
    assert _rules(out) == [("DJ502", "warning", ("b",)), ("DJ503", "warning", ("b",))]
    unused = next(f for f in out if f.code == "DJ502")
    assert (unused.claims[0].path, unused.claims[0].line) == ("b.md", 6 + 3)  # body line 4 in the file
    malformed = next(f for f in out if f.code == "DJ503")
    assert malformed.claims[0].line == 6 + 5


def test_a_suppression_in_a_ledger_article_is_read_from_its_file(tmp_path):
    body = "<!-- daejo-disable value-mismatch: 의도적 인용 -->\n모델의 파라미터는 3000억 개다.\n"
    old = [article("b", [_claim_on("b", THREE, 6 + 1)])]
    old[0].claims[0].evidence.path = str(tmp_path / "b.md")
    (tmp_path / "b.md").write_text("x", encoding="utf-8")  # exists; its text comes from read_article
    new = [article("a", [_claim_on("a", SIX, 6)])]
    read = lambda path: [_article_with("b", body).model_copy(update={"path": path})]  # noqa: E731
    before, out = _review(new, old, articles=[_article_with("a", "모델의 파라미터는 6000억 개다.\n")], read=read)
    assert [f.code for f in before] == ["DJ101"]
    assert out == []


def test_new_sides_come_first():
    old = [article("a", [claim("a", "기타", "parameter_count", SIX)])]
    new = [article("z", [claim("z", "기타", "parameter_count", THREE)])]
    _, out = _review(new, old)
    assert [s.article for s in out[0].claims] == ["z", "a"]
