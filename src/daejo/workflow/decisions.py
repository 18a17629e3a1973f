"""Editor decisions kept in a reviewed file (``claims/decisions.yaml``).

Four kinds of entry, each with an author and optionally a date::

    decisions:
      - accept: 3f2a9c1b0d4e7a61          # a finding's fingerprint, or its first 8 digits
        reason: 서로 다른 모델 버전의 수치
        author: 김편집
      - pin:                              # the correct value of (entity, attribute)
          entity: nurion
          attribute: parameter_count
          value: 약 3000억 개              # written as an article would; parsed by the value recogniser
          as_of: "2022"                   # optional: when the value holds
        source: 한빛연구소 보도자료 2022-03-02
        author: 이데스크
      - alias: [미시간대, 미시건 대학교]
        author: 이데스크
      - not_alias: [카카오, 카카오브레인]
        author: 이데스크

A malformed entry is an error naming the file and line. Entries are appended by
``daejo decide`` as text, so comments and the reviewed order survive.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

from daejo.fsutil import atomic_write
from daejo.errors import ConfigError
from daejo.report.common import SHORT_FINGERPRINT

DECISIONS_FILE = "decisions.yaml"


class Pin(BaseModel):
    model_config = ConfigDict(extra="forbid")

    entity: str
    attribute: str
    value: str  # as written (`약 3000억 개`, `2020년 12월`), parsed when applied
    as_of: str | None = None


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["accept", "pin", "alias", "not_alias"]
    line: int  # 1-based line of the entry in the decisions file
    author: str
    reason: str | None = None
    source: str | None = None
    date: str | None = None
    fingerprint: str | None = None  # accept
    pin: Pin | None = None
    names: tuple[str, str] | None = None  # alias / not_alias


class Decisions(BaseModel):
    path: str | None = None
    entries: list[Decision] = []

    @property
    def accepted(self) -> dict[str, Decision]:
        return {d.fingerprint: d for d in self.entries if d.kind == "accept" and d.fingerprint}

    def accepting(self, finding_id: str) -> str | None:
        """The accepted fingerprint that names ``finding_id``, or None: the whole
        fingerprint, or a prefix of at least SHORT_FINGERPRINT digits (the short
        form the reports show as ``[fp 1a2b3c4d]``)."""
        return accepting(self.accepted, finding_id)

    @property
    def pins(self) -> list[Decision]:
        return [d for d in self.entries if d.kind == "pin"]

    def alias_pairs(self, kind: Literal["alias", "not_alias"]) -> list[tuple[str, str]]:
        return [d.names for d in self.entries if d.kind == kind and d.names]


def accepting(accepted: dict[str, Decision] | set[str], finding_id: str) -> str | None:
    """The entry of ``accepted`` that names ``finding_id`` (whole, or a prefix of at
    least SHORT_FINGERPRINT characters), or None."""
    if finding_id in accepted:
        return finding_id
    for length in sorted({len(fp) for fp in accepted}, reverse=True):
        if SHORT_FINGERPRINT <= length < len(finding_id) and finding_id[:length] in accepted:
            return finding_id[:length]
    return None


_KINDS = ("accept", "pin", "alias", "not_alias")
_ENTRY_KEYS = {"accept", "pin", "alias", "not_alias", "not-alias", "reason", "author", "source", "date"}


def load_decisions(path: Path) -> Decisions:
    """Read a decisions file; a missing file is an empty set of decisions."""
    if not path.exists():
        return Decisions(path=str(path))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read decisions: {exc}", path=str(path)) from None
    return parse_decisions(text, str(path))


def parse_decisions(text: str, path: str = DECISIONS_FILE) -> Decisions:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"invalid YAML: {getattr(exc, 'problem', exc)}", path=path,
                          line=mark.line + 1 if mark else None) from None
    if root is None:
        return Decisions(path=path)
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError("expected a mapping with a 'decisions' list", path=path, line=root.start_mark.line + 1)
    items = {k.value: v for k, v in root.value}
    unknown = sorted(set(items) - {"decisions"})
    if unknown:
        raise ConfigError(f"unknown top-level key(s): {', '.join(unknown)}", path=path, line=1)
    seq = items.get("decisions")
    if seq is None or (isinstance(seq, yaml.ScalarNode) and seq.value in ("", "null", "~")):
        return Decisions(path=path)
    if not isinstance(seq, yaml.SequenceNode):
        raise ConfigError("'decisions' must be a list", path=path, line=seq.start_mark.line + 1)
    entries = [_entry(node, path) for node in seq.value]
    return Decisions(path=path, entries=entries)


def _entry(node: yaml.Node, path: str) -> Decision:
    line = node.start_mark.line + 1
    try:
        data = yaml.safe_load(yaml.serialize(node))
    except yaml.YAMLError as exc:  # a tag the safe loader refuses (`!!python/object`)
        raise ConfigError(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path=path, line=line) from None
    if not isinstance(data, dict):
        raise ConfigError("a decision must be a mapping (accept, pin, alias or not_alias)", path=path, line=line)
    unknown = sorted(set(data) - _ENTRY_KEYS)
    if unknown:
        raise ConfigError(f"unknown key(s) in decision: {', '.join(map(str, unknown))}", path=path, line=line)
    if "not-alias" in data:
        data["not_alias"] = data.pop("not-alias")
    kinds = [k for k in _KINDS if k in data]
    if len(kinds) != 1:
        raise ConfigError("a decision needs exactly one of: accept, pin, alias, not_alias", path=path, line=line)
    kind = kinds[0]
    author = data.get("author")
    if not author or not isinstance(author, str):
        raise ConfigError(f"'{kind}' decision needs an author", path=path, line=line)
    common = {
        "kind": kind, "line": line, "author": author,
        "reason": _opt_str(data, "reason", path, line), "source": _opt_str(data, "source", path, line),
        "date": str(data["date"]) if data.get("date") is not None else None,
    }
    body = data[kind]
    if kind == "accept":
        if not isinstance(body, str) or not body.strip():
            raise ConfigError("'accept' takes a finding fingerprint", path=path, line=line)
        if not common["reason"]:
            raise ConfigError("an accepted finding needs a reason", path=path, line=line)
        return Decision(fingerprint=body.strip(), **common)
    if kind == "pin":
        if not isinstance(body, dict):
            raise ConfigError("'pin' takes a mapping with entity, attribute and value", path=path, line=line)
        missing = [k for k in ("entity", "attribute", "value") if body.get(k) in (None, "")]
        if missing:
            raise ConfigError(f"'pin' is missing {', '.join(missing)}", path=path, line=line)
        extra = sorted(set(body) - {"entity", "attribute", "value", "as_of"})
        if extra:
            raise ConfigError(f"unknown key(s) in pin: {', '.join(map(str, extra))}", path=path, line=line)
        if not common["source"]:
            raise ConfigError("a pinned value needs a source", path=path, line=line)
        pin = Pin(entity=str(body["entity"]), attribute=str(body["attribute"]), value=str(body["value"]),
                  as_of=str(body["as_of"]) if body.get("as_of") is not None else None)
        return Decision(pin=pin, **common)
    if not (isinstance(body, list) and len(body) == 2 and all(isinstance(n, str) and n.strip() for n in body)):
        raise ConfigError(f"'{kind}' takes a list of two names", path=path, line=line)
    return Decision(names=(body[0].strip(), body[1].strip()), **common)


def _opt_str(data: dict, key: str, path: str, line: int) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, (str, int, float, date)):
        raise ConfigError(f"'{key}' must be text", path=path, line=line)
    return str(value)


# ---------------------------------------------------------------- writing


def _yaml_scalar(value: str) -> str:
    return yaml.safe_dump(value, allow_unicode=True, default_style='"').strip()


def format_entry(kind: str, *, author: str, fingerprint: str | None = None, pin: Pin | None = None,
                 names: tuple[str, str] | None = None, reason: str | None = None, source: str | None = None,
                 when: str | None = None) -> str:
    """One decision as YAML text, ready to append under ``decisions:``."""
    lines: list[str] = []
    if kind == "accept":
        lines.append(f"  - accept: {_yaml_scalar(fingerprint or '')}")
    elif kind == "pin":
        assert pin is not None
        lines.append("  - pin:")
        lines.append(f"      entity: {_yaml_scalar(pin.entity)}")
        lines.append(f"      attribute: {_yaml_scalar(pin.attribute)}")
        lines.append(f"      value: {_yaml_scalar(pin.value)}")
        if pin.as_of:
            lines.append(f"      as_of: {_yaml_scalar(pin.as_of)}")
    else:
        assert names is not None
        lines.append(f"  - {kind}: [{_yaml_scalar(names[0])}, {_yaml_scalar(names[1])}]")
    for key, value in (("reason", reason), ("source", source), ("author", author), ("date", when)):
        if value:
            lines.append(f"    {key}: {_yaml_scalar(value)}")
    return "\n".join(lines) + "\n"


def append_decision(path: Path, entry_text: str) -> Decisions:
    """Append an entry atomically; validates the result before replacing the file."""
    old = path.read_text(encoding="utf-8-sig") if path.exists() else ""
    if not old.strip():
        old = "# Editor decisions read by `daejo check`. Reviewed like code.\ndecisions:\n"
    elif not old.endswith("\n"):
        old += "\n"
    new = old + entry_text
    decisions = parse_decisions(new, str(path))  # never write a file we could not read back
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, new)
    return decisions
