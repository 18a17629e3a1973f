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


def test_generated_claims_are_valid_ledger_lines_and_the_plants_are_the_misstated_facts(tmp_path):
    from daejo.ledger import read_ledger

    assert claims.write_ledger(tmp_path, 2000) == 500
    entries = read_ledger(tmp_path)
    assert len(entries) == 500 and sum(len(e.claims) for e in entries) == 2000
    misstated = set()
    for entry in entries:
        i = int(entry.article.removeprefix("gen-"))
        truth = claims.company(i // claims.ARTICLES_PER_ENTITY, seed=7)
        by_attribute = {c.attribute: c for c in entry.claims}
        assert set(by_attribute) == {"founded_date", "headcount", "revenue", "age"}
        assert by_attribute["founded_date"].entity == truth.name and by_attribute["age"].entity == truth.ceo
        founded = by_attribute["founded_date"].value.time.start
        year = int(str(by_attribute["revenue"].as_of.start)[:4])
        true_revenue = (truth.revenue_eok + 100 * (year - 2018)) * 100_000_000
        if founded != f"{truth.founded[0]}-{truth.founded[1]:02d}-01" or by_attribute["revenue"].value.value != true_revenue:
            misstated.add(i)
    # the generator's own "planted" flag marks exactly the articles whose facts differ from the company's
    assert misstated == {i for i in range(500) if claims.article_lines(i)[2]}
    assert claims.planted_count(2000) == len(misstated)
    assert 1 <= len(misstated) <= 20  # about one article in CONFLICT_EVERY (100)


def test_generated_articles_of_one_company_agree_and_the_seed_changes_the_companies():
    # articles 15..19 are company 3's: same name and founding month unless planted
    founding = [claims.article_lines(i)[1][0] for i in range(15, 20) if not claims.article_lines(i)[2]]
    founded = {json.loads(line)["value"]["text"] for line in founding}
    entities = {json.loads(line)["entity"] for line in founding}
    assert len(founding) >= 2 and entities == {"합성기업3"} and len(founded) == 1
    assert claims.company(3, seed=7) != claims.company(3, seed=8)
    assert claims.article_lines(17, seed=7)[1] != claims.article_lines(17, seed=8)[1]


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
    # the index and the in-memory path run the same reconciliation: same findings for the same claims
    rows = {}
    for line in out.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0] in ("index", "memory"):
            rows.setdefault(cells[1], {})[cells[0]] = int(cells[-1].replace(",", ""))
    both = [row for row in rows.values() if len(row) == 2]
    assert both and all(row["index"] == row["memory"] for row in both), rows


def test_the_reconciliation_part_is_rewritten_alone_inside_the_scale_section(tmp_path):
    from benchmarks.render import reconciliation

    row = {"mode": "memory", "claims": 10, "load_s": 0.1, "seconds": 0.2, "cpu_s": 0.2, "peak_mib": 50.0, "findings": 3}
    rec = {"rows": [row], "exponents": {}}
    doc = tmp_path / "benchmarks.md"
    scale = "## Scale\n\nbefore\n\n" + "\n".join(reconciliation(rec)) + "\n\nafter\n"
    replace_section("scale", scale, doc)
    for source in ("first run", "second run"):
        replace_section("reconcile", "\n".join(reconciliation(rec, source=source)[1:-1]), doc)
    text = doc.read_text(encoding="utf-8")
    assert text.count("<!-- reconcile:start -->") == text.count("<!-- reconcile:end -->") == 1
    assert "second run" in text and "first run" not in text
    assert "before" in text and "after" in text and text.count("scale:start") == 1
