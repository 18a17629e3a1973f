"""A hostile article through ``daejo check`` in every output format.

The article's id, title, outlet and the sentence of its claim carry markup of
every medium (HTML tags, Markdown table pipes, GitHub workflow commands, XML
CDATA ends, terminal escapes, control characters). Each format must keep them
as inert text: parsable output, nothing injected, the text still readable.
"""

from __future__ import annotations

import ast
import json
import os
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from daejo.cli import main
from tests.hardening.conftest import ALIASES, REPO, snapshot

HOSTILE_ID = "evil::error file=x.py,line=1::pwned"
SCRIPT = "<script>alert(1)</script>"
HOSTILE_ARTICLE = f"""---
id: "{HOSTILE_ID}"
title: "{SCRIPT} | ::warning:: %0A ]]> & title"
outlet: "<img src=x onerror=alert(2)>"
published: "2022-06"
---
{SCRIPT} | 엑사원은 6000억개의 파라미터를 갖춘 모델이다 ::error::injected %0A%0D ]]> `code` **굵게** [링크](javascript:alert(3)) &amp;.
"""
# a real ESC, BEL, vertical tab and form feed inside the sentence of the claim
OTHER_ARTICLE = (
    '---\nid: plain-b\npublished: "2022-01-10"\n---\n'
    "\x1b]0;title\x07 \x1b[31m 엑사원의 파라미터는 약 3000억 개다 \x0b\x0c 끝.\n"
)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FORMATS = ["text", "json", "jsonl", "sarif", "github", "rdjson", "junit", "gitlab", "markdown", "html"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, str]:
    """Every format's output for the hostile pair (one finding: 6000억 vs 약 3000억)."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "a.md").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (folder / "b.md").write_text(OTHER_ARTICLE, encoding="utf-8")
    out = {}
    cwd = os.getcwd()
    os.chdir(folder)  # no configuration file of the repository applies
    try:
        for fmt in FORMATS:
            args = ["check", "a.md", "b.md", "--aliases", str(ALIASES), "--format", fmt, "--output", f"out.{fmt}"]
            with pytest.raises(SystemExit) as exited:
                main([*args, "--fail-on", "error"])
            assert exited.value.code == 1, fmt  # the one error finding
            out[fmt] = (folder / f"out.{fmt}").read_text(encoding="utf-8")
    finally:
        os.chdir(cwd)
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_control_characters_reach_any_format(reports, fmt):
    assert not CONTROL.findall(reports[fmt])


def test_html_report_has_no_injected_elements(reports):
    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.scripts: list[str] = []
            self.handlers: list[tuple[str, str]] = []

        def handle_starttag(self, tag, attrs):
            self.handlers += [(tag, name) for name, value in attrs if name.startswith("on") and "alert" in (value or "")]
            if tag == "img" and any(name == "src" and value == "x" for name, value in attrs):
                self.handlers.append((tag, "src=x"))

        def handle_data(self, data):
            if self.lasttag == "script":
                self.scripts.append(data)

    page = Collect()
    page.feed(reports["html"])
    assert page.handlers == []
    assert not any("alert(1)" in s or "alert(2)" in s for s in page.scripts if "&lt;" not in s)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in reports["html"] or "\\u003cscript" in reports["html"]


def test_markdown_table_keeps_its_columns(reports):
    rows = [line for line in reports["markdown"].splitlines() if line.startswith("| ") and "DJ101" in line]
    assert len(rows) == 1
    unescaped_pipes = re.findall(r"(?<!\\)\|", rows[0])
    assert len(unescaped_pipes) == 8  # seven columns (the last: the short fingerprint)
    assert "<script>" not in reports["markdown"] and "<img" not in reports["markdown"]


def test_github_commands_cannot_be_injected(reports):
    lines = reports["github"].splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert len(commands) == 1  # the one finding, on one line
    head, _, message = commands[0][2:].partition("::")
    properties = head.split(" ", 1)[1].split(",")
    assert all(re.fullmatch(r"[a-zA-Z]+=[^,:\r\n]*", p) for p in properties), properties
    assert "::error::injected" not in message and "%3A%3Aerror" not in head
    assert HOSTILE_ID in message  # after the command's "::", a "::" is inert text


def test_junit_is_well_formed_and_keeps_the_text(reports):
    root = ET.fromstring(reports["junit"].encode("utf-8"))
    failure = root.find(".//failure")
    assert failure is not None
    assert SCRIPT in failure.text and "]]>" in failure.text
    assert HOSTILE_ID in failure.get("message")


@pytest.mark.parametrize("fmt", ["json", "sarif", "rdjson", "gitlab"])
def test_json_formats_parse_and_round_trip_the_text(reports, fmt):
    doc = json.loads(reports[fmt])
    flat = json.dumps(doc, ensure_ascii=False)
    assert HOSTILE_ID in flat and "<img src=x onerror=alert(2)>" in flat


def test_jsonl_lines_are_single_objects(reports):
    lines = reports["jsonl"].strip().splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_sarif_is_valid_against_the_schema(reports):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((REPO / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(reports["sarif"]), schema)


# --------------------------------------------------------------------------- YAML and output paths


def _yaml_loads(tree: ast.AST) -> list[str]:
    """``yaml.load``-family calls that are not given a safe loader."""
    bad = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        name = node.func.attr
        if name in ("unsafe_load", "full_load", "unsafe_load_all", "full_load_all"):
            bad.append(name)
        elif name in ("load", "load_all", "compose") and isinstance(node.func.value, ast.Name) and node.func.value.id == "yaml":
            loader = next((k.value for k in node.keywords if k.arg == "Loader"), node.args[1] if len(node.args) > 1 else None)
            if not (isinstance(loader, ast.Attribute) and loader.attr in ("SafeLoader", "CSafeLoader")):
                bad.append(name)
    return bad


def test_yaml_is_only_read_with_a_safe_loader():
    offenders = {}
    for path in (REPO / "src" / "daejo").rglob("*.py"):
        bad = _yaml_loads(ast.parse(path.read_text(encoding="utf-8")))
        if bad:
            offenders[str(path.relative_to(REPO))] = bad
    assert offenders == {}


def test_yaml_tags_that_run_code_are_refused(cli, tmp_path):
    marker = tmp_path / "pwned"
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(f"entities: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("가온전자는 약 3000억 원을 투자한다.\n", encoding="utf-8")
    result = cli("check", article, "--aliases", aliases)
    assert result.code == 2 and str(aliases) in result.err
    assert not marker.exists()

    front = tmp_path / "b.md"
    front.write_text(f"---\nid: !!python/object/apply:os.system ['touch {marker}']\n---\n본문이다.\n", encoding="utf-8")
    result = cli("extract", front)
    assert result.code == 2 and f"{front}:2" in result.err
    assert not marker.exists()


def test_output_is_written_only_where_asked(cli, tmp_path):
    article = tmp_path / "in" / "a.md"
    article.parent.mkdir()
    article.write_text("가온전자는 약 3000억 원을 투자한다.\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    before = snapshot(tmp_path)
    result = cli("check", article, "--format", "html", "--output", "out/report.html")
    assert result.code == 0, result.err
    after = snapshot(tmp_path)
    assert set(after) - set(before) == {"out/report.html"}
    assert all(after[name] == data for name, data in before.items())


def test_output_into_a_missing_folder_is_an_input_error(cli, tmp_path):
    article = tmp_path / "a.md"
    article.write_text("가온전자는 약 3000억 원을 투자한다.\n", encoding="utf-8")
    result = cli("check", article, "--output", "missing/deeper/report.json", "--format", "json")
    assert result.code == 2 and "output folder does not exist" in result.err
    assert not (tmp_path / "missing").exists()


# --------------------------------------------------------------------------- hostile front matter

# YAML escapes: a line break then a workflow command, CR LF, ESC, C1 (CSI, NEL),
# DEL, bidi override and isolate, line separator, tab
HOSTILE_OUTLET = "O\n::error file=a.md,line=1::Injected\r\n::set-output name=x::y\x1b[31m\x9b31m\x7f\u2066"
HOSTILE_TITLE = "제목\u202e역순\x85다음 줄\u2028::warning::title\t탭"
FRONT_MATTER_ARTICLE = (
    '---\nid: "plain-c"\n'
    'title: "제목\\u202e역순\\x85다음 줄\\u2028::warning::title\\t탭"\n'
    'outlet: "O\\n::error file=a.md,line=1::Injected\\r\\n::set-output name=x::y\\e[31m\\x9b31m\\x7f\\u2066"\n'
    'published: "2022-01-10"\n---\n엑사원의 파라미터는 약 3000억 개다.\n'
)
SIX_HUNDRED = '---\nid: plain-a\npublished: "2022-06"\n---\n엑사원은 6000억개의 파라미터를 갖춘 모델이다.\n'
# everything but LF and tab: C0, DEL, C1, bidi controls, line and paragraph separators
UNSAFE_IN_OUTPUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


@pytest.fixture(scope="module")
def front_matter_reports(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("front")
    (folder / "a.md").write_text(SIX_HUNDRED, encoding="utf-8")
    (folder / "c.md").write_text(FRONT_MATTER_ARTICLE, encoding="utf-8")
    out = {}
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        for fmt in FORMATS:
            with pytest.raises(SystemExit) as exited:
                main(["check", "a.md", "c.md", "--aliases", str(ALIASES), "--format", fmt, "--output", f"out.{fmt}"])
            assert exited.value.code == 1, fmt
            out[fmt] = (folder / f"out.{fmt}").read_text(encoding="utf-8")
    finally:
        os.chdir(cwd)
    return out


def test_the_front_matter_reaches_the_finding(front_matter_reports):
    doc = json.loads(front_matter_reports["json"])
    outlets = {side["outlet"] for finding in doc["findings"] for side in finding["claims"]}
    assert HOSTILE_OUTLET in outlets  # the JSON formats keep the exact text, escaped


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_control_character_of_the_front_matter_reaches_any_format(front_matter_reports, fmt):
    assert UNSAFE_IN_OUTPUT.findall(front_matter_reports[fmt]) == []


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "github"])
def test_no_line_of_any_other_format_is_a_workflow_command(front_matter_reports, fmt):
    commands = [line for line in front_matter_reports[fmt].splitlines() if line.lstrip().startswith("::")]
    assert commands == []


def test_github_escapes_the_front_matter_as_github_documents(front_matter_reports):
    lines = front_matter_reports["github"].splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert len(commands) == 1 and commands[0].startswith("::error file=a.md,line=5,")
    assert "O%0A::error file=a.md,line=1::Injected%0D%0A::set-output" in commands[0]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif", "rdjson", "gitlab"])
def test_json_formats_escape_what_json_leaves_raw(front_matter_reports, fmt):
    text = front_matter_reports[fmt]
    assert "\\u009b" in text and "\\u2066" in text and "\\u007f" in text
    docs = [json.loads(line) for line in text.splitlines()] if fmt == "jsonl" else [json.loads(text)]
    exact = HOSTILE_OUTLET.split("[")[0]  # SARIF messages escape brackets
    assert any(exact in string for doc in docs for string in _strings(doc))  # the exact text parses back


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def test_the_text_format_shows_the_break_as_a_symbol(front_matter_reports):
    assert "(O↵::error file=a.md,line=1::Injected↵↵::set-output" in front_matter_reports["text"]
