"""The CI integrations: the composite GitHub Action, the pre-commit hook and the
example workflows of docs/ci.md use only options that ``daejo check`` has."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.main import get_command

from .newsroom import article_text

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTED_INPUTS = {"paths", "ledger", "since", "fail-on", "baseline", "sarif", "upload-sarif", "python-version",
                     "version"}


def check_options() -> set[str]:
    from daejo.cli import _register, app

    _register()
    command = get_command(app).commands["check"]  # type: ignore[attr-defined]
    return {opt for param in command.params for opt in getattr(param, "opts", []) if opt.startswith("-")}


def options_in(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", text))


def test_action_is_valid_yaml_with_documented_inputs_and_one_check_run():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    inputs = action["inputs"]
    assert set(inputs) == DOCUMENTED_INPUTS
    assert all(spec.get("description") for spec in inputs.values())
    [run_step] = [s for s in action["runs"]["steps"] if "daejo check" in s.get("run", "")]
    script = run_step["run"]
    assert script.count("daejo check") == 1  # one run writes every output
    assert "--format github" in script
    assert '--also "sarif:$DAEJO_SARIF"' in script and '--also "markdown:$GITHUB_STEP_SUMMARY"' in script
    assert options_in(script) - check_options() == set()
    assert any("upload-sarif" in s.get("uses", "") for s in action["runs"]["steps"])
    assert action["outputs"]["exit-code"]["value"] == "${{ steps.check.outputs.exit-code }}"


def test_pre_commit_hook_checks_all_staged_articles_in_one_serial_run():
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "daejo-check" and hook["require_serial"] is True and hook["pass_filenames"] is True
    assert hook["entry"].split()[:2] == ["daejo", "check"]
    assert options_in(hook["entry"]) - check_options() == set()
    assert re.search(hook["files"], "articles/2026/기사.md") and not re.search(hook["files"], "claims/a.jsonl.tmp")


def test_docs_ci_uses_only_real_options():
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    commands = re.findall(r"daejo check[^\n`]*(?:\n\s+--[^\n]*)*", text)
    assert len(commands) >= 3
    used = set().union(*(options_in(c) for c in commands))
    assert {"--since", "--ledger", "--also", "--baseline", "--write-baseline", "--format"} <= used
    assert used - check_options() == set()
    for block in re.findall(r"```yaml\n(.*?)```", text, flags=re.S):
        assert yaml.safe_load(block) is not None  # every example workflow is valid YAML


def _snapshot_of_working_tree(target: Path) -> None:
    """The project's files (tracked and new, not ignored) committed in a fresh repository:
    try-repo needs a committed HEAD, and the working tree may be ahead of it."""
    names = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, check=True).stdout.decode("utf-8").split("\0")
    if target.exists():
        shutil.rmtree(target)
    for name in filter(None, names):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    env = {**os.environ, "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z"}
    for args in (["init", "-q"], ["add", "-A"],
                 ["-c", "user.name=daejo", "-c", "user.email=daejo@example.invalid", "-c", "commit.gpgsign=false",
                  "commit", "-qm", "snapshot"]):
        subprocess.run(["git", *args], cwd=target, check=True, capture_output=True, env=env)


@pytest.mark.slow
def test_pre_commit_try_repo_runs_the_hook(tmp_path: Path):
    pre_commit = Path(sys.executable).parent / "pre-commit"
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    snapshot = tmp_path / "daejo"
    _snapshot_of_working_tree(snapshot)
    sample = tmp_path / "newsroom"
    (sample / "articles").mkdir(parents=True)
    (sample / "aliases.yaml").write_text(
        "entities:\n  - id: nurion\n    name: 누리온\n    type: model\n", encoding="utf-8")
    (sample / "daejo.toml").write_text('aliases = ["aliases.yaml"]\n', encoding="utf-8")
    (sample / "articles" / "a.md").write_text(
        article_text("a", "2024-03-02", "누리온의 파라미터는 6000억 개다."), encoding="utf-8")
    (sample / "articles" / "b.md").write_text(
        article_text("b", "2024-03-05", "공개된 누리온의 파라미터는 3000억 개다."), encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=sample, check=True)
    subprocess.run(["git", "add", "-A"], cwd=sample, check=True)
    # try-repo installs the hook's environment in a fresh store each time (about a minute)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}
    run = subprocess.run([str(pre_commit), "try-repo", str(snapshot), "daejo-check", "--all-files"], cwd=sample,
                         capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 1, run.stdout + run.stderr  # the two staged articles contradict each other
    assert "DJ101 value-mismatch" in run.stdout
    assert "articles/a.md" in run.stdout and "articles/b.md" in run.stdout  # one run saw both
    assert "1 finding (1 error" in run.stdout
