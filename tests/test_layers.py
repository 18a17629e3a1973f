"""The stages are layered (docs/design.md): the import-linter contract in
pyproject.toml holds, no two modules import each other (a package's __init__ and
its own submodules aside), and loading the catalogue's data loads nothing else."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp
from importlinter import cli

ROOT = Path(__file__).resolve().parents[1]


def test_the_layer_contract_holds(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert cli.lint_imports(config_filename=str(ROOT / "pyproject.toml")) == 0


def test_no_two_modules_import_each_other():
    graph = grimp.build_graph("daejo")
    circles = []
    for importer in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(importer):
            package_and_own_module = imported.startswith(importer + ".") or importer.startswith(imported + ".")
            if importer < imported and not package_and_own_module and graph.chain_exists(importer=imported, imported=importer):
                circles.append((importer, imported))
    assert circles == []


def test_importing_the_catalogue_loads_neither_ingest_nor_the_ledger():
    code = "import sys, daejo.extract.catalogue; print(' '.join(sorted(m for m in sys.modules if m.startswith('daejo'))))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert "daejo.extract.catalogue" in loaded
    assert not [m for m in loaded if m.startswith(("daejo.ingest", "daejo.ledger", "daejo.extract.extractor"))], loaded
