"""``daejo decide``: the fingerprint a report shows is the one `decide accept` takes,
and what `decide` records is checked before it is written."""

from __future__ import annotations

import json
import re

import pytest

from daejo.cli import main
from daejo.workflow.decisions import load_decisions

from .test_check import _conflict, _run, claims_by_article  # noqa: F401 - the fixture


def _decide(args: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(["decide", *args])
    out, err = capsys.readouterr()
    return exit_info.value.code or 0, out, err


@pytest.mark.parametrize("fmt", ["text", "markdown", "github"])
def test_the_short_fingerprint_shown_is_accepted(claims_by_article, tmp_path, capsys, fmt):
    paths = _conflict(claims_by_article, tmp_path)
    (tmp_path / "claims").mkdir()
    code, out, _ = _run([*paths, "-f", "json"], capsys)
    [finding] = json.loads(out)["findings"]
    code, out, _ = _run([*paths, "-f", fmt], capsys)
    assert code == 1
    shown = re.findall(r"\[fp ([0-9a-f]{8})\]", out)
    assert shown == [finding["id"][:8]]
    code, out, err = _decide(["accept", shown[0], "--reason", "다른 모델", "--author", "김편집"], capsys)
    assert code == 0, err
    assert load_decisions(tmp_path / "claims" / "decisions.yaml").accepted.keys() == {shown[0]}
    code, out, _ = _run([*paths, "-f", "json"], capsys)
    assert code == 0 and json.loads(out)["findings"] == []  # accepted by its short form


def test_a_short_accept_that_matches_nothing_is_stale(claims_by_article, tmp_path, capsys):
    paths = _conflict(claims_by_article, tmp_path)
    (tmp_path / "claims").mkdir()
    assert _decide(["accept", "00000000", "--reason", "r", "--author", "a"], capsys)[0] == 0
    code, out, _ = _run([*paths, "-f", "json"], capsys)
    rules = sorted(f["rule"] for f in json.loads(out)["findings"])
    assert rules == ["stale-decision", "value-mismatch"]


@pytest.mark.parametrize("given", ["1a2b3c", "xyz12345", "accept-me", ""])
def test_accept_refuses_what_is_no_fingerprint(tmp_path, capsys, monkeypatch, given):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    code, out, err = _decide(["accept", given, "--reason", "r", "--author", "a"], capsys)
    assert code == 2 and "is not a finding fingerprint" in err and "recorded" not in out
    assert not (tmp_path / "claims" / "decisions.yaml").exists()


def test_accept_takes_the_tag_as_copied(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    code, out, _ = _decide(["accept", "[fp 1A2B3C4D]", "--reason", "r", "--author", "a"], capsys)
    assert code == 0 and "accept 1a2b3c4d" in out
