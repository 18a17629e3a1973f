"""``daejo decide``: the fingerprint a report shows is the one `decide accept` takes,
and what `decide` records is checked before it is written."""

from __future__ import annotations

import json
import re

import pytest

from daejo.cli import main
from daejo.workflow.decisions import load_decisions

from .test_check import SIX, _conflict, _run, claims_by_article  # noqa: F401 - the fixture


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


# --------------------------------------------------------------------------- validation


def _ledger_with(tmp_path, entity: str = "누리온", attribute: str = "parameter_count"):
    """A ledger holding one claim about ``entity``."""
    from daejo.ledger import write_article_claims

    from ..reconcile.factory import article, claim

    folder = tmp_path / "claims"
    folder.mkdir()
    write_article_claims(folder, article("stored", [claim("stored", entity, attribute, SIX)]))
    return folder


def test_pin_of_an_unknown_attribute_names_the_close_ones(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _ledger_with(tmp_path)
    code, out, err = _decide(["pin", "누리온", "paramter_count", "6000억 개", "--source", "s", "--author", "a"], capsys)
    assert code == 2 and "recorded" not in out
    assert "unknown attribute 'paramter_count'" in err and "did you mean: parameter_count" in err
    assert not (tmp_path / "claims" / "decisions.yaml").exists()


def test_pin_of_an_unknown_entity_names_the_close_ones(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _ledger_with(tmp_path)
    code, out, err = _decide(["pin", "누리원", "parameter_count", "6000억 개", "--source", "s", "--author", "a"], capsys)
    assert code == 2 and "recorded" not in out
    assert "unknown entity '누리원'" in err and "누리온" in err
    code, out, err = _decide(["pin", "누리온", "parameter_count", "6000억 개", "--source", "s", "--author", "a"], capsys)
    assert code == 0 and "recorded pin 누리온" in out


def test_pin_of_an_entity_from_an_alias_file(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "aliases.yaml").write_text("entities:\n  - id: nurion\n    name: 누리온\n    type: model\n",
                                           encoding="utf-8")
    (tmp_path / "daejo.toml").write_text('aliases = ["aliases.yaml"]\n', encoding="utf-8")
    code, out, err = _decide(["pin", "nurion", "parameter_count", "6000억 개", "--source", "s", "--author", "a"], capsys)
    assert code == 0, err


def test_pin_given_a_korean_label_names_the_id(tmp_path, capsys, monkeypatch):
    from daejo.reconcile.messages import attribute_label

    monkeypatch.chdir(tmp_path)
    _ledger_with(tmp_path)
    label = attribute_label("parameter_count", "ko")
    code, _, err = _decide(["pin", "누리온", label, "6000억 개", "--source", "s", "--author", "a"], capsys)
    assert code == 2 and "give its id, parameter_count" in err


def test_accept_with_paths_checks_the_fingerprint(claims_by_article, tmp_path, capsys):
    paths = _conflict(claims_by_article, tmp_path)
    (tmp_path / "claims").mkdir()
    code, out, _ = _run([*paths, "-f", "json"], capsys)
    [finding] = json.loads(out)["findings"]
    typo = finding["id"][:7] + ("0" if finding["id"][7] != "0" else "1")
    code, out, err = _decide(["accept", typo, *paths, "--reason", "r", "--author", "a"], capsys)
    assert code == 2 and "recorded" not in out
    assert f"unknown fingerprint '{typo}'" in err and f"did you mean: {finding['id'][:8]} (DJ101" in err
    assert not (tmp_path / "claims" / "decisions.yaml").exists()
    code, out, err = _decide(["accept", finding["id"][:8], *paths, "--reason", "r", "--author", "a"], capsys)
    assert code == 0 and f"recorded accept {finding['id'][:8]}" in out and "not checked" not in err
    code, out, err = _decide(["accept", finding["id"], *paths, "--reason", "r", "--author", "a"], capsys)
    assert code == 2 and "already accepted" in err


def test_accept_without_paths_says_it_was_not_checked(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    code, out, err = _decide(["accept", "1a2b3c4d", "--reason", "r", "--author", "a"], capsys)
    assert code == 0 and "not checked against findings" in err


def test_accept_help_shows_the_short_form(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    code, out, _ = _decide(["accept", "--help"], capsys)
    assert code == 0 and "fp 1a2b3c4d" in out  # not eaten as rich markup
