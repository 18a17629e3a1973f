import json
import subprocess
from pathlib import Path

import pytest

from daejo.errors import ConfigError
from daejo.workflow.baseline import apply_baseline, baseline_document, read_baseline, write_baseline
from daejo.workflow.changes import changed_articles
from daejo.workflow.suppress import blank_directives, parse_suppressions
from tests.htmlreport.sample import build

BODY = """첫 문단이다.
<!-- daejo-disable value-mismatch: 정정 전 수치 인용 -->
둘째 줄.
셋째 줄.
<!-- daejo-enable -->
<!-- daejo-disable-next-line DJ102 -->
여섯째 다음 줄.
<!-- daejo-disable -->
<!-- daejo-frobnicate -->
<!-- daejo-enable -->
"""


def test_blocks_next_line_and_malformed():
    found, bad = parse_suppressions(BODY)
    block, nxt = found
    assert block.rules == ("value-mismatch",) and (block.first_line, block.last_line) == (2, 5)
    assert block.reason == "정정 전 수치 인용"
    assert nxt.rules == ("DJ102",) and (nxt.first_line, nxt.last_line) == (7, 7)
    assert block.covers("value-mismatch", "DJ101", 3) and not block.covers("time-mismatch", "DJ102", 3)
    assert nxt.covers("time-mismatch", "DJ102", 7) and not nxt.covers("time-mismatch", "DJ102", 8)
    problems = sorted((b.line, b.problem) for b in bad)
    assert problems == [(8, "daejo-disable needs a rule name or 'all'"), (9, "unknown daejo directive"),
                        (10, "daejo-enable without daejo-disable")]


def test_unclosed_block_runs_to_the_end():
    found, bad = parse_suppressions("a\n<!-- daejo-disable all -->\nb\nc")
    assert not bad and found[0].covers("anything", "DJ999", 4)


def test_blanking_keeps_offsets_and_lines():
    blanked = blank_directives(BODY)
    assert len(blanked) == len(BODY) and blanked.count("\n") == BODY.count("\n")
    assert "daejo" not in blanked and "셋째 줄." in blanked


def test_baseline_round_trip_and_stale_entries(tmp_path: Path):
    findings, _ = build()
    path = tmp_path / "baseline.json"
    write_baseline(path, findings[:1])
    assert json.loads(path.read_text(encoding="utf-8"))["findings"][0]["id"] == findings[0].id
    result = apply_baseline(findings, read_baseline(path))
    assert [f.id for f in result.suppressed] == [findings[0].id]
    assert [f.id for f in result.kept] == [findings[1].id]
    assert result.stale == []
    gone = apply_baseline(findings[1:], read_baseline(path))
    assert [e.id for e in gone.stale] == [findings[0].id]
    assert baseline_document(findings) == baseline_document(list(reversed(findings)))  # deterministic


def test_bad_baseline_files(tmp_path: Path):
    with pytest.raises(ConfigError, match="not found"):
        read_baseline(tmp_path / "missing.json")
    (tmp_path / "b.json").write_text('{"version": 1,\n "findings": [,]}', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        read_baseline(tmp_path / "b.json")
    assert err.value.line == 2


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_changed_articles_since_ref(tmp_path: Path):
    repo = tmp_path
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.invalid")
    _git(repo, "config", "user.name", "t")
    (repo / "articles").mkdir()
    for name in ("a.md", "b.md", "c.md"):
        (repo / "articles" / name).write_text(f"{name} 본문\n", encoding="utf-8")
    (repo / "notes.md").write_text("x\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "first")
    (repo / "articles" / "a.md").write_text("바뀐 본문\n", encoding="utf-8")
    (repo / "articles" / "b.md").unlink()
    (repo / "articles" / "d.md").write_text("새 기사\n", encoding="utf-8")
    (repo / "notes.md").write_text("y\n", encoding="utf-8")
    changed, deleted = changed_articles("HEAD", [repo / "articles"], cwd=repo)
    assert [p.name for p in changed] == ["a.md", "d.md"]
    assert [p.name for p in deleted] == ["b.md"]
    with pytest.raises(ConfigError, match="git"):
        changed_articles("no-such-ref", [repo / "articles"], cwd=repo)
