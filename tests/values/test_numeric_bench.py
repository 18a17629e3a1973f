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


def _figures(seed_seconds: float, full_seconds: float) -> dict:
    row = {"seed_seconds": seed_seconds, "quarter_seconds": full_seconds / 4, "full_seconds": full_seconds, "ratio": 4.0}
    return {"seed_chars": 1000, "rows": {"parse_values": dict(row)}}


def test_the_best_of_several_runs_is_the_fastest_per_input() -> None:
    best = bench_values._best([_figures(2.0, 8.0), _figures(1.0, 10.0)])
    row = best["rows"]["parse_values"]
    assert (row["seed_seconds"], row["full_seconds"], row["quarter_seconds"]) == (1.0, 8.0, 2.0)


def test_the_comparison_reports_both_versions_and_the_change() -> None:
    text = bench_values.render_comparison(_figures(2.0, 4.0), _figures(2.5, 4.0))
    row = next(line for line in text.splitlines() if line.startswith("| `parse_values`"))
    assert row == "| `parse_values` | 500 | 400 | -20.0% | 250,000 | 250,000 | +0.0% |"
    forms = {"quarter_seconds": 1.0, "full_seconds": 4.5, "ratio": 4.5}
    figures = {**_figures(2.5, 4.0), "articles": 1, "seed_values": 3, "python": "3", "forms": forms}
    section = bench_values.render(figures, text)
    assert section.startswith(bench_values.START) and "-20.0%" in section and section.endswith(bench_values.END)
    assert "ratio 4.50: linear" in section


def test_the_forms_input_exercises_the_newer_forms_and_the_adversarial_one_is_unchanged() -> None:
    assert "일점" not in bench_values.adversarial(1_000_000)  # throughput stays comparable over time
    text = bench_values.adversarial(1_000_000, bench_values.FORMS_BLOCKS)
    for form in ("일점일점", "마이너스마이너스", "3분의 3분의", "1/2/1/2/", "1조 원에서 1조 원에서", "850㏊"):
        assert form in text, form
