"""Attribute policies: from the catalogue when it is there, else the fallback table."""

from __future__ import annotations

from daejo.reconcile.policy import FALLBACK, AttributePolicy, load_policies, parse_tolerance, policy_for


def test_fallback_covers_the_documented_catalogue_ids():
    assert FALLBACK["parameter_count"].varies is False
    assert FALLBACK["headcount"].varies is True
    assert FALLBACK["deaths"].grows is True
    assert FALLBACK["target_deadline"].companion == "target_count"


def test_unknown_attribute_is_static_without_tolerance():
    assert policy_for("no_such_attribute", {}) == AttributePolicy(id="no_such_attribute")


def test_policies_from_a_catalogue_mapping_override_the_fallback():
    table = load_policies({"headcount": {"id": "headcount", "kinds": ["quantity"], "varies": False, "tolerance": 0.1}})
    assert table["headcount"].varies is False and table["headcount"].tolerance == 0.1
    assert table["parameter_count"] == FALLBACK["parameter_count"]


def test_tolerance_forms():
    assert parse_tolerance("5%") == (0.05, 0.0)
    assert parse_tolerance({"relative": 0.1, "absolute": 2}) == (0.1, 2.0)
    # a bare number is relative; the base's absolute slack (age ±0.5 a side: one year apart meets) is kept
    assert parse_tolerance(0, FALLBACK["age"]) == (0.0, 0.5)


def test_packaged_catalogue_is_read():
    table = load_policies()
    assert table["target_deadline"].cardinality == "many"
    assert table["age"].varies is True and table["age"].tolerance_abs == 0.5
