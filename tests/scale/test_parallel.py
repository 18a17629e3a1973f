"""--jobs and --engine dask give the same ledger bytes as a serial run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from daejo.errors import ConfigError
from daejo.parallel import available_cores, dumps, effective_jobs, import_distributed, loads


def test_small_batches_run_serially_whatever_jobs_says():
    assert effective_jobs(0, 1) == 1
    assert effective_jobs(8, 3) == 1


def test_zero_jobs_means_all_cores_and_jobs_never_exceed_articles():
    assert effective_jobs(0, 500) == available_cores()
    assert effective_jobs(4, 500) == 4
    assert effective_jobs(64, 20, threshold=2) == 20


def test_catalogue_survives_the_trip_to_a_worker():
    # `units: [null]` (a bare number) must still mean "no counter" in the worker
    from daejo.extract.catalogue import load_catalogue

    catalogue = load_catalogue([])
    copy = loads(dumps(catalogue))
    with_none = [a for a in catalogue.attributes.values() if a.units is not None and a.accepts_unit(None)]
    assert with_none, "the catalogue has no attribute accepting a bare number"
    for attribute in with_none:
        assert copy.get(attribute.id).accepts_unit(None)


def test_dask_engine_without_dask_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ConfigError, match=r"daejo\[scale\]"):
        import_distributed()


def _extract(args: list[str]) -> None:
    from daejo.cli import _register, app

    _register()
    result = CliRunner().invoke(app, ["extract", *args])
    assert result.exit_code == 0, result.output


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.jsonl"))}


@pytest.mark.slow
def test_serial_jobs_and_dask_ledgers_are_byte_identical(corpus_dir, tmp_path):
    distributed = pytest.importorskip("distributed")
    common = [str(corpus_dir / "articles"), "--aliases", str(corpus_dir / "aliases.yaml")]
    _extract([*common, "--jobs", "1", "--write", str(tmp_path / "serial")])
    _extract([*common, "--jobs", "2", "--write", str(tmp_path / "jobs")])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        _extract([*common, "--engine", "dask", "--scheduler", cluster.scheduler_address, "--write", str(tmp_path / "dask")])
    serial = _files(tmp_path / "serial")
    assert len(serial) == 20
    assert _files(tmp_path / "jobs") == serial
    assert _files(tmp_path / "dask") == serial
    # the workers knew the batch's 한글(Latin) links: a Latin-only mention resolved to the company
    claims = [json.loads(line) for data in serial.values() for line in data.decode().splitlines()[1:]]
    latin = [c for c in claims if c["attribute"] == "headcount" and (c["entity_text"] or "").isascii()]
    assert latin, "the corpus should hold a headcount sentence naming its company in Latin letters"
    for claim in latin:
        assert any("가" <= ch <= "힣" for ch in claim["entity"] or ""), claim["evidence"]["sentence"]
