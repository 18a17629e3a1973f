"""The stages every command shares: articles -> claims (as ledger entries) -> findings.

``Toolkit`` holds what is expensive to build (analyzer, alias registry, attribute
catalogue) so a run builds it once. Commands (check, extract, report, ledger) call
``extract_entries`` and ``find_conflicts`` rather than wiring the stages themselves.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from daejo.errors import ConfigError, InputError, LedgerError
from daejo.fingerprint import extractor_fingerprint
from daejo.gcpause import gc_paused
from daejo.models import Article, ArticleClaims, Finding, UnfiledValue
from daejo.toolkit import PROGRESS_MIN_ARTICLES, Toolkit, article_claims, progress_bar

__all__ = [
    "PROGRESS_MIN_ARTICLES", "Toolkit", "article_claims", "extract_entries", "find_conflicts", "load_toolkit",
    "progress_bar", "read_ledger_dir", "require_files", "unfiled_values",
]

# entity types whose statements are on the record (not hearsay)
ORGANISATION_TYPES = frozenset({"org", "organisation", "organization", "company", "agency", "government"})


# (analyzer, fingerprint) -> the pickled registry and catalogue, while a server runs
# (cached_toolkits); None: every run parses its alias and attribute files
_TOOLKITS: dict[tuple[str, str], tuple[bytes, bytes]] | None = None
MAX_CACHED_TOOLKITS = 8


@contextmanager
def cached_toolkits() -> Iterator[None]:
    """Within this block ``load_toolkit`` reuses the registry and catalogue it
    built for the same files (``daejo serve``): keyed by the extractor fingerprint,
    which digests the alias and attribute files and the extraction code, and
    handed out as fresh copies, since a run changes its registry (decisions,
    learnt links)."""
    global _TOOLKITS
    if _TOOLKITS is None:
        _TOOLKITS = {}
    yield


def load_toolkit(analyzer: str = "kiwi", aliases: Iterable[Path] = (), attributes: Iterable[Path] = ()) -> Toolkit:
    """Build the analyzer, the entity registry (from alias files) and the catalogue."""
    from daejo.extract.catalogue import load_catalogue
    from daejo.extract.registry import load_registry
    from daejo.text import get_analyzer

    alias_files = require_files(aliases, "alias file")
    try:
        engine = get_analyzer(analyzer)
    except (ValueError, KeyError) as exc:
        raise ConfigError(f"analyzer {analyzer!r} is not available: {exc}") from None
    attribute_files = require_files(attributes, "attribute catalogue file")
    cached = _cached_toolkit(engine, analyzer, alias_files, attribute_files)
    if cached is not None:
        return cached
    toolkit = Toolkit(
        analyzer=engine, registry=load_registry(alias_files), catalogue=load_catalogue(attribute_files),
        fingerprint=extractor_fingerprint(analyzer, alias_files, attribute_files),
    )
    if _TOOLKITS is not None and toolkit.fingerprint:
        import pickle

        _TOOLKITS[(analyzer, toolkit.fingerprint)] = (pickle.dumps(toolkit.registry), pickle.dumps(toolkit.catalogue))
        while len(_TOOLKITS) > MAX_CACHED_TOOLKITS:  # alias files edited many times: keep the latest
            del _TOOLKITS[next(iter(_TOOLKITS))]
    return toolkit


def _cached_toolkit(engine, analyzer: str, alias_files: list[Path], attribute_files: list[Path]) -> Toolkit | None:
    if not _TOOLKITS:
        return None
    try:  # an unreadable file: the uncached path reports it as it always does
        fingerprint = extractor_fingerprint(analyzer, alias_files, attribute_files)
    except OSError:
        return None
    found = _TOOLKITS.get((analyzer, fingerprint))
    if found is None:
        return None
    import pickle

    return Toolkit(analyzer=engine, registry=pickle.loads(found[0]), catalogue=pickle.loads(found[1]), fingerprint=fingerprint)


def require_files(paths: Iterable[Path], what: str) -> list[Path]:
    """The paths, after checking each exists: cheap, so commands call it before slow work."""
    out = list(paths)
    for path in out:
        if not Path(path).is_file():
            raise InputError(f"{what} not found", path=str(path))
    return out


# articles analysed in a row before their claims are extracted (serial runs)
ANALYSE_AHEAD = 32


def extract_entries(
    articles: list[Article],
    toolkit: Toolkit,
    *,
    progress: bool = True,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> list[ArticleClaims]:
    """Claims of each article, in input order.

    Aliases written out in one article (`엑사원(EXAONE)`) resolve mentions in the
    others, so the links of the whole batch are learnt first. ``jobs`` > 1 runs
    on that many processes, ``engine="dask"`` on a Dask cluster (``scheduler``
    address, or a local one); either gives the same entries as a serial run.
    """
    from daejo.extract import Extractor

    extractor = Extractor(toolkit.analyzer, toolkit.registry, toolkit.catalogue)
    extractor.learn(articles)
    if engine == "dask":
        from daejo.parallel import extract_on_dask

        out = extract_on_dask(articles, toolkit, scheduler=scheduler, workers=jobs if jobs > 1 else None, progress=progress)
    elif jobs > 1 and len(articles) > 1:
        from daejo.parallel import extract_in_processes

        out = extract_in_processes(articles, toolkit, jobs=min(jobs, len(articles)), progress=progress)
    else:
        out = []
        ahead: dict[int, tuple] = {}
        # Extraction allocates hundreds of thousands of small objects (morphemes, mentions,
        # values, claims) and makes no reference cycles (fixtures/stories extracted with the
        # collector off leaves nothing for gc.collect()): the cyclic collector's walks over
        # them find nothing, so it is held off meanwhile (daejo.gcpause). Its collections
        # took 2% of a batch of fixtures/stories and 3% of 1,000 synthetic articles; held
        # off, the one collection after the batch takes about 1%.
        with gc_paused():
            for k, article in enumerate(progress_bar(articles, "extracting", enabled=progress)):
                if k not in ahead:
                    # the analyzer runs on the next few articles in a row, then our layers
                    # on each: its model stays warm in the CPU caches (same sentences)
                    ahead = {j: extractor.analyse(articles[j]) for j in range(k, min(len(articles), k + ANALYSE_AHEAD))}
                found = extractor.extract(article, ahead.pop(k))
                out.append(article_claims(article, found.claims, found.keys))
    if toolkit.fingerprint:
        out = [entry.model_copy(update={"extractor": toolkit.fingerprint}) for entry in out]
    return out


def unfiled_values(articles: list[Article], toolkit: Toolkit) -> list[UnfiledValue]:
    """The values of the articles that became no claim, with why (``extract --unfiled``)."""
    from daejo.extract import Extractor

    extractor = Extractor(toolkit.analyzer, toolkit.registry, toolkit.catalogue)
    extractor.learn(articles)
    with gc_paused():  # no reference cycles made (see extract_entries)
        return [u for article in articles for u in extractor.extract(article).unfiled]


def read_ledger_dir(ledger: Path | None, explicit: bool) -> list[ArticleClaims]:
    """The ledger's articles; a missing folder is an error only when named explicitly."""
    if ledger is None or not ledger.is_dir():
        if explicit:
            raise LedgerError("ledger folder not found", path=str(ledger))
        return []
    from daejo.ledger import read_ledger

    return read_ledger(ledger)


def organisation_names(registry: object) -> set[str]:
    """Ids, names and aliases of the organisations the registry knows: a claim
    attributed to one of them is that organisation's statement on the record."""
    names: set[str] = set()
    for record in getattr(registry, "records", {}).values():
        if record.type in ORGANISATION_TYPES:
            names.update({record.id, record.name, *record.aliases})
    return names


def find_conflicts(
    new: list[ArticleClaims], old: list[ArticleClaims], toolkit: Toolkit, *, lang: str = "ko", met: set[str] | None = None
) -> list[Finding]:
    """Findings among the new articles and between them and the ledger; ``met``
    receives the ids of the claims that had a claim of another article to be
    compared with."""
    from daejo.reconcile import load_policies, reconcile
    from daejo.stories import assign_all, story_entity

    new, old = assign_all(new, old)
    names = display_names(toolkit.registry)
    for entry in [*new, *old]:
        if entry.story and entry.story_name:
            names.setdefault(story_entity(entry.story), entry.story_name)
    return reconcile(
        new, old, policies=load_policies(toolkit.catalogue), lang=lang,
        on_record=organisation_names(toolkit.registry), names=names, met=met,
    )


def display_names(registry: object) -> dict[str, str]:
    """Entity id -> the name an editor knows it by (`exaone` -> `EXAONE`)."""
    return {record.id: record.name for record in getattr(registry, "records", {}).values() if record.name}
