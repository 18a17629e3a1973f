"""Hand-built claims and findings for the HTML report tests (Hangul included)."""

from __future__ import annotations

from daejo.models import ArticleClaims, Claim, Evidence, Finding, FindingSide, Interval, Value

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">"><svg onload="window.__pwned=3">'


def _value(text: str, n: int, bound: str = "exact", low=None, high=None, unit="개") -> Value:
    return Value(kind="quantity", text=text, start=0, end=len(text), value=n, unit=unit, bound=bound,
                 low=n if low is None else low, high=n if high is None else high)


def _claim(article: str, cid: str, entity: str, attribute: str, sentence: str, quote: str, value: Value,
           as_of: tuple[str, str], modality="asserted", attribution=None) -> Claim:
    start = sentence.index(quote)
    value = value.model_copy(update={"start": start, "end": start + len(quote), "text": quote})
    return Claim(
        id=cid, article=article, entity=entity, entity_text=entity, attribute=attribute, value=value,
        as_of=Interval(start=as_of[0], end=as_of[1]), as_of_source="published", modality=modality,
        attribution=attribution,
        evidence=Evidence(path=f"fixtures/{article}.md", sentence_index=0, sentence=sentence, sentence_start=0,
                          start=start, end=start + len(quote), quote=quote, line=7, column=start + 1),
    )


def _side(claim: Claim, header: ArticleClaims) -> FindingSide:
    e = claim.evidence
    return FindingSide(article=claim.article, path=e.path, line=e.line, column=e.column, start=e.start, end=e.end,
                       sentence=e.sentence, sentence_start=e.sentence_start, quote=e.quote, value=claim.value,
                       modality=claim.modality, attribution=claim.attribution, as_of=claim.as_of, claim_id=claim.id,
                       title=header.title, outlet=header.outlet, published=header.published)


def build(hostile: bool = False) -> tuple[list[Finding], list[ArticleClaims]]:
    """Two articles disagreeing on a parameter count, plus a headcount that grew (no conflict)."""
    title_a = HOSTILE if hostile else "누리온 모델, 파라미터 6000억 개"
    outlet_a = HOSTILE if hostile else "한빛일보"
    sent_a = ("누리온은 파라미터가 6000억 개에 이른다. " + HOSTILE) if hostile else "누리온은 파라미터가 6000억 개에 이른다."
    a1 = _claim("alpha", "c-a1", "nurion", "parameter_count", sent_a, "6000억 개",
                _value("6000억 개", 600_000_000_000, low=599_950_000_000, high=600_050_000_000), ("2022-01-01", "2023-01-01"))
    a2 = _claim("alpha", "c-a2", "hanbit-lab", "headcount", "연구소 인력은 출범 당시 70명이었다.", "70명",
                _value("70명", 70, unit="명"), ("2020-12-01", "2021-01-01"))
    b1 = _claim("beta", "c-b1", "nurion", "parameter_count", "회사 측은 누리온의 파라미터가 약 3000억 개라고 밝혔다.", "약 3000억 개",
                _value("약 3000억 개", 300_000_000_000, "approx", 270_000_000_000, 330_000_000_000),
                ("2023-03-01", "2023-03-02"), attribution="회사 측")
    b2 = _claim("beta", "c-b2", "hanbit-lab", "headcount", "현재 연구 인력은 250명으로 늘었다.", "250명",
                _value("250명", 250, unit="명"), ("2022-12-01", "2023-01-01"))
    alpha = ArticleClaims(article="alpha", path="fixtures/alpha.md", title=title_a, outlet=outlet_a,
                          published="2022", body_sha256="0" * 64, claims=[a1, a2])
    beta = ArticleClaims(article="beta", path="fixtures/beta.md", title="누리온 규모 공개", outlet="새누리경제",
                         published="2023-03-01", body_sha256="1" * 64, claims=[b1, b2])
    msg_ko = "누리온의 파라미터 수가 기사마다 다릅니다: 6000억 개 vs 약 3000억 개"
    finding = Finding(
        id="f1a2b3c4d5e6", rule="value-mismatch", code="DJ101", severity="warning", confidence=0.8,
        entity="nurion", attribute="parameter_count", message=msg_ko, message_ko=msg_ko,
        message_en="parameter_count of nurion differs: 6000억 개 vs 약 3000억 개",
        reason="static attribute parameter_count: [5999.5억, 6000.5억] ∩ [2700억, 3300억] = ∅",
        claims=[_side(a1, alpha), _side(b1, beta)],
    )
    info = finding.model_copy(update={"id": "0a0b0c0d0e0f", "rule": "suspicious-number", "code": "DJ401",
                                      "severity": "info", "entity": "hanbit-lab", "attribute": "headcount",
                                      "claims": [_side(a2, alpha)]})
    return [finding, info], [alpha, beta]
