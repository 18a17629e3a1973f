"""``daejo check``: exit codes, thresholds, output file, ledger, determinism.

Extraction is replaced by a table of hand-made claims per article id, so these
tests exercise the command (ingest, ledger, reconcile, render, exit status) on
their own; tests/cases runs the real extraction end to end.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from daejo.cli import check as check_module
from daejo.cli import main
from daejo.extract.catalogue import load_catalogue
from daejo.ledger import write_article_claims
from daejo.pipeline import PROGRESS_MIN_ARTICLES, Toolkit, article_claims, progress_bar

from ..reconcile.factory import EOK, article, claim, num

SIX = num("6000억 개", 6000 * EOK, 5999.5 * EOK, 6000.5 * EOK)
THREE = num("약 3000억 개", 3000 * EOK, 2700 * EOK, 3300 * EOK, bound="approx")
PLAN_SIX = num("6000억 개", 6000 * EOK)


@pytest.fixture
def claims_by_article(monkeypatch, tmp_path):
    """Article id -> claims that the stand-in extraction returns for it."""
    table: dict[str, list] = {}

    toolkit = Toolkit(analyzer=None, registry=None, catalogue=load_catalogue([]))

    def extract(articles, options):
        return [article_claims(a, table.get(a.id, [])) for a in articles], toolkit

    monkeypatch.setattr(check_module, "extract_articles", extract)
    monkeypatch.chdir(tmp_path)
    return table


def _write_article(folder: Path, article_id: str, published: str = "2022") -> Path:
    path = folder / f"{article_id}.md"
    path.write_text(f"---\nid: {article_id}\noutlet: 가나일보\npublished: \"{published}\"\n---\n본문 {article_id}.\n",
                    encoding="utf-8")
    return path


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", *args])
    out, err = capsys.readouterr()
    return exit_info.value.code or 0, out, err


def _conflict(table, tmp_path):
    table["a"] = [claim("a", "모델", "parameter_count", SIX)]
    table["b"] = [claim("b", "모델", "parameter_count", THREE)]
    return [str(_write_article(tmp_path, "a")), str(_write_article(tmp_path, "b"))]


def test_exit_0_when_articles_agree(claims_by_article, tmp_path, capsys):
    claims_by_article["a"] = [claim("a", "모델", "parameter_count", SIX)]
    claims_by_article["b"] = [claim("b", "모델", "parameter_count", SIX)]
    code, out, _ = _run([str(_write_article(tmp_path, "a")), str(_write_article(tmp_path, "b")), "-f", "json"], capsys)
    assert code == 0
    assert json.loads(out)["findings"] == []


def test_exit_1_on_error_and_json_lists_the_finding(claims_by_article, tmp_path, capsys):
    code, out, _ = _run([*_conflict(claims_by_article, tmp_path), "--format", "json"], capsys)
    assert code == 1
    doc = json.loads(out)
    assert [(f["rule"], f["severity"]) for f in doc["findings"]] == [("value-mismatch", "error")]
    assert doc["articles"] == 2 and doc["claims"] == 2


def test_exit_zero_flag_and_fail_on_never(claims_by_article, tmp_path, capsys):
    paths = _conflict(claims_by_article, tmp_path)
    assert _run([*paths, "--exit-zero"], capsys)[0] == 0
    assert _run([*paths, "--fail-on", "never"], capsys)[0] == 0


def test_fail_on_threshold_for_info_findings(claims_by_article, tmp_path, capsys):
    claims_by_article["a"] = [claim("a", "모델", "parameter_count", PLAN_SIX, modality="planned")]
    claims_by_article["b"] = [claim("b", "모델", "parameter_count", THREE)]
    paths = [str(_write_article(tmp_path, "a")), str(_write_article(tmp_path, "b"))]
    assert _run([*paths], capsys)[0] == 0
    assert _run([*paths, "--fail-on", "warning"], capsys)[0] == 0
    assert _run([*paths, "--fail-on", "info"], capsys)[0] == 1


def test_config_sets_fail_on_and_ignore_and_flags_override(claims_by_article, tmp_path, capsys):
    paths = _conflict(claims_by_article, tmp_path)
    (tmp_path / "daejo.toml").write_text('fail_on = "never"\n', encoding="utf-8")
    assert _run(paths, capsys)[0] == 0
    assert _run([*paths, "--fail-on", "error"], capsys)[0] == 1
    (tmp_path / "daejo.toml").write_text('ignore = ["DJ101"]\n', encoding="utf-8")
    code, out, _ = _run([*paths, "-f", "json"], capsys)
    assert code == 0 and json.loads(out)["findings"] == []


def test_unknown_rule_in_ignore_is_a_config_error(claims_by_article, tmp_path, capsys):
    paths = _conflict(claims_by_article, tmp_path)
    (tmp_path / "daejo.toml").write_text('ignore = ["no-such-rule"]\n', encoding="utf-8")
    code, _, err = _run(paths, capsys)
    assert code == 2 and "no-such-rule" in err and "Traceback" not in err


def test_output_file_written_and_stdout_empty(claims_by_article, tmp_path, capsys):
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    code, out, _ = _run([*_conflict(claims_by_article, tmp_path), "-f", "json", "--output", str(target)], capsys)
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["findings"][0]["rule"] == "value-mismatch"
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]  # no temp file left behind


def test_same_input_gives_byte_identical_json(claims_by_article, tmp_path, capsys):
    paths = _conflict(claims_by_article, tmp_path)
    first = _run([*paths, "-f", "json"], capsys)[1]
    second = _run([*reversed(paths), "-f", "json"], capsys)[1]
    assert first == second and first.strip()


def test_missing_input_is_exit_2_without_traceback(claims_by_article, tmp_path, capsys):
    code, _, err = _run([str(tmp_path / "nope.md")], capsys)
    assert code == 2 and "nope.md" in err and "Traceback" not in err


def test_missing_explicit_ledger_is_exit_2(claims_by_article, tmp_path, capsys):
    paths = _conflict(claims_by_article, tmp_path)
    code, _, err = _run([*paths, "--ledger", str(tmp_path / "ledger")], capsys)
    assert code == 2 and "ledger" in err


def test_bad_format_is_a_usage_error(claims_by_article, tmp_path, capsys):
    code, _, _ = _run([*_conflict(claims_by_article, tmp_path), "--format", "yaml"], capsys)
    assert code == 2


def test_new_article_checked_against_default_ledger(claims_by_article, tmp_path, capsys):
    ledger = tmp_path / "claims"
    old = article("old", [claim("old", "모델", "parameter_count", SIX)])
    write_article_claims(ledger, old)
    claims_by_article["new"] = [claim("new", "모델", "parameter_count", THREE)]
    code, out, _ = _run([str(_write_article(tmp_path, "new")), "-f", "json"], capsys)
    assert code == 1
    (finding,) = json.loads(out)["findings"]
    assert sorted(s["article"] for s in finding["claims"]) == ["new", "old"]


def test_rechecked_article_replaces_its_ledger_entry(claims_by_article, tmp_path, capsys):
    ledger = tmp_path / "claims"
    write_article_claims(ledger, article("a", [claim("a", "모델", "parameter_count", THREE)]))
    write_article_claims(ledger, article("b", [claim("b", "모델", "parameter_count", SIX)]))
    claims_by_article["a"] = [claim("a", "모델", "parameter_count", SIX)]  # corrected article a
    code, out, _ = _run([str(_write_article(tmp_path, "a")), "-f", "json"], capsys)
    assert code == 0 and json.loads(out)["findings"] == []


def test_lang_en_messages(claims_by_article, tmp_path, capsys):
    code, out, _ = _run([*_conflict(claims_by_article, tmp_path), "-f", "json", "--lang", "en"], capsys)
    assert "differs between articles" in json.loads(out)["findings"][0]["message"]


@pytest.mark.parametrize("fmt", ["text", "jsonl", "sarif", "github", "rdjson", "junit", "gitlab", "markdown"])
def test_every_format_reports_the_finding(claims_by_article, tmp_path, capsys, fmt):
    code, out, _ = _run([*_conflict(claims_by_article, tmp_path), "-f", fmt], capsys)
    assert code == 1
    assert "DJ101" in out or "value-mismatch" in out


def test_keep_going_reports_a_bad_file_and_checks_the_rest(claims_by_article, tmp_path, capsys):
    paths = _conflict(claims_by_article, tmp_path)
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"---\nid: [unclosed\n---\nbody\n")
    code, out, err = _run([*paths, str(bad), "--keep-going", "-f", "json"], capsys)
    # the rest is checked and reported, and the skipped input makes the run exit 2
    assert code == 2 and "daejo: warning: skipped" in err and "bad.md" in err
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["value-mismatch"]
    code, out, err = _run([*paths, str(bad), "--keep-going", "--exit-zero"], capsys)
    assert code == 2 and "DJ101" in out  # --exit-zero silences findings, not input errors
    code, out, err = _run([*paths, str(bad)], capsys)
    assert code == 2 and "bad.md" in err and out == ""


def test_keep_going_with_nothing_broken_exits_as_usual(claims_by_article, tmp_path, capsys):
    code, _, err = _run([*_conflict(claims_by_article, tmp_path), "--keep-going"], capsys)
    assert code == 1 and "skipped" not in err


def test_empty_folder_warns_and_exits_0(claims_by_article, tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.rst").write_text("기사가 아니다", encoding="utf-8")
    code, out, err = _run([str(empty), "-f", "json"], capsys)
    assert code == 0
    assert err.startswith("daejo: warning: ") and f"{empty}: no articles" in err
    assert json.loads(out)["findings"] == [] and json.loads(out)["articles"] == 0


def test_empty_folder_beside_articles_warns_and_checks_them(claims_by_article, tmp_path, capsys):
    paths = _conflict(claims_by_article, tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = _run([*paths, str(empty)], capsys)
    assert code == 1 and "no articles" in err and "DJ101" in out


def test_progress_is_silent_when_stderr_is_not_a_terminal(capsys):
    items = list(range(PROGRESS_MIN_ARTICLES + 2))
    assert list(progress_bar(items, "extracting")) == items
    assert capsys.readouterr().err == ""


# --------------------------------------------------------------------------- with the real extraction

CASES = Path(__file__).resolve().parents[2] / "fixtures" / "cases"


def test_end_to_end_parameter_conflict_is_an_error(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    aliases = CASES.parent / "aliases.yaml"
    code, out, _ = _run([str(CASES / "parameter-count-conflict"), "--aliases", str(aliases), "-f", "json"], capsys)
    assert code == 1
    (finding,) = json.loads(out)["findings"]
    assert (finding["rule"], finding["severity"], finding["entity"]) == ("value-mismatch", "error", "exaone")


def test_unknown_analyzer_is_exit_2(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = _run([str(CASES / "parameter-count-conflict"), "--analyzer", "nosuch"], capsys)
    assert code == 2 and "nosuch" in err


def test_missing_alias_file_is_exit_2(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = _run([str(CASES / "parameter-count-conflict"), "--aliases", str(tmp_path / "none.yaml")], capsys)
    assert code == 2 and "none.yaml" in err


# --------------------------------------------------------------------------- workflow options


def test_also_writes_extra_formats_from_one_run_and_appends_to_the_step_summary(
    claims_by_article, tmp_path, capsys, monkeypatch
):
    paths = _conflict(claims_by_article, tmp_path)
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    sarif = tmp_path / "out.sarif"
    code, out, _ = _run([*paths, "--format", "github", "--also", f"sarif:{sarif}", "--also", f"markdown:{summary}"],
                        capsys)
    assert code == 1 and out.startswith("::error ")
    assert json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"][0]["ruleId"] == "DJ101"
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n") and "value-mismatch" in text
    code, _, err = _run([*paths, "--also", "nonsense"], capsys)
    assert code == 2 and "FORMAT:FILE" in err


def test_write_baseline_then_baseline_hides_known_findings(claims_by_article, tmp_path, capsys):
    paths = _conflict(claims_by_article, tmp_path)
    baseline = tmp_path / "baseline.json"
    code, _, err = _run([*paths, "--write-baseline", str(baseline)], capsys)
    assert code == 0 and "1 finding" in err and baseline.is_file()
    code, out, _ = _run([*paths, "--baseline", str(baseline), "-f", "json"], capsys)
    assert code == 0 and json.loads(out)["findings"] == []
    claims_by_article["b"] = [claim("b", "모델", "parameter_count", SIX)]  # the finding is gone
    code, _, err = _run([*paths, "--baseline", str(baseline)], capsys)
    assert code == 0 and "no longer match" in err


def test_accept_decision_in_the_ledger_folder(claims_by_article, tmp_path, capsys):
    paths = _conflict(claims_by_article, tmp_path)
    code, out, _ = _run([*paths, "-f", "json"], capsys)
    fingerprint = json.loads(out)["findings"][0]["id"]
    ledger = tmp_path / "claims"
    ledger.mkdir()
    decisions = ledger / "decisions.yaml"
    decisions.write_text(f"decisions:\n  - accept: {fingerprint}\n    reason: 인용\n    author: 김편집\n", encoding="utf-8")
    code, out, _ = _run([*paths, "-f", "json"], capsys)
    assert code == 0 and json.loads(out)["findings"] == []
    decisions.write_text("decisions:\n  - accept: abc\n    author: 김편집\n", encoding="utf-8")
    code, _, err = _run(paths, capsys)
    assert code == 2 and "decisions.yaml:2" in err and "reason" in err


def test_workflow_rules_can_be_ignored_by_slug_or_code(claims_by_article, tmp_path, capsys):
    paths = _conflict(claims_by_article, tmp_path)
    (tmp_path / "daejo.toml").write_text('ignore = ["pin-mismatch", "DJ502"]\n', encoding="utf-8")
    code, _, err = _run(paths, capsys)
    assert code == 1 and "unknown rule" not in err


def test_since_checks_only_changed_articles_and_drops_deleted_ones(claims_by_article, tmp_path, capsys):
    import subprocess

    def git(*args):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "t@example.invalid")
    git("config", "user.name", "t")
    folder = tmp_path / "articles"
    folder.mkdir()
    claims_by_article["a"] = [claim("a", "모델", "parameter_count", SIX)]
    claims_by_article["b"] = [claim("b", "모델", "parameter_count", SIX)]
    claims_by_article["c"] = [claim("c", "모델", "parameter_count", THREE)]
    _write_article(folder, "a")
    _write_article(folder, "gone")
    ledger = tmp_path / "claims"
    write_article_claims(ledger, article_claims_of(folder / "a.md", "a", claims_by_article["a"]))
    write_article_claims(ledger, article_claims_of(folder / "gone.md", "gone", [claim("gone", "모델", "parameter_count", THREE)]))
    git("add", "-A")
    git("commit", "-qm", "base")
    _write_article(folder, "b")
    (folder / "gone.md").unlink()
    code, out, err = _run(["articles", "--since", "HEAD", "-f", "json"], capsys)
    doc = json.loads(out)
    assert code == 0 and doc["findings"] == []  # b agrees with a; the deleted article left the ledger set
    assert doc["articles"] == 2 and "1 article file(s) changed, 1 deleted" in err
    _write_article(folder, "c")
    code, out, _ = _run(["articles", "--since", "HEAD", "-f", "json"], capsys)
    assert code == 1
    assert {c["article"] for f in json.loads(out)["findings"] for c in f["claims"]} == {"a", "b", "c"}


def article_claims_of(path: Path, article_id: str, claims: list):
    from daejo.ingest import load_articles

    [loaded] = load_articles([path]).articles
    return article_claims(loaded, claims)


def test_report_max_findings_caps_the_page_and_counts_the_rest(claims_by_article, tmp_path, capsys):
    values = [num(f"{n}000억 개", n * 1000 * EOK) for n in (1, 3, 5, 7)]
    for n, value in enumerate(values):
        claims_by_article[f"v{n}"] = [claim(f"v{n}", "모델", "parameter_count", value)]
    paths = [str(_write_article(tmp_path, f"v{n}")) for n in range(len(values))]
    with pytest.raises(SystemExit) as exit_info:
        main(["report", *paths, "-o", "page.html", "--max-findings", "2"])
    assert exit_info.value.code == 0
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    total = int(re.search(r'id="n-findings">\s*(\d+)\s*<', page).group(1))
    assert total >= 4 and page.count('<article class="card') == 2
    assert f"× {total - 2}" in page.split('id="not-shown"', 1)[1] and "--format json" in page


def test_caret_under_a_quote_whose_text_occurs_earlier_in_the_sentence(claims_by_article, tmp_path, capsys):
    """`2명` also sits inside `12명`: the caret goes where the claim's span is, not the first match."""
    from ..reconcile.factory import num

    sentence = "직원 12명 가운데 새 모델의 매개변수는 2명이다."
    start = sentence.rindex("2명")
    two = num("2명", 2, unit="개")
    ten = num("10명", 10, unit="개")
    a = claim("a", "모델", "parameter_count", two, start=start)
    a.evidence.sentence, a.evidence.sentence_start = sentence, 0
    claims_by_article["a"] = [a]
    claims_by_article["b"] = [claim("b", "모델", "parameter_count", ten)]
    paths = [str(_write_article(tmp_path, "a")), str(_write_article(tmp_path, "b"))]
    code, out, _ = _run([*paths, "-f", "text"], capsys)
    assert code == 1
    lines = out.splitlines()
    row = next(i for i, line in enumerate(lines) if line == f"    | {sentence}")
    carets = lines[row + 1]
    # display columns: Hangul takes two; the caret starts under the second `2명`
    from daejo.report.common import display_width

    assert carets == "    | " + " " * display_width(sentence[:start]) + "^" * display_width("2명")
