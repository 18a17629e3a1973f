from daejo.extract.registry import EntityRegistry
from daejo.workflow.aliasing import apply_entity_decisions
from daejo.workflow.decisions import parse_decisions


def _registry() -> EntityRegistry:
    registry = EntityRegistry()
    registry.add("hanbit-lab", "한빛연구소", "org", ["한빛 연구소"])
    registry.add("hanbit-ai", "한빛AI", "org")
    registry.add("garam-univ", "가람대학교", "org")
    return registry


def test_alias_decisions_join_names_and_records():
    registry = _registry()
    decisions = parse_decisions(
        "decisions:\n"
        "  - alias: [한빛연구소, 한빛랩]\n    author: x\n"  # a new name joins a known entity
        "  - alias: [한빛연구소, 한빛AI]\n    author: x\n",  # two records of the alias files become one
        "d.yaml",
    )
    assert registry.resolve("한빛랩").id != "hanbit-lab"
    apply_entity_decisions(registry, decisions)
    assert registry.resolve("한빛랩").id == "hanbit-lab"
    assert registry.resolve("한빛AI").id == "hanbit-lab"
    assert registry.resolve("가람대학교").id == "garam-univ"


def test_not_alias_stops_spelling_variants_and_links():
    registry = _registry()
    assert registry.resolve("가람대핵교", "org").id == "garam-univ"  # a vowel variant resolves
    apply_entity_decisions(registry, parse_decisions("decisions:\n  - not_alias: [가람대학교, 가람대핵교]\n    author: x\n"))
    assert registry.resolve("가람대핵교", "org").id != "garam-univ"
    assert registry.link("가람대학교", "가람대핵교") is False
