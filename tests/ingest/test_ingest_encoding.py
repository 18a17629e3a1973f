"""Encodings: UTF-8 with/without BOM, UTF-16 with BOM, CP949/EUC-KR; binary and other bytes refused."""

from __future__ import annotations

import codecs

import pytest

from daejo.errors import InputError
from daejo.ingest import load_articles
from daejo.ingest.encoding import decode_article_bytes

TEXT = "---\nid: enc\ntitle: 인코딩 시험\n---\n한빛전자는 올해 신제품 세 종을 내놓았다.\n둘째 줄이다.\n"
BODY = "한빛전자는 올해 신제품 세 종을 내놓았다.\n둘째 줄이다.\n"

ENCODED = [
    pytest.param(TEXT.encode("utf-8"), [], id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), [], id="utf-8 with BOM"),
    pytest.param(TEXT.encode("utf-16"), [], id="utf-16 with BOM (native order)"),
    pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), [], id="utf-16-le with BOM"),
    pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), [], id="utf-16-be with BOM"),
    pytest.param(TEXT.encode("cp949"), ["CP949"], id="cp949"),
    pytest.param(TEXT.encode("euc-kr"), ["CP949"], id="euc-kr"),
    pytest.param(TEXT.replace("\n", "\r\n").encode("cp949"), ["CP949"], id="cp949 with CRLF"),
]


@pytest.mark.parametrize("data, warning_fragments", ENCODED)
def test_decodes_supported_encodings(write, data, warning_fragments):
    [article] = load_articles([write("enc.md", data)]).articles
    assert article.title == "인코딩 시험"
    assert article.body == BODY
    assert article.body_line == 5
    assert len(article.warnings) == len(warning_fragments)
    for fragment, warning in zip(warning_fragments, article.warnings):
        assert fragment in warning


def test_short_plain_hangul_cp949_is_detected():
    # a few syllables are too little for a statistical detector; strict CP949 must still win
    decoded = decode_article_bytes("가격".encode("cp949"), "short.txt")
    assert decoded.text == "가격"
    assert decoded.encoding == "cp949"


def test_cp949_extension_syllables_decode():
    # 똠 and 햏 are outside EUC-KR (KS X 1001) but inside CP949 (UHC)
    text = "가상 기사 본문이다. 똠방각하 햏 " * 3
    decoded = decode_article_bytes(text.encode("cp949"), "uhc.txt")
    assert decoded.text == text


def test_binary_file_is_refused(write):
    path = write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary file") as caught:
        load_articles([path])
    assert caught.value.path == str(path)
    assert caught.value.line == 3  # two line breaks (CRLF, LF) before the first NUL


def test_latin1_bytes_are_refused_with_the_offending_line(write):
    path = write("latin.txt", "first line\nsecond line\ncaf\u00e9 au lait\n".encode("latin-1"))
    with pytest.raises(InputError, match="not valid UTF-8") as caught:
        load_articles([path])
    assert caught.value.line == 3
    assert "0xe9" in caught.value.message


def test_broken_utf8_after_a_bom_is_refused(write):
    path = write("broken.md", codecs.BOM_UTF8 + "본문\n".encode() + b"\xff\xfe\xfd\n")
    with pytest.raises(InputError, match="byte-order mark") as caught:
        load_articles([path])
    assert caught.value.line == 2


def test_odd_length_utf16_is_refused(write):
    path = write("odd.txt", codecs.BOM_UTF16_LE + "본문".encode("utf-16-le") + b"\x00")
    with pytest.raises(InputError, match="cannot decode"):
        load_articles([path])


def test_latin1_that_happens_to_be_valid_cp949_is_not_taken_for_korean(write):
    # Å followed by a letter is a valid CP949 (UHC) pair: strict decoding alone would accept it
    data = "Åsa och Åke, Åland.\n".encode("latin-1")
    data.decode("cp949")  # the premise: these bytes decode as CP949 without error
    with pytest.raises(InputError, match="not CP949/EUC-KR"):
        load_articles([write("swedish.txt", data)])
