"""``daejo decide``: record an editor's decision in claims/decisions.yaml."""

from __future__ import annotations

import getpass
import re
import subprocess
from datetime import date
from pathlib import Path

import typer

from daejo.cli import app
from daejo.workflow.decisions import DECISIONS_FILE, Pin, append_decision, format_entry

decide_app = typer.Typer(
    help="Record an editor's decision (accept a finding, pin a value, link or separate entity names) "
    "in the ledger's decisions.yaml, which `daejo check` honours.",
    no_args_is_help=True,
)
app.add_typer(decide_app, name="decide")

LEDGER_OPT = typer.Option(None, "--ledger", metavar="DIR", help="Ledger folder holding decisions.yaml (default: the configuration's ledger, claims/).")
AUTHOR_OPT = typer.Option(None, "--author", metavar="NAME", help="Who decided (default: git user.name, else the login name).")


def _author(given: str | None) -> str:
    if given:
        return given
    try:
        name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, check=False).stdout.strip()
    except FileNotFoundError:
        name = ""
    return name or getpass.getuser()


def _ledger_folder(ledger: Path | None) -> Path:
    from daejo.config import load_config
    from daejo.workflow.ledger_sync import check_ledger_dir

    folder = Path(ledger) if ledger is not None else Path(load_config().ledger)
    check_ledger_dir(folder)
    return folder


def _write(ledger: Path | None, entry: str, what: str) -> None:
    from daejo.workflow.ledger_sync import ledger_lock

    folder = _ledger_folder(ledger)
    path = folder / DECISIONS_FILE
    with ledger_lock(folder):  # read, append and replace as one step: concurrent deciders all count
        append_decision(path, entry)
    typer.echo(f"{path}: recorded {what}")


def _fingerprint_form(given: str) -> str:
    """A fingerprint is hexadecimal, at least the short form's 8 digits long."""
    from daejo.errors import DaejoError
    from daejo.report.common import SHORT_FINGERPRINT

    fingerprint = given.strip().removeprefix("[fp ").removesuffix("]").strip().lower()
    if len(fingerprint) < SHORT_FINGERPRINT or not re.fullmatch(r"[0-9a-f]+", fingerprint):
        raise DaejoError(f"{given!r} is not a finding fingerprint: expected the {SHORT_FINGERPRINT} hexadecimal "
                         "digits shown as [fp 1a2b3c4d] by `daejo check`, or the whole id of --format json")
    return fingerprint


def _finding_of_check(fingerprint: str, paths: list[Path], ledger: Path) -> str:
    """``fingerprint`` if it names exactly one finding of ``daejo check PATH --ledger``."""
    from daejo.cli.check import merge_options, run_check
    from daejo.config import load_config
    from daejo.workflow.known import match_fingerprint
    from daejo.workflow.prepare import ledger_decisions

    options = merge_options(load_config(), paths=paths, ledger=ledger, fmt="json", output=None, fail_on="never",
                            exit_zero=True, lang=None, analyzer=None, aliases=[], keep_going=False)
    result, _ = run_check(options)
    return match_fingerprint(fingerprint, result.findings, ledger_decisions(ledger).accepted)


@decide_app.command("accept")
def accept(
    fingerprint: str = typer.Argument(..., help="The finding's fingerprint as `daejo check` shows it: the 8 digits after `fp` (fp 1a2b3c4d) in text, markdown and github output, or `id` in json."),
    paths: list[Path] = typer.Argument(None, metavar="PATH...", help="The articles `daejo check` was run on: they are checked against the ledger again and FINGERPRINT must name one of the findings (close ones are named when it does not). Without PATH only its form is checked."),
    reason: str = typer.Option(..., "--reason", help="Why the finding is not an error."),
    author: str = AUTHOR_OPT,
    ledger: Path = LEDGER_OPT,
) -> None:
    """Accept a finding: `daejo check` stops reporting it.

    With PATH, the articles are checked again and FINGERPRINT must name one of the
    findings; an unknown one is an error naming the closest. FINGERPRINT is the
    finding's id from `--format json`, or the short form that the text, markdown
    and github outputs show after `fp` (fp 1a2b3c4d: its first 8 digits)."""
    folder = _ledger_folder(ledger)
    fingerprint = _fingerprint_form(fingerprint)
    if paths:
        fingerprint = _finding_of_check(fingerprint, paths, folder)
    else:
        typer.echo("daejo: note: the fingerprint was not checked against findings; name the articles "
                   "(`daejo decide accept FINGERPRINT PATH...`) to have it checked", err=True)
    entry = format_entry("accept", fingerprint=fingerprint, reason=reason, author=_author(author),
                         when=date.today().isoformat())
    _write(ledger, entry, f"accept {fingerprint}")


def _known(folder: Path):
    """The attributes and entities a pin may name (daejo.workflow.known)."""
    from daejo.config import load_config
    from daejo.ledger import read_ledger
    from daejo.pipeline import require_files
    from daejo.workflow.known import known_names
    from daejo.workflow.prepare import ledger_decisions

    config = load_config()
    return known_names(read_ledger(folder), require_files(config.aliases, "alias file"),
                       require_files(config.attributes, "attribute catalogue file"), ledger_decisions(folder))


@decide_app.command("pin")
def pin(
    entity: str = typer.Argument(..., help="Entity id or name, e.g. nurion or 누리온."),
    attribute: str = typer.Argument(..., help="Attribute id from the catalogue, e.g. parameter_count."),
    value: str = typer.Argument(..., help="The correct value as an article would write it, e.g. '약 3000억 개'."),
    source: str = typer.Option(..., "--source", help="Where the correct value comes from."),
    as_of: str = typer.Option(None, "--as-of", help="When the value holds (YYYY, YYYY-MM or YYYY-MM-DD)."),
    author: str = AUTHOR_OPT,
    ledger: Path = LEDGER_OPT,
) -> None:
    """Pin the correct value of (entity, attribute): later articles are checked against it.

    The attribute must be in the catalogue (`daejo attributes`) and the entity named
    by an alias file or a claim of the ledger; otherwise nothing is recorded and the
    closest known names are shown."""
    from daejo.dates import parse_partial_date
    from daejo.values import parse_values

    if as_of is not None:
        try:
            parse_partial_date(as_of)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--as-of") from None
    if not parse_values(value, parse_partial_date(as_of) if as_of else None):
        raise typer.BadParameter(f"no value recognised in {value!r}", param_hint="VALUE")
    folder = _ledger_folder(ledger)
    known = _known(folder)
    known.check_attribute(attribute)
    known.check_entity(entity)
    entry = format_entry("pin", pin=Pin(entity=entity, attribute=attribute, value=value, as_of=as_of),
                         source=source, author=_author(author), when=date.today().isoformat())
    _write(ledger, entry, f"pin {entity} {attribute} = {value}")


@decide_app.command("alias")
def alias(
    first: str = typer.Argument(..., help="A name as written."),
    second: str = typer.Argument(..., help="Another name of the same entity."),
    author: str = AUTHOR_OPT,
    ledger: Path = LEDGER_OPT,
) -> None:
    """Declare two names to be the same entity."""
    _write(ledger, format_entry("alias", names=(first, second), author=_author(author), when=date.today().isoformat()),
           f"alias {first} = {second}")


@decide_app.command("not-alias")
def not_alias(
    first: str = typer.Argument(..., help="A name as written."),
    second: str = typer.Argument(..., help="A look-alike name of a different entity."),
    author: str = AUTHOR_OPT,
    ledger: Path = LEDGER_OPT,
) -> None:
    """Declare two look-alike names to be different entities."""
    _write(ledger, format_entry("not_alias", names=(first, second), author=_author(author), when=date.today().isoformat()),
           f"not-alias {first} ≠ {second}")
