"""``daejo check``: find facts that contradict each other or the ledger.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage or input error (a message on stderr, never a traceback).
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import typer

from daejo.cli import app
from daejo.config import Config, load_config
from daejo.errors import ConfigError, InputError, LedgerError
from daejo.models import Article, ArticleClaims, Finding
from daejo.reconcile import load_policies, reconcile
from daejo.reconcile.findings import at_or_above
from daejo.reconcile.rules import ALL_RULES, rule_by_name

# entity types whose statements are on the record (not hearsay)
ORGANISATION_TYPES = frozenset({"org", "organisation", "organization", "company", "agency", "government"})

# a progress bar only pays for itself on runs longer than this many articles
PROGRESS_MIN_ARTICLES = 8


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
    from daejo.ingest import load_articles

    loaded = load_articles(options.paths, keep_going=options.keep_going)
    for problem in loaded.problems:
        typer.echo(f"daejo: warning: skipped {problem}", err=True)
    new, registry = extract_articles(loaded.articles, options)
    old = read_ledger_dir(options.ledger, options.ledger_explicit)
    new_ids = {a.article for a in new}
    old = [a for a in old if a.article not in new_ids]  # a re-checked article replaces its ledger entry
    catalogue = _catalogue(options.attributes)
    findings = reconcile(
        new, old, policies=load_policies(catalogue), lang=options.lang, on_record=organisation_names(registry)
    )
    findings = drop_ignored(findings, options.ignore)
    failing = at_or_above(findings, options.fail_on)
    status = 0 if options.exit_zero or not failing else 1
    claims = sum(len(a.claims) for a in [*new, *old])
    result = CheckResult(findings, articles=len(new) + len(old), claims=claims, exit_status=status)
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


def extract_articles(articles: list[Article], options: CheckOptions) -> tuple[list[ArticleClaims], object]:
    """Claims of each article, as the ledger would store them, and the entity registry."""
    from daejo.extract import extract_article
    from daejo.extract.links import learn_links

    catalogue = _catalogue(options.attributes)
    analyzer = _analyzer(options.analyzer)
    registry = _registry(options.aliases)
    # as extract_articles does: aliases written out in one article (`엑사원(EXAONE)`)
    # resolve mentions in the others, so learn them from the whole batch first
    for article in articles:
        learn_links(article.body, registry)
    out: list[ArticleClaims] = []
    for article in _progress(articles):
        claims = extract_article(article, analyzer=analyzer, registry=registry, catalogue=catalogue, learn=False)
        out.append(article_claims(article, claims))
    return out, registry


def organisation_names(registry: object) -> set[str]:
    """Ids, names and aliases of the organisations the registry knows: a claim
    attributed to one of them is that organisation's statement on the record."""
    names: set[str] = set()
    for record in getattr(registry, "records", {}).values():
        if record.type in ORGANISATION_TYPES:
            names.update({record.id, record.name, *record.aliases})
    return names


def article_claims(article: Article, claims: list) -> ArticleClaims:
    return ArticleClaims(
        article=article.id,
        path=article.path,
        title=article.title,
        outlet=article.outlet,
        published=article.published.text if article.published else None,
        body_sha256=_body_sha256(article.body),
        claims=claims,
    )


def _body_sha256(body: str) -> str:
    try:
        from daejo.ledger import body_sha256
    except ImportError:
        return hashlib.sha256(body.encode("utf-8")).hexdigest()
    return body_sha256(body)


def read_ledger_dir(ledger: Path | None, explicit: bool) -> list[ArticleClaims]:
    """The ledger's articles; a missing folder is an error only when named explicitly."""
    if ledger is None or not ledger.is_dir():
        if explicit:
            raise LedgerError("ledger folder not found", path=str(ledger))
        return []
    from daejo.ledger import read_ledger

    return read_ledger(ledger)


def _catalogue(extra: list[Path]):
    from daejo.extract.catalogue import load_catalogue

    return load_catalogue(list(extra))


def _analyzer(name: str):
    from daejo.text import get_analyzer

    try:
        return get_analyzer(name)
    except (ValueError, KeyError) as exc:
        raise ConfigError(f"analyzer {name!r} is not available: {exc}") from None


def _registry(aliases: list[Path]):
    for path in aliases:
        if not Path(path).is_file():
            raise InputError("alias file not found", path=str(path))
    from daejo.extract.registry import load_registry

    return load_registry(list(aliases))


def _progress(articles: list[Article]):
    """Articles, with a progress bar on stderr for long runs in a terminal only."""
    if len(articles) < PROGRESS_MIN_ARTICLES or not sys.stderr.isatty():
        yield from articles
        return
    from rich.console import Console
    from rich.progress import track

    yield from track(articles, description="extracting", console=Console(stderr=True), transient=True)


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
    return render(result.findings, options.fmt, meta)


def _summary(rule) -> str:
    doc = (rule.__doc__ or "").strip().splitlines()
    return doc[0].split(":", 1)[-1].strip() if doc else ""


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
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
