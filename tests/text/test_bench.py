"""The pure parts of benchmarks/bench_analyzers.py: name integrity and the doc section."""

from __future__ import annotations

from benchmarks.bench_analyzers import END, START, kept_whole, name_integrity, render, write_section


def test_a_name_split_inside_hangul_is_not_whole():
    text = "엑사원은"
    assert not kept_whole(text, 0, 3, [(0, 2), (2, 3), (3, 4)])
    assert kept_whole(text, 0, 3, [(0, 3), (3, 4)])


def test_boundaries_at_a_change_of_script_or_a_space_are_allowed():
    text = "LG AI연구원"
    assert kept_whole(text, 0, 8, [(0, 2), (3, 5), (5, 8)])
    assert not kept_whole(text, 0, 8, [(0, 2), (3, 5), (5, 7), (7, 8)])


def test_a_name_fused_with_its_neighbour_is_not_whole():
    assert not kept_whole("엑사원처럼", 0, 3, [(0, 5)])


def test_name_integrity_counts_every_occurrence():
    paragraphs = ["가온 가온", "가온"]
    analyses = [[("가온", 0, 2), ("가", 3, 4), ("온", 4, 5)], [("가온", 0, 2)]]
    assert name_integrity(paragraphs, analyses, ["가온"]) == (2, 3)


def test_write_section_keeps_other_sections(tmp_path):
    doc = tmp_path / "benchmarks.md"
    doc.write_text(f"# Benchmarks\n\n## Other\nkeep me\n\n{START}\nSTALE-ROW\n{END}\n\n## Tail\nme too\n", encoding="utf-8")
    row = {"name": "kiwi", "cold_s": 1.0, "chars": 10, "paragraphs": 1, "warm_s": 0.1, "chars_per_s": 100,
           "names_whole": 1, "names_total": 2, "user_dict": "yes"}
    write_section(render([row]), doc)
    text = doc.read_text(encoding="utf-8")
    assert "keep me" in text and "me too" in text and "STALE-ROW" not in text
    assert "| kiwi | 1.00 | 100 |" in text
    assert text.count(START) == 1 and text.count(END) == 1


def test_write_section_creates_a_missing_file(tmp_path):
    doc = tmp_path / "benchmarks.md"
    write_section(render([{"name": "komoran", "error": "no java"}]), doc)
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks") and "failed: no java" in text
