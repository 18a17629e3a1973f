"""An editor reads a Korean report in Korean: modality, value bounds, attribute labels
and the reason line (built by reconcile from the same comparison as the English one)."""

from __future__ import annotations

from daejo.reconcile import reconcile
from daejo.report import ReportMeta, render

from ..reconcile.factory import EOK, article, claim, num


def _findings():
    a = claim("a", "누리랩", "parameter_count", num("6000억 개", 6000 * EOK))
    b = claim("b", "누리랩", "parameter_count", num("약 3000억 개", 3000 * EOK, 2700 * EOK, 3300 * EOK, bound="approx"))
    return reconcile([article("a", [a]), article("b", [b])], [])


def test_korean_text_report_has_no_english_terms_for_the_editor():
    (finding,) = _findings()
    text = render([finding], "text", ReportMeta(articles=2, claims=2, lang="ko"))
    assert "── 누리랩 · 파라미터 수 ──" in text
    assert "양태: 단정" in text and "asserted" not in text
    assert "(약, " in text and "approx" not in text
    reason = next(line for line in text.splitlines() if "근거:" in line)
    assert "두 값의 범위가 겹치지 않습니다" in reason and "static attribute" not in reason


def test_english_report_keeps_the_english_reason():
    (finding,) = _findings()
    text = render([finding], "text", ReportMeta(articles=2, claims=2, lang="en"))
    assert "modality: asserted" in text and "static attribute parameter_count" in text
    assert finding.reason_ko and finding.reason_ko != finding.reason


def test_markdown_report_in_korean_uses_the_labels():
    (finding,) = _findings()
    md = render([finding], "markdown", ReportMeta(articles=2, claims=2, lang="ko"))
    assert "파라미터 수" in md and "단정" in md and "두 값의 범위가 겹치지 않습니다" in md
