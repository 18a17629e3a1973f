"""Extraction on several processes (``--jobs N``) or on a Dask cluster (``--engine dask``).

The parent learns the alias links of the whole batch (``엑사원(EXAONE)`` in one
article resolves mentions in every other) and ships the resulting registry to the
workers; each worker process builds its own analyzer once (the analyzer holds a
native engine and cannot be pickled) and extracts contiguous chunks of articles.
Results come back in input order, so the ledger files are byte-identical to a
serial run.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from dataclasses import dataclass
from typing import Iterable, Iterator

from daejo.errors import ConfigError
from daejo.gcpause import gc_paused
from daejo.models import Article, ArticleClaims

# below this many articles a process pool costs more (start-up, analyzer load) than it saves
MIN_ARTICLES_FOR_JOBS = 16
# chunks per worker: small enough to balance the load, large enough to amortise shipping
CHUNKS_PER_WORKER = 8
MAX_CHUNK = 64
SCALE_EXTRA_HINT = "install the 'scale' extra: pip install 'daejo[scale]'"


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker needs to rebuild the parent's toolkit: picklable, hashable."""

    analyzer: str
    registry: bytes  # pickled EntityRegistry, with the batch's links already learnt
    catalogue: bytes  # pickled Catalogue

    @property
    def token(self) -> str:
        digest = hashlib.sha256(self.analyzer.encode())
        digest.update(self.registry)
        digest.update(self.catalogue)
        return digest.hexdigest()


def available_cores() -> int:
    """Cores this process may run on (respects CPU affinity and container limits)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def effective_jobs(jobs: int | None, n_articles: int, *, threshold: int = MIN_ARTICLES_FOR_JOBS) -> int:
    """Processes to use: ``jobs`` (None or 0: all cores), but 1 for small batches
    so that checking one article does not pay for starting workers."""
    wanted = available_cores() if not jobs or jobs < 1 else jobs
    if n_articles < threshold:
        return 1
    return max(1, min(wanted, n_articles))


def worker_spec(toolkit) -> WorkerSpec:
    name = getattr(toolkit.analyzer, "name", None) or "kiwi"
    return WorkerSpec(name, dumps(toolkit.registry), dumps(toolkit.catalogue))


def dumps(obj) -> bytes:
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def loads(data: bytes):
    return pickle.loads(data)


def chunked(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def chunk_size(n_items: int, workers: int) -> int:
    return max(1, min(MAX_CHUNK, -(-n_items // (workers * CHUNKS_PER_WORKER))))


# --------------------------------------------------------------------------- worker side

_TOOLKITS: dict[str, object] = {}
_TOOLKIT_LOCK = threading.Lock()  # a Dask worker may run tasks on several threads


def toolkit_for(spec: WorkerSpec):
    """The toolkit of ``spec``, built once per process."""
    from daejo.toolkit import Toolkit
    from daejo.text import get_analyzer

    toolkit = _TOOLKITS.get(spec.token)
    if toolkit is None:
        registry = loads(spec.registry)
        # the registry's names up front: teaching them later would build the engine twice
        toolkit = Toolkit(get_analyzer(spec.analyzer, registry.user_words()), registry, loads(spec.catalogue))
        _TOOLKITS.clear()  # one batch at a time: keep memory flat on long-lived workers
        _TOOLKITS[spec.token] = toolkit
    return toolkit


def extract_chunk(articles: list[Article], spec: WorkerSpec) -> list[ArticleClaims]:
    """Ledger entries of a chunk, exactly as the serial path builds them."""
    from daejo.extract import Extractor
    from daejo.toolkit import article_claims

    with _TOOLKIT_LOCK:
        toolkit = toolkit_for(spec)
        extractor = Extractor(toolkit.analyzer, toolkit.registry, toolkit.catalogue)
        out = []
        with gc_paused():  # no reference cycles made (see pipeline.extract_entries)
            for article in articles:
                found = extractor.extract(article)
                out.append(article_claims(article, found.claims, found.keys))
        return out


_PROCESS_SPEC: list[WorkerSpec] = []  # the spec of this pool worker, set by its initializer


def _init_process(spec: WorkerSpec) -> None:
    _PROCESS_SPEC[:] = [spec]
    toolkit_for(spec)  # load the analyzer before the first chunk arrives


def _extract_chunk_in_process(articles: list[Article]) -> list[ArticleClaims]:
    return extract_chunk(articles, _PROCESS_SPEC[0])


# --------------------------------------------------------------------------- parent side


def in_order(chunks: Iterable[list[ArticleClaims]]) -> Iterator[ArticleClaims]:
    for chunk in chunks:
        yield from chunk


def collect(results: Iterator[ArticleClaims], total: int, progress: bool) -> list[ArticleClaims]:
    """Drain ``results``, advancing the progress bar once per article."""
    from daejo.toolkit import progress_bar

    return [next(results) for _ in progress_bar(list(range(total)), "extracting", enabled=progress)]


def extract_in_processes(articles: list[Article], toolkit, *, jobs: int, progress: bool = True) -> list[ArticleClaims]:
    """Extract on ``jobs`` fresh processes; the toolkit's registry must already hold the batch's links."""
    # imported here: a one-article check (which never gets this far) does not pay for them
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    spec = worker_spec(toolkit)
    chunks = chunked(articles, chunk_size(len(articles), jobs))
    # spawn, not fork: the parent's analyzer runs native threads that fork would not copy safely
    context = get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_process, initargs=(spec,)) as pool:
        results = in_order(pool.map(_extract_chunk_in_process, chunks))
        return collect(results, len(articles), progress)


def extract_on_dask(
    articles: list[Article], toolkit, *, scheduler: str | None = None, workers: int | None = None, progress: bool = True
) -> list[ArticleClaims]:
    """Extract on a dask.distributed cluster (``scheduler`` address) or on a local one.

    The caller learns the batch's links first (``pipeline.extract_entries`` does).
    Articles travel to the workers inside the tasks, so no shared file system is needed.
    """
    distributed = import_distributed()
    spec = worker_spec(toolkit)
    with open_client(distributed, scheduler, workers) as client:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        chunks = chunked(articles, chunk_size(len(articles), n_workers))
        shared_spec = client.scatter(spec, broadcast=True)
        futures = [client.submit(extract_chunk, chunk, shared_spec, pure=False) for chunk in chunks]
        results = in_order(future.result() for future in futures)
        return collect(results, len(articles), progress)


def import_distributed():
    try:
        import distributed
    except ImportError:
        raise ConfigError(f"--engine dask needs dask.distributed: {SCALE_EXTRA_HINT}") from None
    return distributed


def open_client(distributed, scheduler: str | None, workers: int | None):
    """A client of the cluster at ``scheduler``, or of a new local cluster (closed with the client)."""
    if scheduler:
        try:
            return distributed.Client(scheduler, timeout="20s")
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    cluster = distributed.LocalCluster(
        n_workers=workers or available_cores(), threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    client = distributed.Client(cluster)
    return _ClosingClient(client, cluster)


class _ClosingClient:
    """Context manager closing both a client and the local cluster it was made for."""

    def __init__(self, client, cluster) -> None:
        self.client, self.cluster = client, cluster

    def __enter__(self):
        return self.client

    def __exit__(self, *exc) -> None:
        self.client.close()
        self.cluster.close()
