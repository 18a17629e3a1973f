"""The pin findings' messages and reasons, word for word (they come from
reconcile/messages.yaml, beside the reconciler's own)."""

from __future__ import annotations

from ..reconcile.factory import article, claim
from .test_review import FOUR, PIN, SIX, _review


def test_pin_mismatch_message_and_reason():
    new = [article("d", [claim("d", "모델", "parameter_count", FOUR)])]
    [finding] = _review(new, [], decisions=PIN)[1]
    assert finding.message_ko == (
        "모델의 파라미터 수: '4000억 개'([3999.5억, 4000.5억] 개)는 고정된 값 '6000억 개'([5700억, 6300억] 개)와 "
        "맞지 않습니다 (출처: 한빛연구소 보도자료, 고정: 이데스크)")
    assert finding.message_en == (
        "모델 parameter count: '4000억 개' ([3999.5억, 4000.5억] 개) disagrees with the pinned value "
        "'6000억 개' ([5700억, 6300억] 개) (source: 한빛연구소 보도자료, pinned by 이데스크)")
    assert finding.reason == (
        "static attribute parameter_count: [3999.5억, 4000.5억] 개 does not overlap the pinned "
        "[5700억, 6300억] 개 (decisions line 2)")


def test_stale_pin_message_and_reason():
    new = [article("a", [claim("a", "다른모델", "parameter_count", SIX)])]
    [finding] = _review(new, [], decisions=PIN, complete=True)[1]
    assert finding.message_ko == "고정값 결정(모델 parameter_count)에 해당하는 주장이 기사와 원장 어디에도 없습니다"
    assert finding.message_en == "pinned value (모델 parameter_count) matches no claim in the articles or the ledger"
    assert finding.reason == "no claim of (모델, parameter_count)"
