"""Output formats of ``daejo check``: thin views over a list of findings.

A finding is data (code, message, spans, severity); each format renders the
same list, in the same order (see ``common.sort_findings``), to a string.
Renderers do no file I/O and no reconciliation: the caller writes the string.

    render(findings, "sarif", ReportMeta(articles=5, claims=212, root="/repo"))
"""

from __future__ import annotations

from typing import Callable, Literal

from pydantic import BaseModel, ConfigDict, Field

from daejo import __version__
from daejo.errors import ConfigError
from daejo.models import ArticleClaims, Finding
from daejo.report.inert import escape_json_text, inert


class RuleInfo(BaseModel):
    """What the reconciler says about one rule (keyed by its slug in ``ReportMeta.rules``)."""

    model_config = ConfigDict(extra="ignore")

    code: str
    name: str
    summary_ko: str = ""
    summary_en: str = ""
    help: str = ""
    url: str | None = None  # documentation page, when there is one


class ReportMeta(BaseModel):
    """Everything a renderer needs besides the findings."""

    model_config = ConfigDict(extra="forbid")

    version: str = __version__  # of daejo
    articles: int = 0
    claims: int = 0
    # claims of the checked articles, and how many of them had no claim of another
    # article to be compared with: `0 findings` never hides that nothing was compared
    new_claims: int | None = None
    unpaired: int = 0
    lang: Literal["ko", "en"] = "ko"
    rules: dict[str, RuleInfo] = Field(default_factory=dict)
    # file paths are shown relative to this; SARIF uses it as %SRCROOT%
    root: str | None = None
    fail_on: Literal["error", "warning", "info", "never"] = "error"
    exit_status: int | None = None
    color: bool = False  # ANSI colour in the text format, only when asked
    quiet: bool = False  # text format: the findings only, no summary line (`check -q`)
    # HTML page: finding cards per (rule, severity); None: the page's default (report.html)
    max_findings: int | None = None
    # ids of the articles being checked (the rest of the ledger is stored reporting):
    # the HTML page marks them in each finding and shows fact sheets of what they touch
    checked: list[str] | None = None
    information_uri: str | None = None


Renderer = Callable[[list[Finding], ReportMeta], str]


def _render_html(findings: list[Finding], meta: ReportMeta, ledger: list[ArticleClaims] | None = None) -> str:
    from daejo.report.html import render_html

    rules = {slug: info.model_dump() for slug, info in meta.rules.items()}
    return render_html(findings, ledger or [], lang=meta.lang, version=meta.version, rules=rules,
                       max_per_group=meta.max_findings, checked=meta.checked)


def _formats() -> dict[str, Renderer]:
    from daejo.report import github, gitlab, jsonfmt, junit, markdown, rdjson, sarif, text

    return {
        "text": text.render_text,
        "json": jsonfmt.render_json,
        "jsonl": jsonfmt.render_jsonl,
        "sarif": sarif.render_sarif,
        "github": github.render_github,
        "rdjson": rdjson.render_rdjson,
        "junit": junit.render_junit,
        "gitlab": gitlab.render_gitlab,
        "markdown": markdown.render_markdown,
        "html": _render_html,  # also gets the claims, for the entity fact sheets
    }


FORMATS: dict[str, Renderer] = _formats()
JSON_FORMATS = frozenset({"json", "jsonl", "sarif", "rdjson", "gitlab"})


def render(findings: list[Finding], fmt: str, meta: ReportMeta, *, ledger: list[ArticleClaims] | None = None) -> str:
    """Render ``findings`` in format ``fmt``; an unknown format is a ConfigError.

    ``ledger`` (the claims of every article involved) is used by the HTML report's
    entity fact sheets; the other formats show findings only.
    """
    renderer = FORMATS.get(fmt)
    if renderer is None:
        raise ConfigError(f"unknown output format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt in JSON_FORMATS:  # exact text, every control escaped (report.inert)
        return escape_json_text(renderer(list(findings), meta))
    keep = fmt != "text"  # the others escape line breaks as their medium documents (report.inert)
    findings, meta = [inert(f, keep) for f in findings], inert(meta, keep)
    if fmt == "html":
        return _render_html(findings, meta, [inert(entry, keep) for entry in ledger or []])
    return renderer(findings, meta)


__all__ = ["FORMATS", "ReportMeta", "RuleInfo", "render"]
