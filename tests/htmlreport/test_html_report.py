import re

from daejo.report.html import describe_value, format_number, render_html, slug, split_highlight
from tests.htmlreport.sample import build


def test_format_number_uses_korean_magnitudes():
    assert format_number(300_000_000_000) == "3,000억"
    assert format_number(112_700_000_000) == "1,127억"
    assert format_number(1_500_000_000_000) == "1조 5,000억"
    assert format_number(25_000) == "2만 5,000"
    assert format_number(-70) == "-70"
    assert format_number(None) == "–"


def test_highlight_comes_from_offsets_not_search():
    findings, _ = build()
    side = findings[0].claims[1]
    before, mark, after = split_highlight(side)
    assert mark == "약 3000억 개"
    assert before + mark + after == side.sentence


def test_report_has_summary_cards_and_fact_sheets():
    findings, ledger = build()
    page = render_html(findings, ledger, version="test")
    assert 'id="finding-f1a2b3c4d5e6"' in page
    assert 'id="entity-nurion"' in page and 'id="entity-hanbit-lab"' in page
    assert re.search(r'id="n-claims">\s*4\s*<', page)
    # both sides with outlet and the highlighted value
    assert "<mark>6000억 개</mark>" in page and "<mark>약 3000억 개</mark>" in page
    assert "한빛일보" in page and "새누리경제" in page
    # a headcount that grew has a timeline chart with two points
    assert page.count("<circle") >= 2
    # the conflicting claims are marked in the fact sheet, the quiet ones are not
    assert page.count('class="conflict') == 2
    assert "http://" not in page and "https://" not in page  # self-contained: no network


def test_english_labels():
    findings, ledger = build()
    page = render_html(findings, ledger, lang="en")
    assert "Entity fact sheets" in page and "parameter_count of nurion differs" in page


def test_article_content_is_escaped():
    findings, ledger = build(hostile=True)
    page = render_html(findings, ledger)
    body = page.split("<body>", 1)[1].split("<script>\n(function", 1)[0]
    assert "<script>window.__pwned" not in body
    assert "<img src=x" not in body and "<svg onload" not in body
    assert "&lt;script&gt;" in body


def test_slug_keeps_hangul():
    assert slug("LG AI연구원") == "LG-AI연구원"
    assert describe_value(build()[0][0].claims[1].value).startswith("3,000억 개")


def _many(finding, n: int, severity: str | None = None):
    update = {"severity": severity} if severity else {}
    return [finding.model_copy(update={"id": f"{finding.id}{k:06d}", **update}) for k in range(n)]


def test_the_page_holds_the_first_findings_of_each_rule_and_severity_and_counts_the_rest():
    """A 2,000-article report held 89,900 findings in a 225 MB page; now at most
    MAX_FINDINGS_PER_GROUP cards per (rule, severity), the rest counted, with the way
    to see them all."""
    from daejo.report.html import MAX_FINDINGS_PER_GROUP, MAX_LINKS_PER_CLAIM

    findings, ledger = build()
    errors, warnings = _many(findings[0], 30_000, "error"), _many(findings[0], 700, "warning")
    page = render_html([*errors, *warnings], ledger, version="test")
    assert page.count('<article class="card') == 2 * MAX_FINDINGS_PER_GROUP
    assert re.search(r'id="n-findings">\s*30700\s*<', page)
    note = page.split('id="not-shown"', 1)[1].split("</div>", 1)[0]
    assert "× 29500" in note and "× 200" in note and "--format json" in note
    # the fact sheet links a claim to a few of its cards and counts the others
    row = page.split('class="conflict', 1)[1].split("</tr>", 1)[0]
    assert row.count('href="#finding-') == MAX_LINKS_PER_CLAIM and f"+{30_700 - MAX_LINKS_PER_CLAIM}" in row
    assert len(page.encode("utf-8")) < 5_000_000
    linked = set(re.findall(r'href="#finding-([0-9a-z]+)"', page))
    assert linked <= set(re.findall(r'id="finding-([0-9a-z]+)"', page))  # every link has its card


def test_a_small_report_has_no_note_and_the_limit_is_a_parameter():
    findings, ledger = build()
    assert 'id="not-shown"' not in render_html(findings, ledger)
    page = render_html(_many(findings[0], 12), ledger, max_per_group=5)
    assert page.count('<article class="card') == 5 and "× 7" in page


def test_a_fact_sheet_names_a_source_by_its_display_name_not_its_id():
    findings, ledger = build()
    claim = ledger[0].claims[1]  # the lab's headcount, said by the lab itself
    claim.attribution = "nurion"
    findings[0].entity_name = "누리온"  # the registry's name for the id
    page = render_html(findings, ledger, version="test")
    sheet = page[page.index('id="entity-hanbit-lab"'):]
    assert "· 누리온" in sheet and "· nurion" not in sheet
