"""One finding per wrong new claim, however many stored articles contradict it."""

from __future__ import annotations

from daejo.reconcile import reconcile

from .factory import EOK, article, claim, num

M = "모델"


def _count(article_id: str, text: str, value: float, low: float, high: float, bound: str = "exact"):
    return claim(article_id, M, "parameter_count", num(text, value, low, high, bound=bound))


def _six(article_id: str):
    return _count(article_id, "6000억 개", 6000 * EOK, 5999.5 * EOK, 6000.5 * EOK)


def _three(article_id: str):
    return _count(article_id, "약 3000억 개", 3000 * EOK, 2700 * EOK, 3300 * EOK, "approx")


def test_a_wrong_new_claim_against_three_stored_articles_is_one_finding():
    ledger = [article(f"old{i}", [_six(f"old{i}")]) for i in range(3)]
    (finding,) = reconcile([article("new", [_three("new")])], ledger)
    assert finding.rule == "value-mismatch" and finding.severity == "error"
    assert [s.article for s in finding.claims] == ["new", "old0", "old1", "old2"]
    assert "저장된 기사 3건" in finding.message_ko and "3 stored articles" in finding.message_en


def test_the_merged_id_does_not_change_when_the_ledger_grows():
    two = reconcile([article("new", [_three("new")])], [article(f"old{i}", [_six(f"old{i}")]) for i in range(2)])
    three = reconcile([article("new", [_three("new")])], [article(f"old{i}", [_six(f"old{i}")]) for i in range(3)])
    assert two[0].id == three[0].id


def test_findings_between_new_articles_are_not_merged():
    findings = reconcile([article("a", [_three("a")]), article("b", [_six("b")]), article("c", [_six("c")])], [])
    assert len(findings) == 2
    assert all(len(f.claims) == 2 for f in findings)
