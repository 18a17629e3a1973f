"""``daejo check``: find facts that contradict each other or the ledger.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage or input error (a message on stderr, never a traceback).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import typer

from daejo.cli import app
from daejo.cli.color import MODES as COLOR_MODES
from daejo.cli.helpfmt import choice
from daejo.config import Config, load_config
from daejo.fsutil import atomic_write
from daejo.errors import ConfigError
from daejo.ingest.sources import NO_ARTICLES
from daejo.models import Article, ArticleClaims, Finding
from daejo.pipeline import Toolkit, extract_entries, find_conflicts, load_toolkit, require_files
from daejo.reconcile.findings import at_or_above, sort_findings
from daejo.report.common import plural
from daejo.reconcile.rules import ALL_RULES, rule_by_name
from daejo.workflow.baseline import apply_baseline, read_baseline, write_baseline
from daejo.workflow.changes import changed_articles
from daejo.workflow.decisions import Decisions
from daejo.workflow.prepare import apply_decisions_to_toolkit, for_extraction, ledger_decisions, with_stored_hashes
from daejo.workflow.review import ReviewInput, review_findings
from daejo.workflow.rules import WORKFLOW_RULES, workflow_rule_by_name


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


FORMAT_NAMES = [f.value for f in CheckFormat]


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
    since: str | None = None  # check only the articles changed since this git ref
    baseline: Path | None = None
    write_baseline: Path | None = None
    also: list[tuple[str, Path | None]] = field(default_factory=list)  # extra (format, file) outputs; None: stdout
    decisions: Decisions = field(default_factory=Decisions)
    jobs: int = 0  # extraction processes: 0 all cores (small batches run serially)
    replace: bool = False  # an article may take over another file's ledger id
    max_findings: int | None = None  # HTML page: finding cards per (rule, severity); None: the page's default
    skipped: int = 0  # inputs that --keep-going skipped: reported on stderr, and the run exits 2
    color: str = "auto"  # --color: auto, always or never (daejo.cli.color)
    select: list[str] = field(default_factory=list)  # --select: only these rules (codes, code prefixes or names)
    verbosity: int = 0  # -q: -1 (the findings only), -v: 1 (each stage on stderr)
    statistics: bool = False  # --statistics: counts per rule and attribute instead of the findings


@dataclass
class CheckResult:
    findings: list[Finding]
    articles: int
    claims: int
    exit_status: int
    entries: list[ArticleClaims] = field(default_factory=list)  # every article involved (HTML fact sheets)
    new_claims: int = 0  # claims of the checked articles
    unpaired: int = 0  # of those, claims no claim of another article could be compared with
    checked: list[str] = field(default_factory=list)  # ids of the checked articles (the HTML page marks them)


@app.command("check")
def check_command(
    paths: list[Path] = typer.Argument(..., metavar="PATH...", help="Article files or folders (.md, .txt, .jsonl, .html); folders are walked, skipping hidden folders, ledgers, node_modules, virtual environments and README files. Only regular files are read."),
    ledger: Path = typer.Option(None, "--ledger", metavar="DIR", help="Ledger folder of claims already published (default: claims/ when present)."),
    fmt: str = typer.Option("text", "--format", "-f", metavar="FORMAT", callback=choice("format", FORMAT_NAMES), help=f"Output format: {', '.join(FORMAT_NAMES)}. [default: text]"),
    output: Path = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the report to FILE (atomically) instead of standard output ('-'). An existing FILE is replaced only when it is a daejo report; inputs, the ledger, links and non-regular files are never written."),
    fail_on: FailOn = typer.Option(None, "--fail-on", help="Lowest severity that makes the exit status 1 (default: error, or the configuration's fail_on)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when findings reach --fail-on (input errors still exit 2)."),
    lang: Lang = typer.Option(None, "--lang", help="Language of the messages (default: ko, or the configuration's lang)."),
    analyzer: str = typer.Option(None, "--analyzer", metavar="NAME", help="Morphological analyzer: kiwi or komoran."),
    aliases: list[Path] = typer.Option(None, "--aliases", metavar="FILE", help="Entity alias file (YAML); may be repeated."),
    keep_going: bool = typer.Option(False, "--keep-going", help="Report unreadable inputs on stderr and check the rest; the exit status is then 2."),
    since: str = typer.Option(None, "--since", metavar="REF", help="Check only the articles under PATH changed since this git ref (committed, staged, unstaged or untracked) against the ledger; deleted articles leave the ledger set."),
    baseline: Path = typer.Option(None, "--baseline", metavar="FILE", help="Baseline file (from --write-baseline): findings listed in it are not reported; entries that no longer match are listed on stderr when every ledger article is checked."),
    write_baseline: Path = typer.Option(None, "--write-baseline", metavar="FILE", help="Write the findings of this run to FILE as a baseline and exit 0 (FILE as for --output)."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, metavar="N", help="Extraction processes (0: all cores; fewer than 16 articles run serially)."),
    also: list[str] = typer.Option(None, "--also", metavar="FORMAT:FILE", help="Also write the report in FORMAT to FILE, from the same run (may be repeated). FILE is replaced atomically, as for --output, except the file named by $GITHUB_STEP_SUMMARY, which is appended to."),
    force: bool = typer.Option(False, "--force", help="Replace an existing output file that is not a daejo report, and write a symbolic link's target."),
    replace: bool = typer.Option(False, "--replace", help="An article whose id the ledger holds for another file replaces that entry (default: an error naming both files)."),
    color: str = typer.Option("auto", "--color", metavar="WHEN", callback=choice("colour mode", COLOR_MODES), help="Colour the text report: auto (when standard output is a terminal; NO_COLOR turns it off, FORCE_COLOR on), always or never. [default: auto]"),
    select: list[str] = typer.Option(None, "--select", metavar="CODES", help="Report only these rules: codes (DJ101), code prefixes (DJ1) or names (value-mismatch), comma-separated; may be repeated."),
    ignore: list[str] = typer.Option(None, "--ignore", metavar="CODES", help="Do not report these rules (as --select; adds to the configuration's ignore)."),
    statistics: bool = typer.Option(False, "--statistics", help="Print how many findings each rule and each attribute has instead of the findings (text, or JSON with --format json); the exit status is unchanged."),
    config_file: Path = typer.Option(None, "--config", metavar="FILE", help="Configuration file to use (daejo.toml, or a pyproject.toml with [tool.daejo]) instead of searching up from the current folder."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print the findings only: no summary line, no notes or warnings on stderr (errors and skipped inputs are still named)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Say on stderr what each stage did (articles read, claims extracted, ledger read, findings) and how long it took."),
    server: bool = typer.Option(False, "--server", help="Have a running `daejo serve` do the check: the same output and exit status without the start-up (analyzer, rules); checks in-process when no server answers."),
) -> None:
    """Check articles for numbers and dates that contradict each other or the ledger."""
    if quiet and verbose:
        raise typer.BadParameter("-q and -v together: choose one", param_hint="--quiet")
    if statistics and fmt not in ("text", "json"):
        raise typer.BadParameter(f"--statistics prints text or json, not {fmt}", param_hint="--format")
    config = load_config(explicit=config_file)
    options = merge_options(
        config, paths=paths, ledger=ledger, fmt=fmt, output=output,
        fail_on=fail_on.value if fail_on else None, exit_zero=exit_zero,
        lang=lang.value if lang else None, analyzer=analyzer, aliases=aliases or [], keep_going=keep_going,
        since=since, baseline=baseline, write_baseline=write_baseline, also=parse_also(also or []),
    )  # fmt: skip
    options.jobs = jobs
    options.replace = replace
    options.color = color
    options.select = split_codes(select or [])
    options.ignore += split_codes(ignore or [])
    options.verbosity = -1 if quiet else (1 if verbose else 0)
    options.statistics = statistics
    check_outputs(options, config, force=force)
    result, report = run_check(options)
    if statistics:
        from daejo.cli.stats import render_statistics

        report = render_statistics(result.findings, options.fmt, options.lang)
    for extra_fmt, extra_file in options.also:
        write_report(render_report(result, options, extra_fmt, output=extra_file), extra_file,
                     append=is_step_summary(extra_file))
    write_report(report, options.output)
    raise typer.Exit(result.exit_status)


def check_outputs(options: CheckOptions, config: Config, *, force: bool) -> None:
    """Refuse, before any slow work, an output that would replace what is not daejo's
    (daejo.outputs); ``-`` becomes standard output."""
    from daejo.outputs import Protected, check_output, output_path

    ledger = options.ledger if options.ledger is not None else (Path(config.ledger) if config.ledger else None)
    protected = Protected.of_run(options.paths, ledger, [*options.aliases, *options.attributes, options.baseline])
    options.output = check_output(output_path(options.output), protected, force=force)
    options.also = [(fmt, check_output(output_path(file), protected, force=force, append=is_step_summary(file)))
                    for fmt, file in options.also]  # type: ignore[misc]
    if options.write_baseline is not None:
        target = output_path(options.write_baseline)
        if target is None:
            raise typer.BadParameter("the baseline needs a file, not standard output", param_hint="--write-baseline")
        options.write_baseline = check_output(target, protected, force=force)


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
        since=flags.get("since"),  # type: ignore[arg-type]
        baseline=flags.get("baseline"),  # type: ignore[arg-type]
        write_baseline=flags.get("write_baseline"),  # type: ignore[arg-type]
        also=list(flags.get("also") or []),  # type: ignore[call-overload]
    )


def run_check(options: CheckOptions) -> tuple[CheckResult, str]:
    """Ingest, extract, read the ledger, reconcile, apply the newsroom's decisions
    and suppressions, and render; no output written (except --write-baseline)."""
    _check_rule_names(options.ignore, "ignore")
    _check_rule_names(options.select, "select")
    clock = Stages(options.verbosity)
    require_files(options.aliases, "alias file")
    options.decisions = ledger_decisions(options.ledger)  # a malformed entry stops here (exit 2)
    articles, gone = select_articles(options)
    clock.done(f"read {plural(len(articles), 'article')}")
    if not options.replace:
        from daejo.workflow.ledger_sync import check_unique_ids

        check_unique_ids(articles, options.ledger)
    new, toolkit = extract_articles(articles, options)
    clock.done(f"extracted {plural(sum(len(a.claims) for a in new), 'claim')}")
    from daejo.index import read_ledger_touching  # only the groups the new claims touch, when indexed

    old, all_ledger_ids = read_ledger_touching(options.ledger, options.ledger_explicit, new)
    clock.done(f"read {plural(len(old), 'stored article')} from the ledger {options.ledger}"
               if options.ledger is not None else "no ledger")
    new_ids = {a.article for a in new}
    replaced = gone | {Path(a.path).resolve() for a in articles}
    # a re-checked article replaces its ledger entry; a deleted one leaves the set
    old = [a for a in old if a.article not in new_ids and Path(a.path).resolve() not in replaced]
    met: set[str] = set()
    findings = find_conflicts(new, old, toolkit, lang=options.lang, met=met)
    complete = options.since is None and all_ledger_ids <= new_ids
    findings = review_findings(findings, review_input(new, old, articles, toolkit, options, complete))
    found = len(findings)
    findings = drop_ignored(findings, options.ignore)
    if options.select:
        findings = keep_selected(findings, options.select)
    clock.done(f"compared: {plural(len(findings), 'finding')}"
               + (f" ({found - len(findings)} left out by --select/--ignore)" if found != len(findings) else ""))
    if options.write_baseline is not None:
        write_baseline(options.write_baseline, findings)
        if options.verbosity >= 0:
            typer.echo(f"daejo: wrote {len(findings)} finding(s) to the baseline {options.write_baseline}", err=True)
    elif options.baseline is not None:
        findings = apply_baseline_file(findings, options.baseline, complete, quiet=options.verbosity < 0)
    failing = at_or_above(findings, options.fail_on)
    quiet = options.exit_zero or options.write_baseline is not None
    status = 0 if quiet or not failing else 1
    if options.skipped:  # an input error, even when the rest was checked and reported
        status = 2
    claims = sum(len(a.claims) for a in [*new, *old])
    checked = [c.id for a in new for c in a.claims]
    result = CheckResult(sort_findings(findings), articles=len(new) + len(old), claims=claims, exit_status=status,
                         entries=[*new, *old], new_claims=len(checked), unpaired=sum(1 for c in checked if c not in met),
                         checked=[a.article for a in new])
    return result, render_report(result, options)


def select_articles(options: CheckOptions) -> tuple[list[Article], set[Path]]:
    """The articles to check (all under PATH, or those changed since --since) and
    the resolved paths of article files deleted since --since."""
    from daejo.ingest import load_articles

    paths: list[Path] = list(options.paths)
    gone: set[Path] = set()
    if options.since is not None:
        changed, deleted = changed_articles(options.since, options.paths)
        paths, gone = changed, set(deleted)
        if options.verbosity >= 0:
            typer.echo(f"daejo: {len(changed)} article file(s) changed, {len(deleted)} deleted since {options.since}",
                       err=True)
        if not paths:
            return [], gone
    loaded = load_articles(paths, keep_going=options.keep_going, allow_empty=True)
    for folder in loaded.empty_folders if options.verbosity >= 0 else []:  # as ruff does: a warning, not an error
        typer.echo(f"daejo: warning: {folder}: {NO_ARTICLES}", err=True)
    for problem in loaded.problems:
        typer.echo(f"daejo: warning: skipped {problem}", err=True)
    options.skipped = len(loaded.problems)
    return loaded.articles, gone


def review_input(new: list[ArticleClaims], old: list[ArticleClaims], articles: list[Article], toolkit: Toolkit,
                 options: CheckOptions, complete: bool) -> ReviewInput:
    from daejo.ingest import load_articles
    from daejo.reconcile import load_policies

    registry = toolkit.registry

    def entity_id(name: str) -> str:
        return registry.resolve(name).id if registry is not None else name  # type: ignore[attr-defined]

    def read_article(path: str) -> list[Article]:
        return load_articles([path], keep_going=True).articles

    return ReviewInput(new=new, old=old, articles=articles, decisions=options.decisions,
                       policies=load_policies(toolkit.catalogue), entity_id=entity_id, complete=complete,
                       lang=options.lang, read_article=read_article)


def apply_baseline_file(findings: list[Finding], path: Path, complete: bool, quiet: bool = False) -> list[Finding]:
    """The findings not in the baseline; stale entries are listed on stderr (only
    when the run saw every finding, else they would look stale wrongly)."""
    result = apply_baseline(findings, read_baseline(path))
    if complete and result.stale and not quiet:
        ids = ", ".join(e.id for e in result.stale)
        typer.echo(f"daejo: warning: {path}: {len(result.stale)} baseline entries no longer match: {ids}", err=True)
    return result.kept


def parse_also(values: list[str]) -> list[tuple[str, Path]]:
    """``FORMAT:FILE`` pairs of --also."""
    known = {f.value for f in CheckFormat}
    out = []
    for value in values:
        fmt, sep, file = value.partition(":")
        if not sep or not file or fmt not in known:
            raise typer.BadParameter(
                f"expected FORMAT:FILE with FORMAT one of {', '.join(sorted(known))}, got {value!r}", param_hint="--also"
            )
        out.append((fmt, Path(file)))
    return out


def is_step_summary(path: Path | None) -> bool:
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    return bool(summary) and path is not None and str(path) != "-" and Path(summary).resolve() == path.resolve()


def _names_rule(name: str, finding: Finding) -> bool:
    """A rule named by its code (DJ101), a code prefix (DJ1) or its name (value-mismatch)."""
    return name in (finding.rule, finding.code) or (_is_code_prefix(name) and finding.code.startswith(name.upper()))


def _is_code_prefix(name: str) -> bool:
    return bool(re.fullmatch(r"(?i)DJ\d{0,3}", name))


def drop_ignored(findings: list[Finding], ignore: list[str]) -> list[Finding]:
    return [f for f in findings if not any(_names_rule(name, f) for name in ignore)]


def keep_selected(findings: list[Finding], select: list[str]) -> list[Finding]:
    return [f for f in findings if any(_names_rule(name, f) for name in select)]


def split_codes(values: list[str]) -> list[str]:
    """``--select DJ101,DJ2 --select value-mismatch`` -> each name once, in order."""
    return list(dict.fromkeys(part.strip() for value in values for part in value.split(",") if part.strip()))


def _check_rule_names(names: list[str], where: str) -> None:
    rules = (*ALL_RULES, *WORKFLOW_RULES)
    unknown = [name for name in names if rule_by_name(name) is None and workflow_rule_by_name(name) is None
               and not (_is_code_prefix(name) and any(r.code.startswith(name.upper()) for r in rules))]
    if unknown:
        from daejo.workflow.known import close_matches

        candidates = [r.code for r in rules] + [r.slug for r in rules]
        hints = [f"{name}: did you mean {', '.join(close_matches(name, candidates))}?" for name in unknown
                 if close_matches(name, candidates)]
        known = ", ".join(f"{r.code} {r.slug}" for r in rules)
        raise ConfigError(f"unknown rule(s) in '{where}': {', '.join(unknown)}"
                          + (f" ({'; '.join(hints)})" if hints else "") + f" (known: {known})")


class Stages:
    """``-v``: one line on stderr per stage of the run, with its time."""

    def __init__(self, verbosity: int) -> None:
        import time

        self.verbose = verbosity > 0
        self._now = time.perf_counter
        self._last = self._now()

    def done(self, what: str) -> None:
        now = self._now()
        if self.verbose:
            typer.echo(f"daejo: {what} ({now - self._last:.2f}s)", err=True)
        self._last = now


# --------------------------------------------------------------------------- stages


def extract_articles(articles: list[Article], options: CheckOptions) -> tuple[list[ArticleClaims], Toolkit]:
    """Claims of each article, as the ledger would store them, and the toolkit used.

    The editors' alias decisions shape the registry first; daejo comments are
    blanked out of the bodies (offsets unchanged) so they never become claims.
    """
    toolkit = load_toolkit(options.analyzer, options.aliases, options.attributes)
    apply_decisions_to_toolkit(toolkit, options.decisions)
    from daejo.parallel import effective_jobs

    jobs = effective_jobs(options.jobs, len(articles))
    return with_stored_hashes(extract_entries(for_extraction(articles), toolkit, jobs=jobs), articles), toolkit


# --------------------------------------------------------------------------- output


def render_report(result: CheckResult, options: CheckOptions, fmt: str | None = None, *,
                  output: Path | None | str = "main") -> str:
    """The report in ``fmt`` (default: the main format) for ``output`` (default:
    the main output; None: standard output), which decides the colour."""
    from daejo.cli.color import wants_color
    from daejo.report import ReportMeta, RuleInfo, render

    rules = {
        r.slug: RuleInfo(code=r.code, name=r.slug, summary_en=_summary(r), help=(r.__doc__ or "").strip())
        for r in (*ALL_RULES, *WORKFLOW_RULES)
    }
    meta = ReportMeta(
        articles=result.articles,
        claims=result.claims,
        lang=options.lang,  # type: ignore[arg-type]
        rules=rules,
        root=str(Path.cwd()),
        fail_on=options.fail_on,  # type: ignore[arg-type]
        exit_status=result.exit_status,
        new_claims=result.new_claims,
        unpaired=result.unpaired,
        max_findings=options.max_findings,
        quiet=options.verbosity < 0,
        color=wants_color(options.color, options.output if output == "main" else output),  # type: ignore[arg-type]
        checked=result.checked,
    )
    return render(result.findings, fmt or options.fmt, meta, ledger=result.entries)


def _summary(rule) -> str:
    doc = (rule.__doc__ or "").strip().splitlines()
    return doc[0].split(":", 1)[-1].strip() if doc else ""


def write_report(text: str, output: Path | None, *, append: bool = False) -> None:
    """Standard output, or ``output`` replaced atomically (never half-written), or
    appended to (the GitHub step summary, which other steps write too)."""
    if text and not text.endswith("\n"):  # empty: `-q` with nothing found prints nothing
        text += "\n"
    if output is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:  # `> /dev/full`: name the stream, not a file we never opened
            raise OSError(exc.errno, exc.strerror, "standard output") from None
        return
    if append:
        with output.open("a", encoding="utf-8", newline="") as handle:
            handle.write(text)
        return
    atomic_write(output, text)
