"""The attribute catalogue: the ids of docs/pipeline.md, well-formed data, user overrides."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from daejo.errors import ConfigError
from daejo.extract.catalogue import POSITIONS, load_catalogue
from daejo.extract.cataloguedoc import render_into, render_table

DOCS = Path(__file__).resolve().parents[2] / "docs" / "pipeline.md"
KINDS = {"number", "quantity", "money", "percent", "ratio", "duration", "time"}


def documented_ids() -> set[str]:
    text = DOCS.read_text(encoding="utf-8").split("## Attribute catalogue", 1)[1]
    return set(re.findall(r"^\| ([a-z_]+) \|", text, flags=re.M)) - {"id"}


def test_catalogue_ids_are_exactly_the_documented_ones(catalogue):
    assert set(catalogue.attributes) == documented_ids()


def test_every_attribute_is_well_formed(catalogue):
    for a in catalogue.attributes.values():
        assert a.kinds and set(a.kinds) <= KINDS, a.id
        assert a.cardinality in ("one", "many"), a.id
        assert a.tolerance.relative >= 0 and a.tolerance.absolute >= 0, a.id
        assert a.triggers or a.self_triggering_roles or a.self_triggering_units or a.parenthesised_after_person, a.id
        for t in a.triggers:
            assert t.position in POSITIONS and t.distance >= 0 and t.forms, a.id
        if a.companion_of:
            assert a.companion_of in catalogue


def test_the_documented_table_is_the_catalogue_as_it_is():
    # regenerate with: python -m daejo.extract.cataloguedoc --write docs/pipeline.md
    text = DOCS.read_text(encoding="utf-8")
    assert render_into(text) == text


def test_the_table_says_what_each_policy_field_says(catalogue):
    rows = {r.split(" | ")[0].strip("| "): r for r in render_table(catalogue).splitlines() if r.startswith("| ")}
    for a in catalogue.attributes.values():
        compared = rows[a.id].split(" | ")[3]
        assert compared.startswith("varies over time" if a.varies else "static"), a.id
        assert ("only rises" in compared) == a.grows and ("per period" in compared) == a.period, a.id


def test_units_that_attributes_demand(catalogue):
    assert catalogue.get("deaths").accepts_unit("명") and not catalogue.get("deaths").accepts_unit("개")
    assert catalogue.get("parameter_count").accepts_unit(None) and catalogue.get("parameter_count").accepts_unit("개")
    assert not catalogue.get("parameter_count").accepts_unit("명")


def test_a_user_file_overrides_and_extends(tmp_path):
    extra = tmp_path / "attrs.yaml"
    extra.write_text(
        "family: newsroom\nattributes:\n"
        "  - {id: deaths, kinds: [quantity], units: [명], triggers: [{lemma: 희생, position: after, distance: 2}]}\n"
        "  - {id: floors, kinds: [quantity], units: [층], triggers: [{lemma: 건물, position: before, distance: 3}]}\n",
        encoding="utf-8",
    )
    catalogue = load_catalogue([extra])
    assert [t.forms for t in catalogue.get("deaths").triggers] == [("희생",)]
    assert "사망자" not in catalogue.triggers_by_key or all(t.attribute != "deaths" for t in catalogue.triggers_by_key["사망자"])
    assert catalogue.get("floors").family == "newsroom"


@pytest.mark.parametrize(
    "text,message",
    [
        ("attributes: [{kinds: [money]}]", "needs an 'id'"),
        ("attributes:\n  - {id: x, triggers: [{lemma: 가, position: around}]}", "position"),
        ("attributes: [", "invalid YAML"),
        ("foo: 1", "'attributes' list"),
    ],
)
def test_malformed_catalogue_is_a_config_error(tmp_path, text, message):
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_catalogue([bad])
    assert message in str(info.value) and "bad.yaml" in str(info.value)
