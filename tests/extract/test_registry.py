"""Entity registry: normalised matching, text-written links, spelling variants.

The table of alias pairs is the specification: true pairs must resolve to one
id, false pairs (containment, a different number, a title suffix) never.
"""

from __future__ import annotations

import pytest

from daejo.errors import ConfigError
from daejo.extract.links import learn_links
from daejo.extract.registry import (
    EntityRegistry,
    consonant_skeleton,
    decompose_jamo,
    is_vowel_variant,
    load_alias_text,
    normalise,
)

ALIASES = """
entities:
  - {id: michigan, name: 미시간대, type: org, aliases: [미시간 대학교]}
  - {id: kakao, name: 카카오, type: org, aliases: []}
  - {id: kakao-brain, name: 카카오브레인, type: org, aliases: []}
  - {id: dasom-ai, name: 다솜 AI연구원, type: org, aliases: [Dasom AI Research]}
  - {id: gpt-3, name: GPT-3, type: model, aliases: []}
  - {id: gpt-2, name: GPT-2, type: model, aliases: []}
  - {id: samsung-elec, name: 삼성전자, type: org, aliases: []}
  - {id: samsung, name: 삼성, type: org, aliases: []}
  - {id: nurion, name: 누리온, type: model, aliases: []}
  - {id: lee-jun, name: 이준, type: person, aliases: []}
not_aliases:
  - [카카오, 카카오브레인]
"""


@pytest.fixture
def registry() -> EntityRegistry:
    r = EntityRegistry()
    load_alias_text(ALIASES, "aliases.yaml", r)
    return r


SAME = [
    ("미시간대", "미시건대"),  # a vowel-level spelling variant
    ("미시간 대학교", "미시건 대학교"),
    ("다솜 AI연구원", "다솜AI 연구원"),  # spaces
    ("다솜 AI연구원", "Dasom AI Research"),
    ("GPT-3", "gpt-3"),  # case
    ("누리온", "‘누리온’"),  # quotes
    ("다솜 AI연구원", "다솜·AI연구원"),  # middle dot
]
DIFFERENT = [
    ("카카오", "카카오브레인"),  # containment
    ("다솜 AI연구원", "다솜 AI연구원장"),  # a title, not the organisation
    ("GPT-3", "GPT-2"),  # another number
    ("삼성전자", "삼성"),
    ("이준", "이진"),  # people: never merged on spelling
]


@pytest.mark.parametrize("a,b", SAME)
def test_true_alias_pairs_resolve_to_one_id(registry, a, b):
    # the mention `b` is detected with the registered entity's type (org suffix, quotes…)
    registered = registry.resolve(a)
    assert registered.registered
    assert registry.resolve(b, registered.type).id == registered.id


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_false_alias_pairs_stay_apart(registry, a, b):
    ra = registry.resolve(a)
    assert registry.resolve(b, ra.type).id != ra.id


def test_jamo_decomposition_and_variants():
    assert decompose_jamo("간") == "ㄱㅏㄴ"
    assert decompose_jamo("GPT") == "GPT"
    assert consonant_skeleton("미시간") == consonant_skeleton("미시건")
    assert is_vowel_variant("미시간", "미시건")
    assert not is_vowel_variant("카카오", "카카오브레인")
    assert not is_vowel_variant("미시간", "미시간")
    assert not is_vowel_variant("gpt-3", "gpt-2")  # consonant-level difference


def test_variant_needs_the_same_type(registry):
    # 미시건대 spelled as a model name does not join the university
    assert registry.resolve("미시건대", "model").id != "michigan"
    assert registry.resolve("미시건대", "org").id == "michigan"


def test_unregistered_entity_is_named_by_its_normalised_surface(registry):
    res = registry.resolve("한빛 전자")
    assert (res.id, res.registered, res.via) == ("한빛전자", False, "surface")
    assert normalise(" ‘A·B c’ ") == "abc"


def test_links_written_in_the_text(registry):
    assert learn_links("가람연구소는 ‘새별(Saebyeol)’을 공개했다. 다솜 AI연구원(Dasom AI Lab)도 참여했다.", registry) == 2
    assert registry.resolve("Saebyeol").id == registry.resolve("새별").id
    assert registry.resolve("Dasom AI Lab").id == "dasom-ai"
    # a gloss of a common word is not a name
    learn_links("인공지능(AI) 기술", registry)
    assert registry.lookup("AI") is None


def test_not_aliases_block_a_link(registry):
    assert registry.link("카카오", "카카오브레인") is False
    assert registry.resolve("카카오").id != registry.resolve("카카오브레인").id


def test_user_words_are_single_tokens(registry):
    words = registry.user_words()
    assert ("카카오브레인", "NNP") in words
    assert all(" " not in w for w, _ in words)


def test_bad_alias_file_names_the_file():
    with pytest.raises(ConfigError) as info:
        load_alias_text("entities:\n  - {name: 이름만}\n", "bad.yaml", EntityRegistry())
    assert "bad.yaml" in str(info.value)
    with pytest.raises(ConfigError) as info:
        load_alias_text("entities: [\n", "broken.yaml", EntityRegistry())
    assert "broken.yaml" in str(info.value) and info.value.line is not None


def test_a_latin_name_inside_a_longer_latin_word_of_a_headline_is_no_mention(registry):
    # `저비용항공사(LCC)` learned from one article; another's headline `…MLCC 가동률 85%`
    # names a capacitor, not the airlines: a Latin name is found only as a whole word
    from daejo.extract.entities import MentionFinder

    learn_links("저비용항공사(LCC)들은 3분기 매출 1조원을 올렸다.", registry)
    finder = MentionFinder(registry)
    assert finder.find_in_title("도담전자 2분기 실적…MLCC 가동률 85%") == []
    (mention,) = finder.find_in_title("LCC 3사, 3분기 나란히 흑자")
    assert mention.entity == registry.resolve("저비용항공사").id
