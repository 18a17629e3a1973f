"""The dispatcher: format names, the html slot, errors."""

from __future__ import annotations

import pytest

from daejo.errors import ConfigError
from daejo.report import FORMATS, ReportMeta, render

from .sample import FINDINGS, meta

CONTRACT_FORMATS = ["text", "json", "jsonl", "sarif", "github", "rdjson", "junit", "gitlab", "markdown", "html"]


def test_formats_are_the_ones_the_cli_contract_names():
    assert list(FORMATS) == CONTRACT_FORMATS


def test_html_renders_cards_for_findings_and_escapes_them():
    page = render(FINDINGS, "html", meta())
    assert page.startswith("<!DOCTYPE html>")
    assert all(f'id="finding-{f.id}"' in page for f in FINDINGS)
    assert "<script>alert" not in page.split("<body>", 1)[1].split("<script>\n(function", 1)[0]


def test_unknown_format_is_a_config_error_listing_the_choices():
    with pytest.raises(ConfigError, match="sarif"):
        render(FINDINGS, "yaml", meta())


def test_rules_may_be_given_as_plain_mappings():
    info = {"code": "DJ101", "name": "value-mismatch", "summary_ko": "값 불일치", "summary_en": "", "help": ""}
    built = ReportMeta(rules={"value-mismatch": info})
    assert built.rules["value-mismatch"].summary_ko == "값 불일치"


def test_findings_are_not_mutated_or_reordered_by_rendering():
    before = [f.model_dump() for f in FINDINGS]
    for name in CONTRACT_FORMATS[:-1]:
        render(FINDINGS, name, meta())
    assert [f.model_dump() for f in FINDINGS] == before


@pytest.mark.parametrize("fmt", CONTRACT_FORMATS[:-1])
def test_a_finding_without_claims_still_renders(fmt):
    from .sample import PARAMETERS

    bare = PARAMETERS.model_copy(update={"claims": []})
    assert "DJ101" in render([bare], fmt, meta())
