"""No decision, ledger entry or claim line is lost (docs/robustness.md, "No data loss").

* ``daejo decide`` takes the ledger lock: concurrent deciders all keep their entry;
* an article id names one article across the ledger: a second file with a stored
  id is an error naming both files in ``check``, ``ledger update`` and
  ``extract --write`` unless ``--replace``;
* each ledger file carries the digest of its claim lines: a deleted or cut line is
  refused by ``check``, reported by ``verify`` and re-extracted by ``update``;
* folders above the ledger are never created (as for ``--output``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from daejo.workflow.decisions import load_decisions
from tests.hardening.conftest import snapshot

DAEJO = [sys.executable, "-m", "daejo"]
ARTICLE = "---\nid: {id}\npublished: '2023-05'\n---\n가온전자는 지난해 매출 {n}조 원을 기록했다. 직원은 {n}200명이다.\n"


def _article(path: Path, article_id: str, n: int = 5) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(id=article_id, n=n), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- decide


@pytest.mark.slow
def test_twenty_concurrent_deciders_all_keep_their_decision(tmp_path):
    (tmp_path / "claims").mkdir()
    runs = [
        subprocess.Popen([*DAEJO, "decide", "accept", f"{n:016x}", "--reason", f"이유 {n}", "--author", "편집",
                          "--ledger", "claims"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(20)
    ]  # fmt: skip
    results = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0] * 20, results
    assert all("recorded" in out for out, _ in results)
    decisions = load_decisions(tmp_path / "claims" / "decisions.yaml")
    assert sorted(d.fingerprint for d in decisions.entries) == [f"{n:016x}" for n in range(20)]


def test_decide_refuses_a_missing_parent_of_the_ledger(cli, tmp_path):
    result = cli("decide", "accept", "abc", "--reason", "r", "--author", "a", "--ledger", "missing/claims")
    assert result.code == 2 and "missing: the ledger's parent folder does not exist" in result.err
    assert not (tmp_path / "missing").exists()


# --------------------------------------------------------------------------- ids


def test_an_id_reused_in_another_folder_is_an_error_naming_both_files(cli, tmp_path):
    first = _article(tmp_path / "desk1" / "a.md", "same-id", 5)
    second = _article(tmp_path / "desk2" / "b.md", "same-id", 7)
    assert cli("ledger", "update", "desk1", "--ledger", "claims").code == 0
    before = snapshot(tmp_path / "claims")
    for args in (("ledger", "update", "desk2", "--ledger", "claims"), ("check", "desk2", "--ledger", "claims"),
                 ("extract", "desk2", "--write", "claims")):
        result = cli(*args)
        assert result.code == 2, (args, result.err)
        assert f"desk2/b.md: article id 'same-id' is already in the ledger for another file, desk1/a.md" in result.err
        assert "--replace" in result.err and "Traceback" not in result.err
        assert snapshot(tmp_path / "claims") == before, args
    assert first.exists() and second.exists()
    replaced = cli("ledger", "update", "desk2", "--ledger", "claims", "--replace")
    assert replaced.code == 0, replaced.err
    assert "desk2/b.md" in (tmp_path / "claims" / "same-id.jsonl").read_text(encoding="utf-8")


def test_a_moved_article_keeps_its_id(cli, tmp_path):
    _article(tmp_path / "desk" / "a.md", "moved", 5)
    assert cli("ledger", "update", "desk", "--ledger", "claims").code == 0
    (tmp_path / "desk" / "a.md").rename(tmp_path / "desk" / "renamed.md")
    result = cli("ledger", "update", "desk", "--ledger", "claims")
    assert result.code == 0, result.err
    assert "desk/renamed.md" in (tmp_path / "claims" / "moved.jsonl").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- digest


@pytest.fixture
def ledger(cli, tmp_path) -> Path:
    _article(tmp_path / "desk" / "a.md", "a", 5)
    result = cli("ledger", "update", "desk", "--ledger", "claims")
    assert result.code == 0, result.err
    path = tmp_path / "claims" / "a.jsonl"
    assert path.read_text(encoding="utf-8").count("\n") >= 3  # a header and at least two claims
    return path


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda lines: lines[:1] + lines[2:], id="claim line deleted"),
        pytest.param(lambda lines: lines[:-1] + [lines[-1][: len(lines[-1]) // 2]], id="last line truncated"),
        pytest.param(lambda lines: lines[:1] + [lines[1].replace('"asserted"', '"planned"')] + lines[2:], id="claim edited"),
        pytest.param(lambda lines: [lines[0][: len(lines[0]) // 2]] + lines[1:], id="header cut"),
    ],
)
def test_a_damaged_ledger_file_is_refused_reported_and_re_extracted(cli, tmp_path, ledger, damage):
    whole = ledger.read_bytes()
    lines = whole.decode("utf-8").rstrip("\n").split("\n")
    ledger.write_text("\n".join(damage(lines)) + "\n", encoding="utf-8")
    assert ledger.read_bytes() != whole

    checked = cli("check", _article(tmp_path / "other" / "b.md", "b", 5), "--ledger", "claims")
    assert checked.code == 2 and "claims/a.jsonl:" in checked.err
    assert "damaged ledger file" in checked.err or "corrupted ledger line" in checked.err

    verified = cli("ledger", "verify", "desk", "--ledger", "claims")
    assert verified.code == 1 and "damaged: claims/a.jsonl" in verified.out

    updated = cli("ledger", "update", "desk", "--ledger", "claims")
    assert updated.code == 0 and "1 written" in updated.out and "claims/a.jsonl: damaged ledger file" in updated.err
    assert ledger.read_bytes() == whole
    assert cli("ledger", "verify", "desk", "--ledger", "claims").code == 0


def test_a_ledger_file_without_a_digest_is_outdated_and_rewritten(cli, tmp_path, ledger):
    import json

    header, _, rest = ledger.read_text(encoding="utf-8").partition("\n")
    fields = json.loads(header)
    fields.pop("claims_sha256")
    ledger.write_text(json.dumps(fields, ensure_ascii=False) + "\n" + rest, encoding="utf-8")
    assert cli("check", "desk", "--ledger", "claims").code == 0  # still read
    verified = cli("ledger", "verify", "desk", "--ledger", "claims")
    assert verified.code == 1 and "outdated: claims/a.jsonl: written before ledger files carried a digest" in verified.out
    assert cli("ledger", "update", "desk", "--ledger", "claims").code == 0
    assert "claims_sha256" in ledger.read_text(encoding="utf-8").partition("\n")[0]


# --------------------------------------------------------------------------- missing parents


@pytest.mark.parametrize("command", [("ledger", "update", "desk", "--ledger"), ("extract", "desk", "--write")])
def test_ledger_commands_refuse_a_missing_parent_like_output_does(cli, tmp_path, command):
    _article(tmp_path / "desk" / "a.md", "a", 5)
    result = cli(*command, "missing/deeper/claims")
    assert result.code == 2 and "missing/deeper: the ledger's parent folder does not exist" in result.err
    assert not (tmp_path / "missing").exists()
    assert cli(*command, "claims").code == 0  # the ledger folder itself is created
