"""Outputs never replace what is not daejo's (docs/robustness.md, "No data loss").

``--output``, ``--also FORMAT:FILE`` and ``--write-baseline`` refuse an input
article, the ledger and its decisions file, a symbolic link (unless
``--force``), a directory, device or FIFO, and an existing file that is not a
daejo report or baseline (unless ``--force``); ``-o -`` is standard output.
"""

from __future__ import annotations

import os
import stat

import pytest

from daejo.outputs import written_by_daejo
from daejo.report import FORMATS, ReportMeta, render
from tests.hardening.conftest import snapshot

ARTICLE = "---\nid: {id}\npublished: '2023-05'\n---\n{name}는 새 공장에 약 {n}억 원을 투자한다.\n"


@pytest.fixture
def room(tmp_path):
    """articles/ with two articles and claims/ holding the first one's ledger file."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for n, (name, company) in enumerate((("one", "가온전자"), ("two", "한빛제철")), start=1):
        (folder / f"{name}.md").write_text(ARTICLE.format(id=name, name=company, n=1000 * n), encoding="utf-8")
    return tmp_path


def _ledger(cli, room):
    result = cli("ledger", "update", "articles", "--ledger", "claims")
    assert result.code == 0, result.err
    return snapshot(room / "claims")


def test_report_onto_an_input_article_is_refused(cli, room):
    before = snapshot(room / "articles")
    result = cli("report", "articles", "-o", "articles/one.md")
    assert result.code == 2 and "articles/one.md: is an input article of this run" in result.err
    assert snapshot(room / "articles") == before


def test_also_and_write_baseline_onto_an_input_article_are_refused(cli, room):
    before = snapshot(room / "articles")
    also = cli("check", "articles", "--also", "json:articles/two.md")
    assert also.code == 2 and "is an input article" in also.err
    baseline = cli("check", "articles", "--write-baseline", "articles/two.md")
    assert baseline.code == 2 and "is an input article" in baseline.err
    assert snapshot(room / "articles") == before


@pytest.mark.parametrize("target", ["claims/one.jsonl", "claims/new.jsonl", "claims/decisions.yaml", "claims/report.html"])
def test_nothing_is_written_inside_the_ledger(cli, room, target):
    ledger = _ledger(cli, room)
    result = cli("check", "articles", "--ledger", "claims", "--format", "jsonl", "-o", target)
    assert result.code == 2 and f"{target}: is " in result.err and "ledger" in result.err
    assert snapshot(room / "claims") == ledger
    assert cli("check", "articles", "--ledger", "claims").code in (0, 1)  # the ledger still reads


def test_a_symbolic_link_is_not_followed_unless_forced(cli, room):
    assert cli("check", "articles", "--format", "json", "-o", "report.json").code == 0
    os.symlink("report.json", room / "link.json")
    refused = cli("check", "articles", "--format", "json", "-o", "link.json")
    assert refused.code == 2 and "link.json: is a symbolic link" in refused.err
    assert os.path.islink(room / "link.json")
    forced = cli("check", "articles", "--format", "text", "-o", "link.json", "--force")
    assert forced.code == 0, forced.err
    assert os.path.islink(room / "link.json")  # the link stays; its target got the report
    assert (room / "report.json").read_text(encoding="utf-8").startswith("0 findings (0 errors")


@pytest.mark.parametrize("target", ["/dev/null", "/dev/stdout", "somedir"])
def test_a_non_regular_file_is_refused(cli, room, target):
    (room / "somedir").mkdir()
    kind = os.stat(target).st_mode
    result = cli("check", "articles", "-o", target)
    assert result.code == 2, result.err
    assert "not a regular file" in result.err or "symbolic link" in result.err
    assert "use -o -" in result.err or "--force" in result.err
    assert os.stat(target).st_mode == kind  # the device is still a device


def test_a_fifo_output_is_refused_without_blocking(cli, room):
    os.mkfifo(room / "pipe")
    result = cli("check", "articles", "-o", "pipe")
    assert result.code == 2 and "pipe: is not a regular file (a FIFO)" in result.err
    assert stat.S_ISFIFO(os.stat(room / "pipe").st_mode)


def test_dash_is_standard_output(cli, room):
    result = cli("check", "articles", "--format", "json", "-o", "-")
    assert result.code == 0 and '"findings"' in result.out
    assert not (room / "-").exists()
    page = cli("report", "articles", "-o", "-")
    assert page.code == 0 and page.out.startswith("<!DOCTYPE html>") and "standard output" in page.err


def test_an_existing_file_that_is_not_a_report_is_kept_unless_forced(cli, room):
    notes = room / "notes.txt"
    notes.write_text("편집회의 메모\n", encoding="utf-8")
    refused = cli("check", "articles", "-o", "notes.txt")
    assert refused.code == 2 and "notes.txt: exists and is not a daejo report" in refused.err and "--force" in refused.err
    assert notes.read_text(encoding="utf-8") == "편집회의 메모\n"
    forced = cli("check", "articles", "-o", "notes.txt", "--force")
    assert forced.code == 0 and "findings" in notes.read_text(encoding="utf-8")


def test_an_input_of_the_run_is_never_replaced_even_forced(cli, room):
    assert cli("check", "articles", "--write-baseline", "base.json").code == 0
    before = (room / "base.json").read_bytes()
    result = cli("check", "articles", "--baseline", "base.json", "--format", "json", "-o", "base.json", "--force")
    assert result.code == 2 and "base.json: is an input of this run" in result.err
    assert (room / "base.json").read_bytes() == before


@pytest.mark.parametrize("first", sorted(FORMATS))
def test_a_daejo_report_of_any_format_is_replaced(cli, room, first):
    assert cli("check", "articles", "--format", first, "-o", "out").code == 0
    again = cli("check", "articles", "--format", "json", "-o", "out")
    assert again.code == 0, again.err
    assert (room / "out").read_text(encoding="utf-8").startswith('{\n  "version"')


def test_every_format_and_the_baseline_is_recognised_and_other_files_are_not(cli, room):
    from daejo.workflow.baseline import baseline_document

    cli("check", "articles", "--write-baseline", "base.json")
    meta = ReportMeta(articles=2, claims=3)
    for fmt in FORMATS:
        for findings in ([], _some_findings()):
            text = render(findings, fmt, meta)
            assert written_by_daejo(text[:4096], text[-4096:]), fmt
    base = baseline_document(_some_findings())
    assert written_by_daejo(base[:4096], base[-4096:])
    for other in ("# 기사 제목\n\n본문이다.\n", '{"id": "a", "body": "본문"}\n', "[1, 2]\n", "<html><body>x</body></html>"):
        assert not written_by_daejo(other, other), other
    assert written_by_daejo("", "")  # an empty file holds nothing to lose


def _some_findings():
    from tests.report.sample import FINDINGS

    return list(FINDINGS)


def test_a_report_written_among_the_articles_is_neither_read_nor_protected(cli, room):
    first = cli("report", "articles", "-o", "articles/report.html")
    assert first.code == 0, first.err
    again = cli("report", "articles", "-o", "articles/report.html")  # replaced: it is daejo's, not an article
    assert again.code == 0 and "2 articles" in again.err
    summary = cli("check", "articles", "--format", "markdown", "-o", "articles/summary.md")
    assert summary.code == 0
    checked = cli("check", "articles", "--format", "json")
    assert '"articles": 2' in checked.out  # the two reports were not read as articles
    named = cli("check", "articles/report.html")
    assert named.code == 2 and "articles/report.html: a daejo report, not an article" in named.err
