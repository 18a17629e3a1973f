"""The bad-input table: every hostile or broken input through the CLI.

Each row runs ``daejo extract PATH --write claims/`` and then
``daejo check PATH --ledger claims/`` in a folder whose ``claims/`` already
holds one article, and asserts the exit code, a fragment of the message on
stderr (with ``file:line`` where there is a line) and the state of ``claims/``:
``same`` (every file byte-identical, nothing added) or ``adds`` (the old files
byte-identical, exactly one new ledger file inside ``claims/``, no temporary
file left). docs/robustness.md lists the same table.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from daejo.ingest import load_articles
from daejo.ingest.limits import MAX_ARTICLE_BYTES
from daejo.ledger import read_ledger, write_article_claims
from daejo.models import ArticleClaims
from tests.hardening.conftest import snapshot

BADINPUT = Path(__file__).resolve().parent.parent / "badinput"

GOOD_BODY = "가온전자는 새 공장에 약 3000억 원을 투자한다고 밝혔다.\n\n공장은 내년에 완공된다.\n"
SEED = "---\nid: seed-article\npublished: \"2023-05\"\n---\n한빛전자는 지난해 매출 5조 원을 기록했다.\n"


def _front(article_id: str, body: str = GOOD_BODY, published: str = "2023-03") -> str:
    return f"---\nid: '{article_id}'\npublished: '{published}'\n---\n{body}"


def write_bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def build(root: Path) -> Path:
        path = root / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    return build


def write_text(name: str, text: str) -> Callable[[Path], Path]:
    return write_bytes(name, text.encode("utf-8"))


def committed(name: str) -> Callable[[Path], Path]:
    return lambda root: BADINPUT / name


def big_article(root: Path) -> Path:
    path = root / "in" / "big.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    paragraph = ("가온전자는 공장을 짓는다. " * 40 + "\n\n").encode("utf-8")
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(paragraph) + 1):
            handle.write(paragraph)
    return path


def long_line(root: Path) -> Path:
    path = root / "in" / "oneline.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("가온전자는 공장을 짓는다 " * (5 * 1024 * 1024 // 35 + 1)).encode("utf-8"))
    return path


BROKEN_JSONL_LINES = (1234, 50_000, 99_999)


def jsonl_100k(root: Path) -> Path:
    path = root / "in" / "many.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for n in range(1, 100_001):
        if n in BROKEN_JSONL_LINES:
            lines.append('{"id": "broken-%d", "body": "닫히지 않은 따옴표}' % n)
        else:
            lines.append('{"id": "r%d", "body": "기록 %d의 본문이다."}' % (n, n))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def duplicate_ids(root: Path) -> list[Path]:
    folder = root / "in" / "dups"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.md").write_text(_front("same-id"), encoding="utf-8")
    (folder / "b.md").write_text(_front("same-id"), encoding="utf-8")
    return [folder]


def symlink_loop(root: Path) -> Path:
    folder = root / "in" / "looped"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.md").write_text(_front("looped-a"), encoding="utf-8")
    os.symlink("..", folder / "sub" / "back")
    return folder


def empty_directory(root: Path) -> Path:
    folder = root / "in" / "nothing"
    folder.mkdir(parents=True)
    (folder / "notes.rst").write_text("기사가 아니다", encoding="utf-8")
    return folder


HTML_PAGE = """<!doctype html>
<html><head><title>가온전자 투자</title>
<meta property="article:published_time" content="2023-03-02T10:00:00+09:00">
<script>document.write("<p>스크립트 안의 문단</p>")</script><style>p{color:red}</style>
</head><body><nav><a href="/">홈</a></nav>
<p>가온전자는 새 공장에 약 3000억 원을 <b>투자</b>한다고 밝혔다.</p>
<!-- <p>주석 속 문단</p> -->
</body></html>
"""


def fifo(name: str) -> Callable[[Path], Path]:
    def build(root: Path) -> Path:
        path = root / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(path)
        return path

    return build


def link_to(name: str, target: str) -> Callable[[Path], Path]:
    def build(root: Path) -> Path:
        path = root / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, path)
        return path

    return build


def unix_socket(root: Path) -> Path:
    (root / "in").mkdir(parents=True, exist_ok=True)
    cwd = os.getcwd()
    os.chdir(root / "in")  # a socket path must be short: bind a relative name
    try:
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind("sock.md")
        server.close()  # the socket file stays
    finally:
        os.chdir(cwd)
    return root / "in" / "sock.md"


def folder_with_fifo(root: Path) -> Path:
    folder = root / "in" / "desk"
    folder.mkdir(parents=True)
    (folder / "a.md").write_text(_front("desk-a"), encoding="utf-8")
    os.mkfifo(folder / "b.md")
    return folder


def jsonl_huge_line(root: Path) -> Path:
    path = root / "in" / "huge.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    good = json.dumps({"id": "small", "body": GOOD_BODY}, ensure_ascii=False)
    huge = json.dumps({"id": "huge", "body": "가온전자는 공장을 짓는다. " * 200_000}, ensure_ascii=False)
    path.write_text(good + "\n" + huge + "\n", encoding="utf-8")
    return path


def _ledger_folder(folder: Path) -> Path:
    write_article_claims(folder, ArticleClaims(article="stored", path="elsewhere/stored.md", body_sha256="a" * 64, claims=[]))
    return folder / "stored.jsonl"


def ledger_as_path(root: Path) -> Path:
    return _ledger_folder(root / "in" / "ledger").parent


def ledger_file_as_path(root: Path) -> Path:
    return _ledger_folder(root / "in" / "ledger")


def desk_holding_a_ledger(root: Path) -> Path:
    folder = root / "in" / "desk"
    folder.mkdir(parents=True)
    (folder / "a.md").write_text(_front("desk-with-ledger"), encoding="utf-8")
    _ledger_folder(folder / "claims")
    return folder


def desk_with_tool_folders(root: Path) -> Path:
    folder = root / "in" / "repo"
    for sub in ("node_modules/pkg", "venv/lib", "__pycache__"):
        (folder / sub).mkdir(parents=True)
    (folder / "a.md").write_text(_front("repo-article"), encoding="utf-8")
    (folder / "node_modules" / "pkg" / "README.md").write_text("# pkg\n\nnpm 패키지 설명 1000개\n", encoding="utf-8")
    (folder / "venv" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    (folder / "venv" / "lib" / "LICENSE.txt").write_text("라이선스 2개 조항\n", encoding="utf-8")
    return folder


def id_of_another_file(root: Path) -> Path:
    path = root / "in" / "stolen.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_front("seed-article"), encoding="utf-8")
    return path


def just_over_the_limit(root: Path) -> Path:
    path = root / "in" / "limit.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"a" * (MAX_ARTICLE_BYTES + 1))
    return path


HOSTILE_FRONT = (
    '---\nid: "front-hostile"\ntitle: "제목\\u202e역순\\x85줄"\n'
    'outlet: "O\\n::error file=a.md,line=1::Injected\\e[31m\\x9b\\x7f"\npublished: "2023-03"\n---\n' + GOOD_BODY
)
CONTROL_ID = '---\nid: "ctl\\u202eid\\e[31m\\x85end"\npublished: "2023-03"\n---\n' + GOOD_BODY  # YAML escapes
BIDI_BODY = _front("bidi-body", "가온전자는 새 공장에 약 \u202e3000억 원\u202c을 투\u200b자한다고 밝혔다.\n")
HOSTILE_JSONL = json.dumps({"id": "jsonl-hostile", "outlet": "O\n::error::x\x1b[2J\u2066", "body": GOOD_BODY}) + "\n"


@dataclass
class Case:
    builder: Callable[[Path], Path | list[Path]]
    code: int
    fragment: str
    claims: str  # "same" or "adds"
    line: int | None = None  # the file line the message must name
    check_code: int | None = None  # when `daejo check` exits otherwise than `daejo extract`


CASES = {
    "empty file": Case(write_bytes("empty.md", b""), 2, "empty article", "same", 1),
    "whitespace only": Case(write_text("blank.txt", " \n\t  \n   "), 2, "empty article", "same", 1),
    "NUL byte": Case(write_bytes("nul.md", "본문\n둘째\x00줄\n".encode()), 2, "binary file, not an article", "same", 2),
    "invalid UTF-8": Case(write_bytes("latin.txt", b"ok line\nbad \xff\xfe\xff here\n"), 2, "is not valid UTF-8", "same", 2),
    "CP949": Case(write_bytes("cp949.md", _front("cp949-article").encode("cp949")), 0, "", "adds"),
    "EUC-KR": Case(write_bytes("euckr.txt", _front("euckr-article").encode("euc-kr")), 0, "", "adds"),
    "UTF-16 with BOM": Case(write_bytes("utf16.md", _front("utf16-article").encode("utf-16")), 0, "", "adds"),
    "CRLF line ends": Case(write_bytes("crlf.md", _front("crlf-article").replace("\n", "\r\n").encode()), 0, "", "adds"),
    "lone CR line ends": Case(write_bytes("cr.md", _front("cr-article").replace("\n", "\r").encode()), 0, "", "adds"),
    "50 MB article": Case(big_article, 2, "article too large", "same"),
    "single 5 MB line": Case(long_line, 2, "article too large", "same"),
    "100k-line JSONL, 3 broken": Case(jsonl_100k, 2, "broken JSONL record", "same", BROKEN_JSONL_LINES[0]),
    "front matter not a mapping": Case(committed("not_mapping.md"), 2, "front matter must be a mapping", "same", 2),
    "published 2023-02-30": Case(committed("published_feb30.md"), 2, "invalid 'published'", "same", 4),
    "published year 3023": Case(committed("published_3023.md"), 2, "not a valid publication year", "same", 3),
    "published 어제": Case(committed("published_relative.md"), 2, "invalid date '어제'", "same", 4),
    "duplicate ids": Case(duplicate_ids, 2, "duplicate article id 'same-id'", "same", 2),
    "id with ../": Case(write_text("dots.md", _front("../../escape")), 0, "", "adds"),
    "id with /": Case(write_text("slash.md", _front("/tmp/abs/escape")), 0, "", "adds"),
    "id ..": Case(write_text("dotdot.md", _front("..")), 0, "", "adds"),
    "symlink loop": Case(symlink_loop, 2, "symbolic link loop", "same"),
    "directory with no articles": Case(empty_directory, 2, "no articles", "same", check_code=0),
    "HTML page": Case(write_text("page.html", HTML_PAGE), 0, "", "adds"),
    "HTML without text": Case(write_text("shell.htm", "<html><body><div id=app></div></body></html>"), 2, "HTML page has no paragraph text", "same", 1),
    "unsupported file type": Case(write_bytes("scan.pdf", b"%PDF-1.4\n"), 2, "unsupported file type '.pdf'", "same"),
    "FIFO named like an article": Case(fifo("pipe.md"), 2, "not a regular file (a FIFO)", "same"),
    "symlink to /dev/urandom": Case(link_to("random.md", "/dev/urandom"), 2, "not a regular file (a character device)", "same"),
    "symlink to /dev/zero": Case(link_to("zero.txt", "/dev/zero"), 2, "not a regular file (a character device)", "same"),
    "UNIX socket named like an article": Case(unix_socket, 2, "not a regular file (a socket)", "same"),
    "FIFO inside a folder": Case(folder_with_fifo, 2, "not a regular file (a FIFO)", "same"),
    "broken symlink": Case(link_to("gone.md", "nowhere.md"), 2, "broken symbolic link", "same"),
    "2 MiB + 1 byte": Case(just_over_the_limit, 2, "article too large", "same"),
    "JSONL line over 2 MiB": Case(jsonl_huge_line, 2, "line too large", "same", 2),
    "ledger folder as PATH": Case(ledger_as_path, 2, "a daejo ledger folder, not articles", "same"),
    "ledger file as PATH": Case(ledger_file_as_path, 2, "a daejo ledger file, not articles", "same", 1),
    "folder holding a ledger": Case(desk_holding_a_ledger, 0, "", "adds"),
    "folder with node_modules, venv, __pycache__": Case(desk_with_tool_folders, 0, "", "adds"),
    "id of another file in the ledger": Case(id_of_another_file, 2, "is already in the ledger for another file", "same"),
    "hostile front matter": Case(write_text("front.md", HOSTILE_FRONT), 0, "", "adds"),
    "id with control characters": Case(write_text("ctlid.md", CONTROL_ID), 0, "", "adds"),
    "bidi and zero-width in body": Case(write_text("bidi.md", BIDI_BODY), 0, "", "adds"),
    "JSONL record with control characters": Case(write_text("hostile.jsonl", HOSTILE_JSONL), 0, "", "adds"),
    "UTF-8 with BOM": Case(write_bytes("bom.md", b"\xef\xbb\xbf" + _front("bom-article").encode()), 0, "", "adds"),
}


@pytest.fixture
def seeded(cli, tmp_path):
    """A working folder whose claims/ already holds one article's ledger file."""
    seed = tmp_path / "seed.md"
    seed.write_text(SEED, encoding="utf-8")
    assert cli("extract", seed, "--write", "claims").code == 0
    before = snapshot(tmp_path / "claims")
    assert len(before) == 1
    return before


def _inputs(case: Case, root: Path) -> list[Path]:
    built = case.builder(root)
    return built if isinstance(built, list) else [built]


def _assert_claims(case: Case, before: dict[str, bytes], root: Path) -> None:
    after = snapshot(root / "claims")
    for name, data in before.items():
        assert after.get(name) == data, f"{name} changed"
    added = sorted(set(after) - set(before))
    assert not [n for n in after if n.startswith(".") or n.endswith(".tmp")], "temporary file left behind"
    if case.claims == "same":
        assert added == []
        return
    assert len(added) == 1 and "/" not in added[0] and added[0].endswith(".jsonl")
    assert {e.article for e in read_ledger(root / "claims")} >= {"seed-article"}
    # nothing was written anywhere but claims/
    outside = {str(p.relative_to(root)) for p in root.rglob("*.jsonl") if "claims" not in p.parts}
    assert outside <= {"in/many.jsonl", "in/hostile.jsonl"}  # the inputs


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_through_extract_and_check(name, cli, seeded, tmp_path):
    case = CASES[name]
    inputs = _inputs(case, tmp_path)

    extracted = cli("extract", *inputs, "--write", "claims")
    assert extracted.code == case.code, extracted.err
    assert "Traceback" not in extracted.err and "internal error" not in extracted.err
    assert case.fragment in extracted.err
    if case.line is not None:
        assert f":{case.line}: " in extracted.err
    _assert_claims(case, seeded, tmp_path)
    after_extract = snapshot(tmp_path / "claims")

    checked = cli("check", *inputs, "--ledger", "claims")
    assert checked.code == (case.code if case.check_code is None else case.check_code), checked.err
    assert case.fragment in checked.err
    assert "Traceback" not in checked.err and "internal error" not in checked.err
    assert snapshot(tmp_path / "claims") == after_extract


def test_every_row_is_documented():
    """docs/robustness.md lists every row of the table with its exit code and message."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "robustness.md").read_text(encoding="utf-8")
    for name, case in CASES.items():
        row = next((line for line in doc.splitlines() if line.startswith(f"| {name} |")), None)
        assert row is not None, f"{name!r} missing from docs/robustness.md"
        assert f"| {case.code} |" in row and case.fragment in row
        if case.check_code is not None:
            assert f"check: exit {case.check_code}" in row


def test_sanitised_ids_stay_inside_claims(cli, seeded, tmp_path):
    """Ids that try to climb out of claims/ get a file inside it, and round-trip."""
    ids = ["../../escape", "/tmp/abs/escape", "..", "a/../../b", "..\\..\\win", "CON"]
    for n, article_id in enumerate(ids):
        (tmp_path / f"id{n}.md").write_text(_front(article_id), encoding="utf-8")
    result = cli("extract", *[tmp_path / f"id{n}.md" for n in range(len(ids))], "--write", "claims")
    assert result.code == 0, result.err
    names = set(snapshot(tmp_path / "claims")) - set(seeded)
    assert len(names) == len(ids)
    assert all("/" not in n and "\\" not in n and not n.startswith(".") for n in names)
    assert {e.article for e in read_ledger(tmp_path / "claims")} == {"seed-article", *ids}
    assert not (tmp_path.parent / "escape.jsonl").exists() and not Path("/tmp/abs").exists()


def test_crlf_article_points_at_the_stored_line(cli, tmp_path):
    path = tmp_path / "crlf.md"
    path.write_bytes(_front("crlf-lines").replace("\n", "\r\n").encode())
    assert cli("extract", path, "--write", "claims").code == 0
    [entry] = read_ledger(tmp_path / "claims")
    stored = path.read_bytes().decode("utf-8").split("\r\n")
    assert entry.claims and min(c.evidence.line for c in entry.claims) == 5  # the body's first line
    for c in entry.claims:  # each claim's line and column point at its quote in the file as stored
        line = stored[c.evidence.line - 1]
        assert line[c.evidence.column - 1 :].startswith(c.evidence.quote)


def test_jsonl_keep_going_reports_broken_lines_and_loads_the_rest(tmp_path):
    path = jsonl_100k(tmp_path)
    result = load_articles([path], keep_going=True)
    assert [p.line for p in result.problems] == list(BROKEN_JSONL_LINES)
    assert all(p.path == str(path) and "broken JSONL record" in p.message for p in result.problems)
    assert len(result.articles) == 100_000 - len(BROKEN_JSONL_LINES)


def test_check_keep_going_names_each_broken_line(cli, tmp_path):
    path = tmp_path / "few.jsonl"
    lines = ['{"id": "k%d", "body": "가온전자는 약 %d억 원을 투자한다."}' % (n, n) for n in range(1, 11)]
    for n in (3, 7, 10):
        lines[n - 1] = '{"id": "bad%d", "body": ' % n
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stopped = cli("check", path, "--format", "json")
    assert stopped.code == 2 and f"{path}:3: broken JSONL record" in stopped.err
    going = cli("check", path, "--keep-going", "--format", "json", "--fail-on", "never")
    assert going.code == 2, going.err  # the rest reported, then exit 2 for the skipped lines
    for n in (3, 7, 10):
        assert f"{path}:{n}: broken JSONL record" in going.err
    assert '"articles": 7' in going.out
