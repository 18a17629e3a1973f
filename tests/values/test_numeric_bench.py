"""The benchmark's report writer and its adversarial input (the timing itself is
run by hand: ``python -m benchmarks.bench_values``)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import bench_values


def test_update_doc_replaces_only_its_own_section(tmp_path: Path) -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text(
        "# Benchmarks\n\n## Analyzers\nkeep me\n\n"
        f"{bench_values.START}\nold figures\n{bench_values.END}\n\n## Later\nkeep me too\n",
        encoding="utf-8",
    )
    bench_values.update_doc(f"{bench_values.START}\nnew figures\n{bench_values.END}", doc)
    text = doc.read_text(encoding="utf-8")
    assert "new figures" in text and "old figures" not in text
    assert "## Analyzers\nkeep me" in text and "## Later\nkeep me too" in text
    assert text.count(bench_values.START) == 1


def test_update_doc_creates_the_file_when_missing(tmp_path: Path) -> None:
    doc = tmp_path / "docs" / "benchmarks.md"
    bench_values.update_doc(f"{bench_values.START}\nfigures\n{bench_values.END}", doc)
    assert doc.read_text(encoding="utf-8").startswith("# Benchmarks")


def test_adversarial_input_has_the_requested_size_and_mix() -> None:
    text = bench_values.adversarial(100_000)
    assert len(text) == 100_000
    assert "9" * 4000 in text and "억" * 4000 in text and "1,1,1," in text and "1~1~1~" in text


def test_article_body_drops_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\nid: a\n---\n본문 3개\n", encoding="utf-8")
    assert bench_values.article_body(path) == "본문 3개\n"
