"""The benchmark generators are deterministic and their answers known; the runner works end to end."""

from __future__ import annotations

import json

import pytest

from benchmarks import claims, corpus
from benchmarks.bench_reconcile import growth_exponent
from benchmarks.report import replace_section


def test_corpus_is_deterministic_for_a_seed_and_differs_across_seeds():
    first, truth = corpus.generate(30, seed=3)
    again, truth_again = corpus.generate(30, seed=3)
    other, _ = corpus.generate(30, seed=4)
    assert first == again and truth == truth_again
    assert first != other


def test_corpus_covers_several_catalogue_attributes_and_latin_aliases():
    articles, truth = corpus.generate(200, seed=7)
    bodies = "\n".join(a["body"] for a in articles)
    for trigger in ("설립", "임직원", "매출", "영업이익", "가입자", "출시"):
        assert trigger in bodies
    names = {e["name"] for e in truth.aliases["entities"]}
    assert any(f"{name}(" in bodies for name in names)  # 한글(Latin) on first mention
    assert {c["attribute"] for c in truth.conflicts} >= {"founded_date", "revenue", "operating_profit"}
    assert all(isinstance(c["detectable"], bool) for c in truth.conflicts)


def test_generated_claims_are_valid_ledger_lines_with_known_plants(tmp_path):
    from daejo.ledger import read_ledger

    claims.write_ledger(tmp_path, 2000)
    entries = read_ledger(tmp_path)
    assert sum(len(e.claims) for e in entries) == 2000
    assert claims.planted_count(2000) == sum(claims.article_lines(i)[2] for i in range(500)) > 0
    assert claims.article_lines(17) == claims.article_lines(17)


def test_growth_exponent_recovers_the_power():
    assert growth_exponent([(10, 10), (100, 100), (1000, 1000)]) == pytest.approx(1.0)
    assert growth_exponent([(10, 100), (100, 10_000)]) == pytest.approx(2.0)
    assert growth_exponent([(10, 1.0)]) is None


def test_replace_section_keeps_the_other_sections(tmp_path):
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\n<!-- values:start -->\nV\n<!-- values:end -->\n", encoding="utf-8")
    replace_section("scale", "first", doc)
    replace_section("scale", "second", doc)
    text = doc.read_text(encoding="utf-8")
    assert "<!-- values:start -->\nV\n<!-- values:end -->" in text
    assert "second" in text and "first" not in text and text.count("scale:start") == 1


@pytest.mark.slow
def test_smoke_run_measures_every_part(capsys):
    pytest.importorskip("duckdb")
    pytest.importorskip("distributed")
    from benchmarks.__main__ import main

    # parallel runs have their own test (test_parallel.py)
    assert main(["--smoke", "--no-write", "--only-scale", "--skip-parallel", "--backends", "kiwi"]) == 0
    out = capsys.readouterr().out
    for heading in ("### Extraction", "### Reconciliation", "### Check latency", "### Accuracy at scale"):
        assert heading in out
    assert "| kiwi | 12 |" in out  # extraction measured on the smoke corpus
    assert "false alarms" in out
    json.dumps(out)  # plain text
