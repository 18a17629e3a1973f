"""``junit``: well-formed XML whose test cases mirror the findings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from daejo.report import render

from .sample import FINDINGS, HOSTILE, PARAMETERS, meta


def _parse(findings, **overrides) -> ET.Element:
    output = render(findings, "junit", meta(**overrides))
    assert output.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(output.encode("utf-8"))


def test_one_suite_per_rule_one_case_per_finding():
    root = _parse(FINDINGS)
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["DJ101 value-mismatch", "DJ102 time-mismatch", "DJ201 plan-divergence"]
    assert [len(s.findall("testcase")) for s in suites] == [2, 1, 1]
    assert (root.get("tests"), root.get("failures")) == ("4", "3")


def test_errors_and_warnings_fail_info_passes():
    cases = _parse(FINDINGS).iter("testcase")
    outcomes = {case.get("name").rsplit("[", 1)[1].rstrip("]"): case.find("failure") is not None for case in cases}
    assert outcomes == {f.id: f.severity != "info" for f in FINDINGS}


def test_hostile_text_survives_escaping_unchanged():
    case = next(_parse([HOSTILE]).iter("testcase"))
    failure = case.find("failure")
    assert failure.get("message") == HOSTILE.message_ko
    assert case.get("file") == "odd/a,b:c.md"
    assert "<script>alert('x')</script> | 12%::였다↵[링크]" in failure.text
    assert case.get("name").startswith(HOSTILE.entity)


def test_characters_xml_cannot_hold_are_replaced():
    broken = PARAMETERS.model_copy(update={"message_ko": "값\x00이\x1b[31m 다릅니다"})
    failure = next(_parse([broken]).iter("failure"))
    assert failure.get("message") == "값\ufffd이\ufffd[31m 다릅니다"


def test_no_findings_is_a_single_passing_case():
    root = _parse([], articles=3, claims=12)
    cases = list(root.iter("testcase"))
    assert len(cases) == 1 and cases[0].find("failure") is None
    assert "3 articles, 12 claims" in cases[0].get("name")
    assert root.get("failures") == "0"
