"""``check`` options in the manner of ruff: --select/--ignore, --statistics,
-q/-v and --config."""

from __future__ import annotations

import json

from .test_check import PLAN_SIX, SIX, THREE, _run, _write_article, claim, claims_by_article  # noqa: F401


def _two_rules(table, tmp_path) -> list[str]:
    """Three articles: a DJ101 error (a ↔ b) and DJ201 plan findings (c plans what a and b report)."""
    table["a"] = [claim("a", "모델", "parameter_count", SIX)]
    table["b"] = [claim("b", "모델", "parameter_count", THREE)]
    table["c"] = [claim("c", "모델", "parameter_count", PLAN_SIX, modality="planned")]
    return [str(_write_article(tmp_path, name)) for name in ("a", "b", "c")]


def _rules(out: str) -> list[str]:
    return sorted(f["code"] for f in json.loads(out)["findings"])


def test_select_and_ignore_on_the_command_line(claims_by_article, tmp_path, capsys):
    paths = _two_rules(claims_by_article, tmp_path)
    everything = _rules(_run([*paths, "-f", "json"], capsys)[1])
    assert {"DJ101", "DJ201"} <= set(everything)
    code, out, _ = _run([*paths, "-f", "json", "--select", "DJ201"], capsys)
    assert set(_rules(out)) == {"DJ201"} and code == 0  # the error is not selected: exit 0
    assert set(_rules(_run([*paths, "-f", "json", "--select", "DJ1"], capsys)[1])) == {"DJ101"}  # a prefix
    assert set(_rules(_run([*paths, "-f", "json", "--select", "value-mismatch,DJ201"], capsys)[1])) == {"DJ101", "DJ201"}
    assert set(_rules(_run([*paths, "-f", "json", "--ignore", "DJ2"], capsys)[1])) == {"DJ101"}
    assert _rules(_run([*paths, "-f", "json", "--select", "DJ101", "--ignore", "value-mismatch"], capsys)[1]) == []


def test_unknown_rule_on_the_command_line_names_close_ones(claims_by_article, tmp_path, capsys):
    paths = _two_rules(claims_by_article, tmp_path)
    code, _, err = _run([*paths, "--select", "valu-mismatch"], capsys)
    assert code == 2 and "unknown rule(s) in 'select': valu-mismatch" in err and "did you mean value-mismatch" in err
    code, _, err = _run([*paths, "--ignore", "DJ9"], capsys)
    assert code == 2 and "unknown rule(s) in 'ignore': DJ9" in err


def test_statistics_counts_rules_and_attributes(claims_by_article, tmp_path, capsys):
    paths = _two_rules(claims_by_article, tmp_path)
    findings = json.loads(_run([*paths, "-f", "json"], capsys)[1])["findings"]
    code, out, _ = _run([*paths, "--statistics"], capsys)
    assert code == 1  # the exit status is the check's
    lines = out.splitlines()
    assert lines[0].split() == ["code", "rule", "count", "error", "warning", "info"]
    dj101 = next(line for line in lines if line.startswith("DJ101"))
    n101 = sum(1 for f in findings if f["code"] == "DJ101")
    assert dj101.split() == ["DJ101", "value-mismatch", str(n101), str(n101), "0", "0"]
    assert any(line.startswith("parameter_count (") and line.split()[-1] == str(len(findings)) for line in lines)
    assert lines[-1] == f"{len(findings)} findings"
    doc = json.loads(_run([*paths, "--statistics", "-f", "json"], capsys)[1])
    assert doc["findings"] == len(findings)
    assert {r["code"]: r["count"] for r in doc["rules"]}["DJ101"] == n101
    assert doc["attributes"] == [{"attribute": "parameter_count", "label": doc["attributes"][0]["label"],
                                  "count": len(findings)}]
    code, _, err = _run([*paths, "--statistics", "-f", "sarif"], capsys)
    assert code == 2 and "--statistics prints text or json" in " ".join(err.replace("│", " ").split())


def test_quiet_prints_the_findings_only(claims_by_article, tmp_path, capsys):
    paths = _two_rules(claims_by_article, tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    _, loud, loud_err = _run([*paths, str(empty)], capsys)
    code, out, err = _run([*paths, str(empty), "-q"], capsys)
    assert code == 1
    assert "findings (" in loud.splitlines()[-1] and "findings (" not in out
    assert out == loud[: loud.rindex("\n\n") + 1]  # the same findings, the summary left out
    assert "no articles" in loud_err and err == ""
    agree = tmp_path / "agree"
    agree.mkdir()
    claims_by_article["d"] = [claim("d", "모델", "parameter_count", SIX)]
    code, out, _ = _run([str(_write_article(agree, "d")), "-q"], capsys)
    assert code == 0 and out == ""  # nothing found: nothing printed


def test_verbose_names_each_stage(claims_by_article, tmp_path, capsys):
    paths = _two_rules(claims_by_article, tmp_path)
    code, _, err = _run([*paths, "-v"], capsys)
    assert code == 1
    assert "daejo: read 3 articles (" in err and "daejo: extracted 3 claims (" in err
    assert "stored articles from the ledger" in err or "no ledger" in err
    assert "daejo: compared: " in err
    code, _, err = _run([*paths, "-v", "-q"], capsys)
    assert code == 2 and "-q and -v together" in " ".join(err.replace("│", " ").split())


def test_config_names_the_configuration_file(claims_by_article, tmp_path, capsys):
    paths = _two_rules(claims_by_article, tmp_path)
    other = tmp_path / "settings"
    other.mkdir()
    (other / "strict.toml").write_text('ignore = ["DJ101"]\nfail_on = "info"\n', encoding="utf-8")
    (tmp_path / "daejo.toml").write_text('fail_on = "never"\n', encoding="utf-8")  # found by searching
    assert _run(paths, capsys)[0] == 0
    code, out, _ = _run([*paths, "--config", str(other / "strict.toml"), "-f", "json"], capsys)
    assert code == 1 and set(_rules(out)) == {"DJ201"}  # info findings fail under the named file
    code, _, err = _run([*paths, "--config", str(other / "missing.toml")], capsys)
    assert code == 2 and "missing.toml: configuration file not found" in err


def test_report_and_extract_take_config_too(tmp_path, capsys, monkeypatch):
    """The named file is the one read: its alias file is required (and missing here)."""
    import pytest

    from daejo.cli import main

    monkeypatch.chdir(tmp_path)
    article = _write_article(tmp_path, "a")
    (tmp_path / "other.toml").write_text('aliases = ["nowhere.yaml"]\n', encoding="utf-8")
    for command in (["extract", str(article)], ["report", str(article), "-o", str(tmp_path / "r.html")]):
        with pytest.raises(SystemExit) as exit_info:
            main([*command, "--config", str(tmp_path / "other.toml")])
        err = capsys.readouterr().err
        assert exit_info.value.code == 2 and "nowhere.yaml" in err, (command, err)
        with pytest.raises(SystemExit) as exit_info:
            main([*command, "--config", str(tmp_path / "missing.toml")])
        assert exit_info.value.code == 2 and "configuration file not found" in capsys.readouterr().err
