"""Start-up of a one-article ``daejo check``, cold and through ``daejo serve``.

    python -m benchmarks.bench_startup                 # measure, write the "startup" section of docs/benchmarks.md
    python -m benchmarks.bench_startup --before REV    # also a cold check of commit REV, alternating with this tree
    python -m benchmarks.bench_startup --no-write      # print only

- *cold*: ``python -m daejo check ARTICLE --ledger claims`` in a fresh process (the
  repository's ledger and daejo.toml), median of ``--cold`` runs, wall and CPU time;
- *where the time goes*: one cold run with timers around the stages (exclusive
  times: an import inside a stage counts as import), median of three;
- *through the server*: ``daejo serve`` started once, then ``daejo check --server``
  ``--warm`` times in fresh client processes (median), its output compared byte for
  byte with the cold run's;
- *Kiwi options*: every token of the story corpus's dev split, fixtures/articles and
  fixtures/incoming with daejo's Kiwi options and with Kiwi's defaults.

Timings on a shared machine vary by up to 2x between runs; the CPU column and the
ratios of one run are the steadier figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from benchmarks.report import replace_section, table

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "fixtures/incoming/dongbang-lgai-talent-2023.md"

# the stages of run_check timed in the child (module, attribute, label); exclusive times
_STAGES = (
    ("daejo.cli.check", "select_articles", "ingest (read and parse the article)"),
    ("daejo.cli.check", "load_toolkit", "toolkit (attribute catalogue, alias registry)"),
    ("daejo.text.kiwi", "kiwi_engine", "Kiwi: model load"),
    ("daejo.cli.check", "extract_entries", "extraction (our rules: first-use loading and the work)"),
    ("daejo.index", "read_ledger_touching", "ledger read (20 files, no index)"),
    ("daejo.cli.check", "find_conflicts", "stories and reconciliation"),
    ("daejo.cli.check", "review_findings", "review (decisions, suppressions)"),
    ("daejo.cli.check", "render_report", "rendering the report"),
)
IMPORTS = "imports (module code run on import)"
FIRST_ANALYSIS = "Kiwi: first analysis (dictionary build)"
ANALYSIS = "Kiwi: analysis"
OTHER = "the rest (typer, configuration, decisions)"
YAML = "YAML rule and data files"

_CHILD = r'''
import builtins, io, json, sys, time
T0 = time.perf_counter()
C0 = time.process_time()
stack, spent = [], {}

def enter(label):
    now = time.perf_counter()
    if stack:
        top = stack[-1]
        spent[top[0]] = spent.get(top[0], 0.0) + now - top[1]
    stack.append([label, now])

def leave():
    now = time.perf_counter()
    label, since = stack.pop()
    spent[label] = spent.get(label, 0.0) + now - since
    if stack:
        stack[-1][1] = now

def timed(label, fn):
    def wrapper(*args, **kwargs):
        enter(label)
        try:
            return fn(*args, **kwargs)
        finally:
            leave()
    return wrapper

original_import = builtins.__import__
def timed_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0 and name in sys.modules and not fromlist:
        return original_import(name, globals, locals, fromlist, level)
    enter(IMPORTS)
    try:
        return original_import(name, globals, locals, fromlist, level)
    finally:
        leave()
builtins.__import__ = timed_import

enter(OTHER)
import importlib
import yaml
for name in ("safe_load", "load", "compose"):
    setattr(yaml, name, timed(YAML, getattr(yaml, name)))
import daejo.cli
daejo.cli._register()
for module, attribute, label in STAGES:
    mod = importlib.import_module(module)
    setattr(mod, attribute, timed(label, getattr(mod, attribute)))
import kiwipiepy
seen = []
for method in ("split_into_sents", "tokenize"):
    fn = getattr(kiwipiepy.Kiwi, method)
    def wrapped(self, *args, _fn=fn, **kwargs):
        first = id(self) not in seen
        seen.append(id(self))
        enter(FIRST_ANALYSIS if first else ANALYSIS)
        try:
            return _fn(self, *args, **kwargs)
        finally:
            leave()
    setattr(kiwipiepy.Kiwi, method, wrapped)
out = io.StringIO()
real_stdout, sys.stdout = sys.stdout, out
try:
    daejo.cli.main(ARGV)
except SystemExit:
    pass
sys.stdout = real_stdout
leave()
print(json.dumps({"spent": spent, "wall": time.perf_counter() - T0, "cpu": time.process_time() - C0}))
'''


def _child_code(argv: list[str]) -> str:
    return (
        f"STAGES = {list(_STAGES)!r}\nIMPORTS = {IMPORTS!r}\nFIRST_ANALYSIS = {FIRST_ANALYSIS!r}\n"
        f"ANALYSIS = {ANALYSIS!r}\nOTHER = {OTHER!r}\nYAML = {YAML!r}\nARGV = {argv!r}\n" + _CHILD
    )


def _env(src: Path | None = None, **extra: str) -> dict[str, str]:
    env = {**os.environ, **extra}
    if src is not None:  # another tree's daejo first on the path
        env["PYTHONPATH"] = str(src)
    return env


def timed_run(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall and CPU seconds (user + system, children) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc


def check_command(article: str = ARTICLE, *extra: str) -> list[str]:
    return [sys.executable, "-m", "daejo", "check", article, "--ledger", "claims", *extra]


def interpreter_start(rounds: int = 5) -> float:
    return statistics.median(timed_run([sys.executable, "-c", "pass"])[0] for _ in range(rounds))


def phases(rounds: int = 3) -> dict:
    """Exclusive seconds per stage of a cold check (median of ``rounds`` runs each)."""
    runs = []
    for _ in range(rounds):
        proc = subprocess.run([sys.executable, "-c", _child_code(["check", ARTICLE, "--ledger", "claims"])],
                              cwd=ROOT, capture_output=True, text=True, check=True)
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    labels = [IMPORTS, YAML, *[s[2] for s in _STAGES[:3]], FIRST_ANALYSIS, ANALYSIS, *[s[2] for s in _STAGES[3:]], OTHER]
    spent = {label: statistics.median(r["spent"].get(label, 0.0) for r in runs) for label in labels}
    return {"spent": spent, "wall": statistics.median(r["wall"] for r in runs),
            "cpu": statistics.median(r["cpu"] for r in runs)}  # fmt: skip


def export_tree(rev: str, folder: Path) -> Path:
    """``git archive REV`` unpacked in ``folder``: its ``src`` goes first on PYTHONPATH."""
    archive = subprocess.run(["git", "archive", "--format=tar", rev], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=__import__("io").BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def cold(rounds: int, before: str | None) -> dict:
    """Cold checks of this tree (and of ``before``, alternating): median wall and CPU."""
    trees: dict[str, Path | None] = {"this tree": None}
    with tempfile.TemporaryDirectory(prefix="daejo-startup-") as tmp:
        if before:
            trees[f"before ({before})"] = export_tree(before, Path(tmp))
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        outputs: dict[str, tuple[int, str]] = {}
        for _ in range(rounds):
            for name, src in trees.items():
                wall, cpu, proc = timed_run(check_command(), env=_env(src))
                samples[name].append((wall, cpu))
                outputs[name] = (proc.returncode, proc.stdout)
    rows = {name: {"wall": statistics.median(w for w, _ in s), "cpu": statistics.median(c for _, c in s),
                   "best": min(w for w, _ in s), "exit": outputs[name][0], "stdout": outputs[name][1]}
            for name, s in samples.items()}  # fmt: skip
    return rows


def served(rounds: int, expected: tuple[int, str]) -> dict:
    """``daejo check --server`` against a server started here: median wall of ``rounds``
    fresh clients; the first answer (the server's own first check) reported apart."""
    with tempfile.TemporaryDirectory(prefix="daejo-serve-") as tmp:
        sock = Path(tmp) / "server.sock"
        os.chmod(tmp, 0o700)
        env = _env(DAEJO_SOCKET=str(sock))
        start = time.perf_counter()
        server = subprocess.Popen([sys.executable, "-m", "daejo", "serve"], cwd=ROOT, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            from daejo.cli.serve import wait_for_server

            if not wait_for_server(sock, timeout=300):
                raise RuntimeError("daejo serve did not start")
            ready = time.perf_counter() - start
            first_wall, _, first = timed_run(check_command(ARTICLE, "--server"), env=env)
            walls, cpus, same = [], [], (first.returncode, first.stdout) == expected
            for _ in range(rounds):
                wall, cpu, proc = timed_run(check_command(ARTICLE, "--server"), env=env)
                walls.append(wall)
                cpus.append(cpu)
                same = same and (proc.returncode, proc.stdout) == expected
            # the client's own share: a ping from a fresh process (interpreter, imports, one round trip)
            ping = statistics.median(timed_run([sys.executable, "-c", "from daejo.cli.client import ping; ping()"],
                                               env=env)[0] for _ in range(5))  # fmt: skip
        finally:
            server.terminate()
            server.wait(timeout=60)
    return {"ready": ready, "first": first_wall, "median": statistics.median(walls), "best": min(walls),
            "worst": max(walls), "cpu": statistics.median(cpus), "rounds": rounds, "identical": same, "ping": ping}


def kiwi_options() -> dict:
    """Tokens with daejo's Kiwi options against Kiwi's defaults, same user words."""
    import warnings

    from kiwipiepy import Kiwi

    from benchmarks.accuracy.evaluate import split_articles
    from benchmarks.accuracy.gold import load_gold
    from daejo.extract.registry import load_registry
    from daejo.ingest import load_articles
    from daejo.text.kiwi import KIWI_OPTIONS

    _, dev = split_articles(load_gold(), "dev")
    fixtures = load_articles([ROOT / "fixtures" / "articles", ROOT / "fixtures" / "incoming"]).articles
    words = sorted(set(load_registry([ROOT / "fixtures" / "aliases.yaml"]).user_words()))

    def tokens(options: dict, articles, user_words) -> list:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kiwi = Kiwi(**options)
        for surface, tag in user_words:
            kiwi.add_user_word(surface, tag, 0.0)
        out = []
        for a in articles:
            for line in [a.title or "", *a.body.split("\n")]:
                if line.strip():
                    for s in kiwi.split_into_sents(line, return_tokens=True, compatible_jamo=True):
                        out.append((s.start, s.end, [(t.form, t.tag, t.start, t.len) for t in s.tokens]))
        return out

    rows = []
    for name, articles, user_words in (("story corpus, dev split", dev, []),
                                       ("fixtures/articles and incoming, with fixtures/aliases.yaml", fixtures, words)):
        ours, default = tokens(KIWI_OPTIONS, articles, user_words), tokens({}, articles, user_words)
        rows.append({"corpus": name, "articles": len(articles), "sentences": len(default),
                     "tokens": sum(len(s[2]) for s in default), "identical": ours == default})  # fmt: skip
    return {"options": KIWI_OPTIONS, "rows": rows}


def render(results: dict) -> str:
    from benchmarks.machine import describe

    lines = [
        "## Start-up",
        "",
        f"`python -m benchmarks.bench_startup{results['flags']}`, {results['date']}, {describe()};"
        f" load average (1 min) {results['load']:.1f} at the start. One article (`{ARTICLE}`) checked",
        "against the repository's ledger (`claims/`, 20 files, no index) with its daejo.toml (fixtures/aliases.yaml).",
        "",
    ]
    rows = []
    for name, r in results["cold"].items():
        rows.append([f"cold `daejo check`, {name}", r["wall"], r["best"], r["cpu"], r["exit"]])
    s = results["served"]
    rows.append([f"`daejo check --server` (median of {s['rounds']})", s["median"], s["best"], s["cpu"], results["cold"]["this tree"]["exit"]])
    lines += [table(["run", "wall (s, median)", "wall (s, best)", "CPU (s, median)", "exit"], rows), ""]
    lines += [
        f"- through the server: output and exit status byte-identical to the cold run: {'yes' if s['identical'] else 'NO'};"
        f" slowest of {s['rounds']}: {s['worst']:.3f} s; a fresh client process that only pings the server: {s['ping']:.3f} s;"
        f" the server's first check (its analyzer already loaded by `daejo serve`'s preload, started in {s['ready']:.1f} s): {s['first']:.2f} s",
        f"- interpreter start (`python -c pass`): {results['interpreter']:.3f} s",
        "",
        f"Where a cold check's time goes (exclusive seconds, median of 3 instrumented runs; the timers add a little;"
        f" {results['phases']['wall']:.2f} s wall and {results['phases']['cpu']:.2f} s CPU after the interpreter started):",
        "",
    ]
    total = sum(results["phases"]["spent"].values()) or 1.0
    owners = {
        IMPORTS: "mostly values/, extract/, reconcile/ module code; pydantic, typer",
        FIRST_ANALYSIS: "kiwipiepy (lazy initialisation)",
        "Kiwi: model load": "kiwipiepy",
        "extraction (our rules: first-use loading and the work)": "extract/, values/",
        "toolkit (attribute catalogue, alias registry)": "extract/catalogue.py, extract/registry.py",
        YAML: "packaged rules through libyaml's safe loader (daejo.safeyaml); alias and catalogue files with PyYAML's SafeLoader (`yaml.compose`, for line numbers)",
        "stories and reconciliation": "stories/, reconcile/",
    }
    prow = [[label, sec, f"{100 * sec / total:.0f}%", owners.get(label, "")]
            for label, sec in sorted(results["phases"]["spent"].items(), key=lambda kv: -kv[1])]  # fmt: skip
    lines += [table(["stage", "seconds", "share", "whose code"], prow), ""]
    k = results.get("kiwi")
    if k:
        krows = [[r["corpus"], r["articles"], r["sentences"], r["tokens"], "yes" if r["identical"] else "NO"] for r in k["rows"]]
        lines += [
            f"Kiwi options (`daejo.text.kiwi.KIWI_OPTIONS` = `{k['options']}`) against Kiwi's defaults, every token"
            " (form, tag, offsets) and sentence boundary:",
            "",
            table(["corpus", "articles", "sentences", "tokens", "identical"], krows),
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_startup", description=__doc__.splitlines()[0])
    parser.add_argument("--before", metavar="REV", help="also time a cold check of this git revision (alternating)")
    parser.add_argument("--cold", type=int, default=7, help="cold runs (median)")
    parser.add_argument("--warm", type=int, default=20, help="runs through the server (median)")
    parser.add_argument("--no-kiwi-options", action="store_true", help="skip the token comparison of Kiwi's options")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    flags = (f" --before {args.before}" if args.before else "") + ("" if args.cold == 7 else f" --cold {args.cold}")
    results: dict = {"flags": flags, "date": time.strftime("%Y-%m-%d"), "load": os.getloadavg()[0]}
    results["interpreter"] = interpreter_start()
    results["cold"] = cold(args.cold, args.before)
    here = results["cold"]["this tree"]
    results["served"] = served(args.warm, (here["exit"], here["stdout"]))
    results["phases"] = phases()
    if not args.no_kiwi_options:
        results["kiwi"] = kiwi_options()
    text = render(results) + f"\n_Run time {time.perf_counter() - started:.0f} s._\n"
    print(text)
    if not args.no_write:
        replace_section("startup", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
