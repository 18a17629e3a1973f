"""Golden files: every format over the same hand-built findings (see sample.py)."""

from __future__ import annotations

import random

import pytest

from daejo.report import FORMATS, render

from .sample import FINDINGS, meta

EXTENSIONS = {
    "text": "txt",
    "json": "json",
    "jsonl": "jsonl",
    "sarif": "sarif",
    "github": "txt",
    "rdjson": "json",
    "junit": "xml",
    "gitlab": "json",
    "markdown": "md",
}
RENDERED_FORMATS = [name for name in FORMATS if name != "html"]


def test_every_format_but_html_has_a_snapshot_extension():
    assert sorted(EXTENSIONS) == sorted(RENDERED_FORMATS)


@pytest.mark.parametrize("fmt", RENDERED_FORMATS)
def test_sample_findings_match_snapshot(fmt, snapshot):
    snapshot(f"sample.{fmt}.{EXTENSIONS[fmt]}", render(FINDINGS, fmt, meta(exit_status=1)))


@pytest.mark.parametrize("fmt", RENDERED_FORMATS)
def test_no_findings_match_snapshot(fmt, snapshot):
    snapshot(f"empty.{fmt}.{EXTENSIONS[fmt]}", render([], fmt, meta(articles=2, claims=0, exit_status=0)))


@pytest.mark.parametrize("fmt", ["text", "markdown", "sarif"])
def test_english_messages_match_snapshot(fmt, snapshot):
    snapshot(f"sample-en.{fmt}.{EXTENSIONS[fmt]}", render(FINDINGS, fmt, meta(lang="en")))


@pytest.mark.parametrize("fmt", RENDERED_FORMATS)
def test_output_does_not_depend_on_input_order(fmt):
    shuffled = list(FINDINGS)
    random.Random(7).shuffle(shuffled)
    assert shuffled != FINDINGS
    assert render(shuffled, fmt, meta()) == render(list(reversed(FINDINGS)), fmt, meta())


@pytest.mark.parametrize("fmt", RENDERED_FORMATS)
def test_hangul_is_written_as_is(fmt):
    output = render(FINDINGS, fmt, meta())
    assert "매개변수 수가 기사마다 다릅니다" in output
    assert "\\ub9e4" not in output.lower()  # no \u escapes of Hangul
