"""Message templates: every rule speaks Korean and English, both name both sides."""

from __future__ import annotations

import pytest

from daejo.reconcile import reconcile
from daejo.reconcile.messages import LANGS, short_date, templates
from daejo.reconcile.rules import ALL_RULES

from .factory import EOK, article, claim, num


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.slug)
def test_every_rule_has_a_template_per_language(rule):
    for lang in LANGS:
        assert templates()["rules"][rule.slug][lang].strip()


def test_publication_datetime_shortened_partial_dates_kept():
    assert short_date("2023-03-23T13:53:00+09:00") == "2023-03-23 13:53"
    assert short_date("2022") == "2022"


def test_source_disagreement_message_names_both_sources_in_both_languages():
    a = claim("a", "회사", "headcount", num("300명", 300, unit="명"), attribution="회사", as_of=("2022-01-01", "2023-01-01"))
    b = claim("b", "회사", "headcount", num("150명", 150, unit="명"), attribution="노조", as_of=("2022-01-01", "2023-01-01"))
    (finding,) = reconcile([article("a", [a]), article("b", [b])], [])
    assert finding.rule == "source-disagreement"
    for text in (finding.message_ko, finding.message_en):
        assert "회사" in text and "노조" in text and "300명" in text and "150명" in text
    assert "인원" in finding.message_ko and "headcount" in finding.message_en


def test_a_finding_names_the_source_as_an_editor_knows_it_not_by_its_registry_id():
    a = claim("a", "모델", "parameter_count", num("6000억개", 6000 * EOK), attribution="lg-group")
    b = claim("b", "모델", "parameter_count", num("3000억개", 3000 * EOK))
    (finding,) = reconcile([article("a", [a]), article("b", [b])], [], names={"lg-group": "LG"})
    assert [s.attribution for s in finding.claims] == ["LG", None]


def test_missing_outlet_and_date_are_said_so():
    a = claim("a", "모델", "parameter_count", num("6000억개", 6000 * EOK))
    b = claim("b", "모델", "parameter_count", num("3000억개", 3000 * EOK))
    (finding,) = reconcile([article("a", [a], outlet=None, published=None), article("b", [b])], [])
    assert "매체 미상" in finding.message_ko and "날짜 미상" in finding.message_ko
    assert "unknown outlet" in finding.message_en


def test_a_story_named_after_its_frame_is_not_named_twice():
    from daejo.reconcile.compare import Side
    from daejo.reconcile.messages import both_languages

    from .factory import money

    a = claim("a", None, "~예산안", money("3조2천억원", 32000 * EOK))
    b = claim("b", None, "~예산안", money("3조4천억원", 34000 * EOK))
    sides = [Side(a, article("a", [a]), entity_name="다온시 예산안"), Side(b, article("b", [b]), entity_name="다온시 예산안")]
    message = both_languages("value-mismatch", sides, "numeric")["ko"]
    assert message.startswith("기사마다 다른 다온시의 예산안:"), message
