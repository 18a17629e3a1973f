"""What ``check`` and ``ledger update`` do alike before and after extraction, so
the claims in the ledger are the claims a check would extract.

* daejo comments (suppressions) are blanked out of the body before extraction:
  offsets and lines stay the same, and no directive text becomes a claim;
* the ledger's ``body_sha256`` is the hash of the body as stored (with its
  comments), which is what ``ledger verify`` compares against;
* the editors' alias and not-alias decisions shape the entity registry.
"""

from __future__ import annotations

from pathlib import Path

from daejo.ledger import body_sha256
from daejo.models import Article, ArticleClaims
from daejo.workflow.aliasing import apply_entity_decisions
from daejo.workflow.decisions import DECISIONS_FILE, Decisions, load_decisions
from daejo.workflow.suppress import blank_directives


def for_extraction(articles: list[Article]) -> list[Article]:
    """The articles with their daejo comments blanked (same length, same lines)."""
    out = []
    for article in articles:
        blanked = blank_directives(article.body)
        out.append(article if blanked == article.body else article.model_copy(update={"body": blanked}))
    return out


def with_stored_hashes(entries: list[ArticleClaims], articles: list[Article]) -> list[ArticleClaims]:
    """Entries whose ``body_sha256`` is that of the stored body (comments included)."""
    for entry, article in zip(entries, articles, strict=True):
        entry.body_sha256 = body_sha256(article.body)
    return entries


def ledger_decisions(ledger: Path | None) -> Decisions:
    """``<ledger>/decisions.yaml``; none when there is no ledger folder."""
    if ledger is None:
        return Decisions()
    return load_decisions(Path(ledger) / DECISIONS_FILE)


def apply_decisions_to_toolkit(toolkit: object, decisions: Decisions) -> None:
    apply_entity_decisions(getattr(toolkit, "registry", None), decisions)
