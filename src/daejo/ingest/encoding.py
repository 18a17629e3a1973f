"""Decoding article files: UTF-8 (with or without BOM), UTF-16/32 with BOM, CP949/EUC-KR.

Anything else is an ``InputError`` that says what the file looks like, never
mojibake passed on to the analyzer.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from daejo.errors import InputError

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Encodings a detector may name for Korean text; every other guess is refused.
_KOREAN_ENCODINGS = {"cp949", "euc_kr", "euc-kr", "uhc", "ms949", "johab", "iso2022_kr"}

# A CP949 decode of non-Korean bytes tends to produce rare syllables and hanja;
# real Korean text is mostly the 2,350 common syllables of KS X 1001.
_MIN_COMMON_HANGUL_SHARE = 0.5


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode_article_bytes(data: bytes, path: str | Path) -> Decoded:
    """Decode the bytes of an article file, or raise ``InputError`` naming the file and line."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, codec, path)
    _refuse_binary(data, path)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    korean = _decode_cp949(data)
    if korean is not None:
        return Decoded(korean, "cp949", [_legacy_warning("CP949/EUC-KR")])
    return _decode_with_detector(data, path, utf8_error)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF: one break for one break, so line numbers are kept."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_with_bom(data: bytes, codec: str, path: str | Path) -> Decoded:
    bom_length = 3 if codec == "utf-8-sig" else 0
    try:
        text = data[bom_length:].decode("utf-8" if bom_length else codec)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if bom_length else codec.upper()
        offset = exc.start + bom_length
        line = _line_of(data, offset) if bom_length else None  # UTF-16/32 bytes have no LF byte to count
        raise InputError(
            f"cannot decode file: it starts with a {name} byte-order mark but byte {offset} is not valid {name}",
            str(path),
            line,
        ) from None
    return Decoded(text.lstrip("\ufeff"), codec)


def _line_of(data: bytes, offset: int) -> int:
    """1-based line of a byte offset, counting CRLF, CR and LF as ingest will."""
    prefix = data[:offset].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return prefix.count(b"\n") + 1


def _refuse_binary(data: bytes, path: str | Path) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        line = _line_of(data, nul)
        raise InputError(
            f"binary file, not an article (NUL byte at offset {nul}); expected UTF-8, UTF-16 with BOM or CP949 text",
            str(path),
            line,
        )


def _decode_cp949(data: bytes) -> str | None:
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    return text if _looks_korean(text) else None


def _looks_korean(text: str) -> bool:
    non_ascii = [ch for ch in text if ord(ch) > 0x7F]
    if not non_ascii:
        return False
    common = sum(1 for ch in non_ascii if "\uac00" <= ch <= "\ud7a3" and _in_ks_x_1001(ch))
    return common / len(non_ascii) >= _MIN_COMMON_HANGUL_SHARE


def _in_ks_x_1001(ch: str) -> bool:
    # Python's EUC-KR encoder spells other syllables as 8-byte jamo sequences,
    # so "is one of the 2,350" means "encodes to exactly two bytes"
    try:
        return len(ch.encode("euc_kr")) == 2
    except UnicodeEncodeError:
        return False


def _decode_with_detector(data: bytes, path: str | Path, utf8_error: UnicodeDecodeError) -> Decoded:
    guess = from_bytes(data).best()
    encoding = guess.encoding if guess is not None else None
    if encoding and encoding.lower().replace("-", "_") in {e.replace("-", "_") for e in _KOREAN_ENCODINGS}:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None:
            return Decoded(text, encoding, [_legacy_warning(encoding.upper())])
    line = _line_of(data, utf8_error.start)
    looks = f" (it looks like {encoding})" if encoding else ""
    raise InputError(
        f"cannot decode file: byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start} is not valid UTF-8, "
        f"and the file is not CP949/EUC-KR either{looks}; save it as UTF-8",
        str(path),
        line,
    )


def _legacy_warning(name: str) -> str:
    return f"decoded as {name}, not UTF-8; positions are reported in the decoded text"
