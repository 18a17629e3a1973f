"""The DuckDB ledger index: incremental builds, staleness, reads by entity, grouped reconciliation."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from daejo.errors import ConfigError, LedgerError
from daejo.ledger import read_ledger, write_article_claims
from daejo.reconcile import reconcile

duckdb = pytest.importorskip("duckdb")

from daejo import index  # noqa: E402


def test_first_build_reads_every_file_and_the_second_none(ledger_dir):
    first = index.build_index(ledger_dir)
    assert (first.added, first.unchanged, first.claims) == (100, 0, 400)
    again = index.build_index(ledger_dir)
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 100)


def test_changed_and_deleted_files_are_updated_and_dropped(ledger_dir):
    index.build_index(ledger_dir)
    files = sorted(ledger_dir.glob("*.jsonl"))
    lines = files[0].read_text(encoding="utf-8").splitlines()
    files[0].write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")  # two claims fewer
    files[1].unlink()
    stats = index.build_index(ledger_dir)
    assert (stats.updated, stats.removed, stats.unchanged) == (1, 1, 98)
    assert stats.claims == 400 - 2 - 4


def test_a_ledger_write_makes_the_index_stale_until_rebuilt(ledger_dir):
    index.build_index(ledger_dir)
    con = index.open_current_index(ledger_dir)
    assert con is not None
    con.close()
    entry = read_ledger(ledger_dir)[0].model_copy(update={"article": "fresh-article", "claims": []})
    write_article_claims(ledger_dir, entry)
    assert index.open_current_index(ledger_dir) is None
    index.build_index(ledger_dir)
    assert index.open_current_index(ledger_dir) is not None


def test_reading_by_entity_returns_all_and_only_that_entitys_claims(ledger_dir):
    index.build_index(ledger_dir)
    entries = index.ledger_for_entities(ledger_dir, ["합성기업3"])
    got = sorted(c.id for e in entries for c in e.claims)
    expected = sorted(c.id for e in read_ledger(ledger_dir) for c in e.claims if c.entity == "합성기업3")
    assert got == expected and len(got) == 15  # 5 articles x 3 company claims


def test_no_index_means_read_the_files(ledger_dir):
    assert index.ledger_for_entities(ledger_dir, ["합성기업3"]) is None
    entries, ids = index.read_ledger_touching(ledger_dir, True, [])
    assert len(entries) == 100 and len(ids) == 100


def _contradicting_article(ledger_dir: Path):
    """A new article doubling 합성기업3's revenue in one of its ledger articles' years."""
    source = next(e for e in read_ledger(ledger_dir) if any(c.entity == "합성기업3" for c in e.claims))
    claims = []
    for claim in source.claims:
        claim = claim.model_copy(deep=True, update={"article": "fresh-article"})
        if claim.attribute == "revenue":
            claim.value.value, claim.value.low, claim.value.high = (x * 2 for x in (claim.value.value, claim.value.low, claim.value.high))
        claims.append(claim)
    return source.model_copy(update={"article": "fresh-article", "claims": claims})


def test_check_through_the_index_finds_what_the_full_ledger_finds(ledger_dir):
    new = [_contradicting_article(ledger_dir)]
    full = reconcile(new, read_ledger(ledger_dir))
    index.build_index(ledger_dir)
    old, ids = index.read_ledger_touching(ledger_dir, True, new)
    assert len(ids) == 100 and len(old) == 5  # every id known, only the touched articles read
    through_index = reconcile(new, old)
    assert [f.id for f in through_index] == [f.id for f in full]
    assert any(f.attribute == "revenue" for f in full)


def test_grouped_reconciliation_equals_reconciling_the_whole_ledger(ledger_dir):
    whole = sorted(f.id for f in reconcile(read_ledger(ledger_dir), []))
    index.build_index(ledger_dir)
    with index.open_index(index.index_path(ledger_dir)) as con:
        grouped = sorted(f.id for f in index.reconcile_index(con))
        halves = sorted(f.id for k in range(2) for f in index.reconcile_index(con, part=(k, 2)))
    assert whole, "the generated ledger plants conflicts"
    assert grouped == whole
    assert halves == whole


def test_a_corrupt_ledger_file_is_a_ledger_error_naming_file_and_line(ledger_dir):
    target = sorted(ledger_dir.glob("*.jsonl"))[5]
    target.write_text(target.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    with pytest.raises(LedgerError) as caught:
        index.build_index(ledger_dir)
    assert target.name in str(caught.value) and ":6" in str(caught.value)


def _invoke(args: list[str]):
    from daejo.cli import _register, app

    _register()
    import daejo.cli.ledger_index  # noqa: F401  (the command registers itself on `daejo ledger`)

    return CliRunner().invoke(app, args)


def test_ledger_index_command_reports_what_it_indexed(ledger_dir):
    result = _invoke(["ledger", "index", "--ledger", str(ledger_dir)])
    assert result.exit_code == 0, result.output
    assert "400 claims indexed" in result.output and "100 files added" in result.output
    assert index.index_path(ledger_dir).is_file()
    assert len(read_ledger(ledger_dir)) == 100  # the index is invisible to the ledger reader


def test_ledger_index_without_duckdb_names_the_extra(ledger_dir, monkeypatch):
    monkeypatch.setitem(sys.modules, "duckdb", None)
    with pytest.raises(ConfigError, match=r"daejo\[scale\]"):
        index.require_duckdb()
    from daejo.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["ledger", "index", "--ledger", str(ledger_dir)])
    assert exited.value.code == 2


def _python_row(file: str, article: str, line: str) -> tuple:
    """What a claim line's row holds, read in Python (the index's build reads it in DuckDB)."""
    import json

    claim = json.loads(line)
    value, as_of = claim.get("value") or {}, claim.get("as_of") or {}
    number = lambda x: None if x is None else float(x)  # noqa: E731
    return (
        file, article, claim.get("entity"), claim["attribute"], claim.get("qualifier"), claim["id"],
        value.get("kind"), number(value.get("low")), number(value.get("high")), as_of.get("start"),
        as_of.get("end"), claim.get("modality"), line,
    )  # fmt: skip


def _stored_rows(files: list[index.LedgerFile]) -> list[tuple]:
    with duckdb.connect() as con:
        con.execute(index._SCHEMA)
        assert index.insert_files(con, files) == sum(len(f.claims) for f in files)
        return con.execute("SELECT * FROM claims ORDER BY file, claim_id").fetchall()


def test_the_index_stores_each_claim_line_and_its_fields_as_they_are(ledger_dir, tmp_path):
    """Escapes, non-Latin text, nulls, odd numbers and spacing: the fields DuckDB reads
    out of a line are the ones Python's json reads, and the line is stored byte for byte."""
    import json

    base = json.loads(sorted(ledger_dir.glob("*.jsonl"))[0].read_text(encoding="utf-8").splitlines()[1])
    variants = [
        {"entity": '따옴표 "안" \\ 역슬래시\t탭', "qualifier": "(출구조사) 줄\n바꿈"},
        {"entity": None, "qualifier": None, "value": None, "as_of": None, "modality": None},
        {"entity": "emoji 🚀 and \u0001 control", "id": "ÿ-ä"},
        {"value": {**base["value"], "low": 1e308, "high": -0.0}},
        {"value": {**base["value"], "low": 12345678901234567890, "high": 5e-324}},
        {"value": {**base["value"], "low": 0.1, "high": 1.0000000000000002, "kind": "percent"}},
        {"attribute": "~프레임 속성", "as_of": {"start": "2024-01-01", "end": None}},
    ]
    lines = [json.dumps({**base, **v, "id": f"{k}-{v.get('id', '')}"}, ensure_ascii=False, sort_keys=True) for k, v in enumerate(variants)]
    lines.append(json.dumps({**base, "id": "ascii-escaped", "entity": "합성기업"}, ensure_ascii=True))  # \uXXXX escapes
    lines.append(json.dumps({**base, "id": "spaced"}, ensure_ascii=False, indent=None, separators=(" , ", " : ")))
    header = json.dumps({"article": 'odd "article", id'}, ensure_ascii=False)
    files = [index.LedgerFile('file "name", 1.jsonl', 1, 2, header, lines)]
    expected = sorted((_python_row(files[0].name, 'odd "article", id', line) for line in lines), key=lambda r: (r[0], r[5]))
    assert _stored_rows(files) == expected


def test_the_index_of_the_committed_ledger_holds_what_python_reads(tmp_path):
    root = Path(__file__).resolve().parents[2] / "claims"
    if not root.is_dir():
        pytest.skip("no committed ledger")
    files = [index.read_ledger_file(p) for p in sorted(root.glob("*.jsonl"))]
    import json

    expected = sorted(
        (_python_row(f.name, json.loads(f.header)["article"], line) for f in files for line in f.claims),
        key=lambda r: (r[0], r[5]),
    )
    assert expected and _stored_rows(files) == expected


def test_key_ranges_cut_sorted_counts_into_consecutive_ranges():
    counts = [("a", 2), ("b", 3), ("c", 1), ("d", 9), ("e", 1)]
    assert index.key_ranges(counts, 5) == [("a", "b"), ("c", "c"), ("d", "d"), ("e", "e")]
    assert index.key_ranges(counts, 100) == [("a", "e")]
    assert index.key_ranges([], 5) == []


def _groups_of(path: Path, part: tuple[int, int] = (0, 1)) -> list:
    with index.open_index(path) as con:
        return [
            [(e.article, sorted(c.id for c in e.claims), sorted({str(c.entity) for c in e.claims})) for e in group]
            for group in index.iter_entity_groups(con, part=part)
        ]


def test_the_whole_index_is_scanned_in_the_same_order_whatever_the_range_size(ledger_dir, monkeypatch):
    """Entities sorted a range at a time, then unnamed claims in article batches:
    the groups are the ones one sort of everything gives, in the same order."""
    import json

    for path in sorted(ledger_dir.glob("*.jsonl"))[::3]:  # a third of the articles name no entity for two claims
        lines = path.read_text(encoding="utf-8").splitlines()
        claims = [json.loads(line) for line in lines[1:]]
        for claim in claims[:2]:
            claim["entity"] = None
        path.write_text("\n".join([lines[0], *(json.dumps(c, ensure_ascii=False) for c in claims)]) + "\n", encoding="utf-8")
    index.build_index(ledger_dir)
    path = index.index_path(ledger_dir)
    monkeypatch.setattr(index, "UNNAMED_BATCH", 4)
    whole = _groups_of(path)
    halves = [_groups_of(path, (k, 2)) for k in range(2)]
    assert any(entities == ["None"] for group in whole for _, _, entities in group)
    monkeypatch.setattr(index, "SCAN_CLAIMS", 7)
    assert _groups_of(path) == whole
    assert [_groups_of(path, (k, 2)) for k in range(2)] == halves
