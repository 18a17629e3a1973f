"""The report benchmark's code path at smoke size (no timing assertions)."""

from benchmarks import bench_report


def test_report_benchmark_renders_real_and_many_findings():
    result = bench_report.run(articles=40)
    assert result["articles"] == 40 and result["claims"] == 160
    real, many, huge = result["rows"]
    assert real["findings"] > 0  # the synthetic ledger plants contradictions
    assert many["findings"] == 2000 and huge["findings"] == 100_000
    assert many["mb"] > real["mb"] > 0
    # the page holds a bounded number of cards, so 50 times the findings is not 50 times the page
    assert many["cards"] <= huge["cards"] < 2000 and huge["mb"] < 2 * many["mb"]
    text = bench_report.render(result)
    assert "## HTML report" in text and "| 2,000 findings | 2,000 |" in text
