"""``daejo check``: find facts that contradict each other or the ledger.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage or input error (a message on stderr, never a traceback).
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import typer

from daejo.cli import app
from daejo.config import Config, load_config
from daejo.errors import ConfigError, InputError
from daejo.models import Article, ArticleClaims, Finding
from daejo.pipeline import Toolkit, extract_entries, find_conflicts, load_toolkit, read_ledger_dir, require_files
from daejo.reconcile.findings import at_or_above
from daejo.reconcile.rules import ALL_RULES, rule_by_name


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"
    rdjson = "rdjson"
    junit = "junit"
    gitlab = "gitlab"
    markdown = "markdown"
    html = "html"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class Lang(str, Enum):
    ko = "ko"
    en = "en"


@dataclass
class CheckOptions:
    """The effective settings of one run: flags over configuration over defaults."""

    paths: list[Path]
    ledger: Path | None
    ledger_explicit: bool
    fmt: str = "text"
    output: Path | None = None
    fail_on: str = "error"
    exit_zero: bool = False
    lang: str = "ko"
    analyzer: str = "kiwi"
    aliases: list[Path] = field(default_factory=list)
    attributes: list[Path] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    keep_going: bool = False


@dataclass
class CheckResult:
    findings: list[Finding]
    articles: int
    claims: int
    exit_status: int
    entries: list[ArticleClaims] = field(default_factory=list)  # every article involved (HTML fact sheets)


@app.command("check")
def check_command(
    paths: list[Path] = typer.Argument(..., help="Article files or folders (.md, .txt, .jsonl)."),
    ledger: Path = typer.Option(None, "--ledger", help="Ledger folder of claims already published (default: claims/ when present)."),
    fmt: CheckFormat = typer.Option(CheckFormat.text, "--format", "-f", help="Output format."),
    output: Path = typer.Option(None, "--output", "-o", help="Write the report to FILE (atomically) instead of standard output."),
    fail_on: FailOn = typer.Option(None, "--fail-on", help="Lowest severity that makes the exit status 1 (default: error, or the configuration's fail_on)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when findings reach --fail-on (input errors still exit 2)."),
    lang: Lang = typer.Option(None, "--lang", help="Language of the messages (default: ko, or the configuration's lang)."),
    analyzer: str = typer.Option(None, "--analyzer", help="Morphological analyzer: kiwi or komoran."),
    aliases: list[Path] = typer.Option(None, "--aliases", help="Entity alias file (YAML); may be repeated."),
    keep_going: bool = typer.Option(False, "--keep-going", help="Report unreadable inputs and go on with the rest."),
) -> None:
    """Check articles for numbers and dates that contradict each other or the ledger."""
    config = load_config()
    options = merge_options(
        config, paths=paths, ledger=ledger, fmt=fmt.value, output=output,
        fail_on=fail_on.value if fail_on else None, exit_zero=exit_zero,
        lang=lang.value if lang else None, analyzer=analyzer, aliases=aliases or [], keep_going=keep_going,
    )  # fmt: skip
    result, report = run_check(options)
    write_report(report, options.output)
    raise typer.Exit(result.exit_status)


def merge_options(config: Config, **flags: object) -> CheckOptions:
    """Command-line flags win over the configuration file, which wins over defaults."""
    ledger = flags["ledger"]
    return CheckOptions(
        paths=list(flags["paths"]),  # type: ignore[arg-type]
        ledger=Path(ledger) if ledger else (Path(config.ledger) if config.ledger else None),  # type: ignore[arg-type]
        ledger_explicit=ledger is not None,
        fmt=str(flags["fmt"]),
        output=flags["output"],  # type: ignore[arg-type]
        fail_on=str(flags["fail_on"] or config.fail_on),
        exit_zero=bool(flags["exit_zero"]),
        lang=str(flags["lang"] or config.lang),
        analyzer=str(flags["analyzer"] or config.analyzer),
        aliases=[*config.aliases, *flags["aliases"]],  # type: ignore[misc]
        attributes=list(config.attributes),
        ignore=list(config.ignore),
        keep_going=bool(flags["keep_going"]),
    )


def run_check(options: CheckOptions) -> tuple[CheckResult, str]:
    """Ingest, extract, read the ledger, reconcile and render; no output written."""
    _check_ignore_names(options.ignore)
    require_files(options.aliases, "alias file")
    from daejo.ingest import load_articles

    loaded = load_articles(options.paths, keep_going=options.keep_going)
    for problem in loaded.problems:
        typer.echo(f"daejo: warning: skipped {problem}", err=True)
    new, toolkit = extract_articles(loaded.articles, options)
    old = read_ledger_dir(options.ledger, options.ledger_explicit)
    new_ids = {a.article for a in new}
    old = [a for a in old if a.article not in new_ids]  # a re-checked article replaces its ledger entry
    findings = find_conflicts(new, old, toolkit, lang=options.lang)
    findings = drop_ignored(findings, options.ignore)
    failing = at_or_above(findings, options.fail_on)
    status = 0 if options.exit_zero or not failing else 1
    claims = sum(len(a.claims) for a in [*new, *old])
    result = CheckResult(findings, articles=len(new) + len(old), claims=claims, exit_status=status, entries=[*new, *old])
    return result, render_report(result, options)


def drop_ignored(findings: list[Finding], ignore: list[str]) -> list[Finding]:
    names = set(ignore)
    return [f for f in findings if f.rule not in names and f.code not in names]


def _check_ignore_names(ignore: list[str]) -> None:
    unknown = [name for name in ignore if rule_by_name(name) is None and not name.upper().startswith("DJ5")]
    if unknown:
        known = ", ".join(f"{r.code} {r.slug}" for r in ALL_RULES)
        raise ConfigError(f"unknown rule(s) in 'ignore': {', '.join(unknown)} (known: {known})")


# --------------------------------------------------------------------------- stages


def extract_articles(articles: list[Article], options: CheckOptions) -> tuple[list[ArticleClaims], Toolkit]:
    """Claims of each article, as the ledger would store them, and the toolkit used."""
    toolkit = load_toolkit(options.analyzer, options.aliases, options.attributes)
    return extract_entries(articles, toolkit), toolkit


# --------------------------------------------------------------------------- output


def render_report(result: CheckResult, options: CheckOptions) -> str:
    from daejo.report import ReportMeta, RuleInfo, render

    rules = {
        r.slug: RuleInfo(code=r.code, name=r.slug, summary_en=_summary(r), help=(r.__doc__ or "").strip())
        for r in ALL_RULES
    }
    meta = ReportMeta(
        articles=result.articles,
        claims=result.claims,
        lang=options.lang,  # type: ignore[arg-type]
        rules=rules,
        root=str(Path.cwd()),
        fail_on=options.fail_on,  # type: ignore[arg-type]
        exit_status=result.exit_status,
    )
    return render(result.findings, options.fmt, meta, ledger=result.entries)


def _summary(rule) -> str:
    doc = (rule.__doc__ or "").strip().splitlines()
    return doc[0].split(":", 1)[-1].strip() if doc else ""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_report(text: str, output: Path | None) -> None:
    """Standard output, or ``output`` replaced atomically (never half-written)."""
    if not text.endswith("\n"):
        text += "\n"
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("output folder does not exist", path=str(folder))
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
