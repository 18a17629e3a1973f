"""Attribute policies come from the one catalogue (data/attributes/*.yaml and a
user's file); an attribute no catalogue knows is static with no tolerance."""

from __future__ import annotations

import pytest

from daejo.errors import ConfigError
from daejo.extract.catalogue import load_catalogue
from daejo.reconcile.policy import AttributePolicy, load_policies, policy_for

USER_FILE = """\
family: newsroom
attributes:
  - id: rainfall
    kinds: [quantity]
    units: [mm]
    varies: true
    grows: true
    tolerance: {relative: 0.1, absolute: 2}
    triggers: [{lemma: 강수량, position: before, distance: 4}]
  - id: headcount
    kinds: [quantity]
    units: [명]
    tolerance: "5%"
    triggers: [{lemma: 직원, position: either, distance: 5}]
"""


def test_an_attribute_no_catalogue_knows_is_static_without_tolerance():
    assert policy_for("no_such_attribute", {}) == AttributePolicy(id="no_such_attribute")


def test_a_users_catalogue_file_sets_every_policy_field(tmp_path):
    extra = tmp_path / "newsroom.yaml"
    extra.write_text(USER_FILE, encoding="utf-8")
    table = load_policies(load_catalogue([extra]))
    rain = table["rainfall"]
    assert (rain.varies, rain.grows, rain.tolerance, rain.tolerance_abs, rain.kind) == (True, True, 0.1, 2.0, "quantity")
    # the user's headcount replaces the packaged one: static now, 5% either way
    assert table["headcount"].varies is False and table["headcount"].tolerance == pytest.approx(0.05)


def test_a_many_valued_attribute_is_compared_through_its_companion_either_way():
    table = load_policies()
    assert table["target_deadline"].companion == "target_count"
    assert table["target_count"].companion == "target_deadline"
    assert table["investment_amount"].companion is None and table["investment_amount"].cardinality == "many"


@pytest.mark.parametrize(
    "text,key,line",
    [
        ("attributes:\n  - id: x\n    kinds: [quantity]\n    varys: true\n", "varys: unknown key", 4),
        ("attributes:\n  - id: x\n    tolerance: {relative: -1}\n", "tolerance.relative", 3),
        ("attributes:\n  - id: x\n    cardinality: several\n", "cardinality", 3),
        ("attributes:\n  - id: x\n    triggers:\n      - {lemma: 가, distanse: 3}\n", "triggers.0.distanse: unknown key", 4),
    ],
)
def test_a_typo_in_a_catalogue_file_names_the_file_the_line_and_the_key(tmp_path, text, key, line):
    bad = tmp_path / "typo.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_catalogue([bad])
    message = str(info.value)
    assert "typo.yaml" in message and key in message and f":{line}" in message, message


def test_an_open_frame_changes_by_its_own_frame_not_by_the_words_around_it():
    from daejo.reconcile import _aligned_policy
    from daejo.reconcile.compare import Side

    from .factory import article, claim, money

    def side(aid, context):
        c = claim(aid, None, "~제작비", money("135억원", 135e8))
        c.context = context
        return Side(c, article(aid, [c]))

    # `누적 매출액은 243억원으로 순제작비 135억원을 웃돈다`: the running total is the other figure's
    policy = _aligned_policy(side("a", ["누적", "매출", "제작비"]), side("b", ["영화", "제작비"]), load_policies())
    assert not policy.varies and not policy.grows
    assert policy_for("~사망자", load_policies()).grows  # a frame listed as rising still is


def test_the_day_of_an_event_is_static_even_under_a_frame_of_a_rising_count():
    from daejo.reconcile import _aligned_policy
    from daejo.reconcile.compare import Side

    from .factory import article, claim, num, when

    def side(aid, value, attribute="~확진자"):
        c = claim(aid, None, attribute, value)
        return Side(c, article(aid, [c]))

    days = _aligned_policy(side("a", when("이달 3일", "2026-04-03", "2026-04-04")),
                           side("b", when("지난 2일", "2026-04-02", "2026-04-03")), {})
    assert not days.varies and not days.grows
    counts = _aligned_policy(side("a", num("21명", 21, unit="명")), side("b", num("23명", 23, unit="명")), {})
    assert counts.varies and counts.grows  # the count itself still rises
