"""``daejo ledger update|verify`` in process (real extraction of small articles)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from daejo.cli import main
from daejo.ledger import read_article_claims
from daejo.workflow.ledger_sync import ledger_lock

ALIASES = "entities:\n  - id: nurion\n    name: 누리온\n    type: model\n    aliases: [Nurion]\n"
BODY = "누리온의 파라미터는 6000억 개다. 한빛연구소는 이 모델을 2일 공개했다."


def _article(folder: Path, article_id: str, body: str = BODY, published: str = "2024-03-02") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{article_id}.md"
    path.write_text(f"---\nid: {article_id}\noutlet: 가람일보\npublished: \"{published}\"\n---\n\n{body}\n",
                    encoding="utf-8")
    return path


@pytest.fixture
def room(tmp_path, monkeypatch):
    (tmp_path / "aliases.yaml").write_text(ALIASES, encoding="utf-8")
    (tmp_path / "daejo.toml").write_text('aliases = ["aliases.yaml"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(["ledger", *args])
    out, err = capsys.readouterr()
    return exit_info.value.code or 0, out, err


def test_update_then_verify_then_nothing_to_do(room, capsys):
    _article(Path("articles"), "a")
    _article(Path("articles"), "b", BODY.replace("6000억", "6천억"))
    code, out, _ = _run(capsys, "update", "articles", "--ledger", "claims")
    assert code == 0 and "2 written, 0 unchanged, 0 removed" in out
    entry = read_article_claims(Path("claims/a.jsonl"))
    assert entry.path == "articles/a.md" and any(c.attribute == "parameter_count" for c in entry.claims)
    assert _run(capsys, "verify", "articles", "--ledger", "claims")[0] == 0
    code, out, _ = _run(capsys, "update", "articles", "--ledger", "claims")
    assert "0 written, 2 unchanged, 0 removed" in out
    assert not list(Path("claims").glob(".*.tmp"))


def test_verify_lists_stale_missing_orphaned_and_schema(room, capsys):
    _article(Path("articles"), "a")
    _article(Path("articles"), "b")
    _article(Path("articles"), "c")
    _run(capsys, "update", "articles", "--ledger", "claims")
    _article(Path("articles"), "a", BODY + " 덧붙인 문장이다.")  # stale
    Path("articles/b.md").unlink()  # orphaned
    _article(Path("articles"), "d")  # missing
    lines = Path("claims/c.jsonl").read_text(encoding="utf-8").split("\n")
    header = json.loads(lines[0])
    header["schema_version"] = 0
    Path("claims/c.jsonl").write_text("\n".join([json.dumps(header, ensure_ascii=False), *lines[1:]]), encoding="utf-8")
    code, out, err = _run(capsys, "verify", "articles", "--ledger", "claims")
    assert code == 1 and "ledger update" in err
    found = sorted(line.split(":", 1)[0] + ":" + Path(line.split(": ")[1]).name for line in out.splitlines())
    assert found == ["missing:d.md", "orphaned:b.jsonl", "schema:c.jsonl", "stale:a.jsonl"]
    code, out, _ = _run(capsys, "update", "articles", "--ledger", "claims")
    assert "3 written, 0 unchanged, 1 removed" in out  # a, c (schema) and d; b removed
    assert _run(capsys, "verify", "articles", "--ledger", "claims")[0] == 0


def test_a_partial_update_never_removes_other_folders_articles(room, capsys):
    _article(Path("desk1"), "a")
    _article(Path("desk2"), "b")
    _run(capsys, "update", "desk1", "desk2", "--ledger", "claims")
    Path("desk2/b.md").unlink()
    code, out, _ = _run(capsys, "update", "desk1", "--ledger", "claims")
    assert "0 removed" in out and Path("claims/b.jsonl").exists()
    code, out, _ = _run(capsys, "update", "desk2", "--ledger", "claims")
    assert "1 removed" in out and not Path("claims/b.jsonl").exists() and Path("claims/a.jsonl").exists()


def test_a_corrupted_ledger_file_is_reported_damaged_naming_the_line_and_update_repairs_it(room, capsys):
    _article(Path("articles"), "a")
    _run(capsys, "update", "articles", "--ledger", "claims")
    path = Path("claims/a.jsonl")
    whole = path.read_bytes()
    path.write_text(path.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    code, out, err = _run(capsys, "verify", "articles", "--ledger", "claims")
    lines = path.read_text(encoding="utf-8").count("\n")
    assert code == 1 and f"damaged: claims/a.jsonl:{lines}: corrupted ledger line" in out and "Traceback" not in err
    code, out, err = _run(capsys, "update", "articles", "--ledger", "claims")
    assert code == 0 and "1 written" in out and "claims/a.jsonl: damaged ledger file" in err
    assert path.read_bytes() == whole


def test_claim_ids_survive_re_extraction_and_edits_elsewhere(room, capsys):
    _article(Path("articles"), "a")
    _run(capsys, "update", "articles", "--ledger", "claims")
    before = {c.attribute: c.id for c in read_article_claims(Path("claims/a.jsonl")).claims}
    Path("claims/a.jsonl").unlink()
    _run(capsys, "update", "articles", "--ledger", "claims")  # re-extraction of the unchanged article
    assert {c.attribute: c.id for c in read_article_claims(Path("claims/a.jsonl")).claims} == before
    _article(Path("articles"), "a", BODY + "\n\n업계는 경쟁이 치열해질 것으로 본다.")  # an edit after the claims
    code, out, _ = _run(capsys, "update", "articles", "--ledger", "claims")
    assert "1 written" in out
    after = read_article_claims(Path("claims/a.jsonl"))
    assert {c.attribute: c.id for c in after.claims if c.attribute in before} == before
    assert "parameter_count" in before


def test_update_serialises_on_the_lock(tmp_path):
    events: list[str] = []

    def hold():
        with ledger_lock(tmp_path / "claims"):
            events.append("first in")
            time.sleep(0.3)
            events.append("first out")

    first = threading.Thread(target=hold)
    first.start()
    time.sleep(0.1)
    with ledger_lock(tmp_path / "claims"):
        events.append("second in")
    first.join()
    assert events == ["first in", "first out", "second in"]
    assert (tmp_path / "claims" / ".lock").exists()


def test_update_removes_temporary_files_of_a_killed_run_but_not_others(room, capsys):
    _article(Path("articles"), "a")
    Path("claims").mkdir()
    (Path("claims") / ".a.jsonl.k3j2.tmp").write_text('{"schema_version": 1', encoding="utf-8")
    (Path("claims") / ".decisions-x1.tmp").write_text("decisions:\n", encoding="utf-8")
    code, out, _ = _run(capsys, "update", "articles", "--ledger", "claims")
    assert code == 0 and "1 written" in out
    assert sorted(p.name for p in Path("claims").iterdir()) == [".decisions-x1.tmp", ".lock", "a.jsonl"]
