"""JSON Schemas of what daejo writes for machines, generated from the pydantic
models so they cannot drift from the code:

- ``report.schema.json``: ``daejo check --format json`` (one document);
- ``finding.schema.json``: one line of ``--format jsonl`` (a finding, as in the
  document's ``findings``);
- ``ledger-header.schema.json`` and ``ledger-claim.schema.json``: the first
  line of a ledger file ``claims/<id>.jsonl`` and each further line.

Regenerate with ``python -m daejo.schemas --write docs/schemas``; a test fails
when the published files are out of date and checks real outputs against them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from daejo.models import ArticleClaims, Claim, FindingSide, Severity
from daejo.report.jsonfmt import SCHEMA_VERSION as REPORT_VERSION

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


class JsonFinding(BaseModel):
    """One finding of ``--format json`` / one line of ``--format jsonl``."""

    model_config = ConfigDict(extra="forbid", title="daejo finding")

    id: str = Field(description="stable fingerprint (16 hex digits); its first 8 are the short form `[fp …]` "
                                "that `daejo decide accept` takes")
    rule: str = Field(description="rule name, e.g. value-mismatch")
    code: str = Field(description="rule code, e.g. DJ101")
    severity: Severity
    confidence: float
    entity: str | None
    attribute: str | None
    message: str = Field(description="in the language of --lang")
    message_ko: str
    message_en: str
    reason: str = Field(description="which policy fired, with the normalised values")
    claims: list[FindingSide] = Field(description="the sides, those of checked articles first; `path` relative "
                                                  "to the working folder")


class JsonReport(BaseModel):
    """``daejo check --format json``."""

    model_config = ConfigDict(extra="forbid", title="daejo report")

    version: Literal[1] = Field(description="version of this document's format")
    articles: int = Field(description="articles involved (checked and stored)")
    claims: int = Field(description="their claims")
    findings: list[JsonFinding]


# line 1 of a ledger file (daejo.ledger): the fields of ArticleClaims but its claims,
# which follow on their own lines, and the digest of those lines
LedgerHeader = create_model(
    "LedgerHeader",
    __config__=ConfigDict(extra="forbid", title="daejo ledger header"),
    __doc__="Line 1 of a ledger file (daejo.ledger).",
    **{name: (field.annotation, field) for name, field in ArticleClaims.model_fields.items() if name != "claims"}
    | {"schema_version": (int, ...)},  # always written
    claims_sha256=(str | None, Field(None, description="SHA-256 of every byte after this line")),
)


def _schema(model: type[BaseModel], title: str) -> dict[str, Any]:
    schema = model.model_json_schema(mode="serialization")
    return {"$schema": SCHEMA_DIALECT, **schema, "title": title}


def schemas() -> dict[str, dict[str, Any]]:
    """File name -> schema."""
    assert REPORT_VERSION == 1, "JsonReport.version must follow the json format's version"
    return {
        "report.schema.json": _schema(JsonReport, "daejo check --format json"),
        "finding.schema.json": _schema(JsonFinding, "daejo check --format jsonl (one line)"),
        "ledger-header.schema.json": _schema(LedgerHeader, "daejo ledger file, line 1 (header)"),
        "ledger-claim.schema.json": _schema(Claim, "daejo ledger file, a claim line"),
    }


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = folder / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--write":
        for path in write(Path(argv[1])):
            print(path)
        return 0
    print("usage: python -m daejo.schemas --write docs/schemas", file=sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
