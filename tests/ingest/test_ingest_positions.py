"""locate(): body offsets → line/column in the file as stored (code points and UTF-8 bytes)."""

from __future__ import annotations

import codecs
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daejo.ingest import Location, Locator, load_articles, locate

FRONT = "---\nid: pos\ntitle: 위치 시험\n---\n"
BODY = "첫째 줄이다.\n한빛은 3000억 개를 말했다.\n\nabc 가나다 xyz\n"


def _load(write, name, data):
    [article] = load_articles([write(name, data)]).articles
    return article


def test_hangul_columns_and_byte_columns(write):
    article = _load(write, "a.md", FRONT + BODY)
    offset = article.body.index("3000억")
    # line 6 of the file; "한빛은 " is 4 code points and 3+3+3+1 = 10 bytes
    assert locate(article, offset) == Location(line=6, column=5, byte_column=11)
    assert locate(article, 0) == Location(5, 1, 1)
    xyz = article.body.index("xyz")
    assert locate(article, xyz) == Location(8, 9, 15)  # "abc 가나다 " = 8 code points, 4 + 9 + 1 bytes


def test_crlf_and_bom_do_not_shift_positions(write):
    plain = _load(write, "plain.md", FRONT + BODY)
    stored = codecs.BOM_UTF8 + (FRONT + BODY).replace("\n", "\r\n").encode("utf-8")
    crlf = _load(write, "crlf.md", stored)
    assert crlf.body == plain.body
    for offset in range(len(plain.body) + 1):
        assert locate(crlf, offset) == locate(plain, offset)


def test_lone_cr_keeps_line_numbers(write):
    article = _load(write, "cr.txt", "하나\r둘\r셋 넷")
    assert locate(article, article.body.index("넷")) == Location(3, 3, 5)


def test_end_of_body_is_a_valid_offset_and_past_it_is_not(write):
    article = _load(write, "end.txt", "가나\n다")
    assert locate(article, len(article.body)) == Location(2, 2, 4)
    with pytest.raises(ValueError, match="outside the body"):
        locate(article, len(article.body) + 1)
    with pytest.raises(ValueError):
        locate(article, -1)


def test_jsonl_records_point_at_their_line(write):
    lines = [json.dumps({"id": f"r{i}", "body": "가나다\n라마"}, ensure_ascii=False) for i in range(3)]
    articles = load_articles([write("r.jsonl", "\n".join(lines) + "\n")]).articles
    assert [locate(a, 4) for a in articles] == [Location(1, 1, 1), Location(2, 1, 1), Location(3, 1, 1)]


def test_locator_is_reused_and_refreshed_when_the_body_changes(write):
    article = _load(write, "cache.txt", "가\n나\n다")
    assert locate(article, 4) == Location(3, 1, 1)
    article.body = "가나다라마"
    assert locate(article, 4) == Location(1, 5, 13)


def test_many_lookups_are_fast(write):
    body = "가나다라마바사 아자차카타파하 0123456789\n" * 2000
    article = _load(write, "big.txt", body)
    locator = Locator(article)
    import time

    started = time.perf_counter()
    locations = [locator.locate(offset) for offset in range(0, len(body), 7)]
    assert time.perf_counter() - started < 1.0
    assert locations[-1].line == 2000


lines_strategy = st.lists(
    st.text(alphabet=st.sampled_from("가나다한빛 abc1.억\t"), min_size=0, max_size=12), min_size=1, max_size=8
)


@settings(max_examples=60, deadline=None)
@given(lines=lines_strategy, newline=st.sampled_from(["\n", "\r\n", "\r"]), bom=st.booleans(), front=st.booleans())
def test_locate_agrees_with_the_stored_bytes(tmp_path_factory, lines, newline, bom, front):
    """Independent check: the reported line/column/byte column point at the same character in the raw file."""
    if not "".join(lines).strip():
        lines = lines + ["가"]
    text = (FRONT if front else "") + "\n".join(lines) + "\n"
    stored = (codecs.BOM_UTF8 if bom else b"") + text.replace("\n", newline).encode("utf-8")
    path = tmp_path_factory.mktemp("pos") / "prop.txt"
    path.write_bytes(stored)
    [article] = load_articles([path]).articles
    raw_lines = stored.removeprefix(codecs.BOM_UTF8).splitlines()
    locator = Locator(article)
    for offset, char in enumerate(article.body):
        if char == "\n":
            continue
        where = locator.locate(offset)
        raw_line = raw_lines[where.line - 1]
        assert raw_line.decode("utf-8")[where.column - 1] == char
        assert raw_line[where.byte_column - 1 :].startswith(char.encode("utf-8"))
