"""YAML front matter (``---`` ... ``---``) at the top of ``.md``/``.txt`` articles.

Only ``yaml.SafeLoader`` is used. The document is composed to nodes first so
every key keeps the file line it was written on: an invalid ``published`` is
reported on its own line, and a malformed value of a key daejo does not use
(``source_file``, ``tags``...) is not an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from daejo.errors import InputError

KNOWN_KEYS = ("id", "title", "outlet", "published", "url")
_OPEN = "---"
_CLOSE = ("---", "...")


@dataclass
class FrontMatter:
    """Front-matter values of the known keys, with the file line of each key."""

    values: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    # raw text of scalar values as written (``2022-06-20`` stays text, not a date)
    raw: dict[str, str] = field(default_factory=dict)


@dataclass
class SplitText:
    front_matter: FrontMatter | None
    body: str
    body_line: int  # 1-based file line on which the body starts
    start_line: int = 1  # line of the opening ``---``


def split_front_matter(text: str, path: str | Path) -> SplitText:
    """Separate front matter from the body; ``text`` has LF line endings and no BOM."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != _OPEN:
        return SplitText(None, text, 1)
    close = _closing_line_index(lines)
    if close is None:
        raise InputError(
            "front matter opened with '---' on line 1 is never closed (expected a '---' line)", str(path), 1
        )
    yaml_text = "\n".join(lines[1:close])
    front = parse_front_matter(yaml_text, path, first_line=2)
    body = "\n".join(lines[close + 1 :])
    return SplitText(front, body, close + 2)


def _closing_line_index(lines: list[str]) -> int | None:
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _CLOSE:
            return index
    return None


def parse_front_matter(yaml_text: str, path: str | Path, *, first_line: int) -> FrontMatter:
    """Parse the YAML between the delimiters; ``first_line`` is the file line of its first line."""
    root = _compose(yaml_text, path, first_line)
    if root is None:
        return FrontMatter()
    if not isinstance(root, yaml.MappingNode):
        kind = {"tag:yaml.org,2002:seq": "a list", "tag:yaml.org,2002:str": "a string"}.get(root.tag, "not a mapping")
        raise InputError(
            f"front matter must be a mapping of keys (id, title, outlet, published, url), got {kind}",
            str(path),
            first_line + root.start_mark.line,
        )
    return _read_known_keys(root, path, first_line)


def _compose(yaml_text: str, path: str | Path, first_line: int) -> yaml.Node | None:
    try:
        return yaml.compose(yaml_text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark is not None else first_line
        problem = exc.problem or "malformed YAML"
        if exc.context and exc.context_mark is not None:
            problem = f"{exc.context} started on line {first_line + exc.context_mark.line}: {problem}"
        raise InputError(f"malformed YAML in front matter: {problem}", str(path), line) from None
    except yaml.YAMLError as exc:
        raise InputError(f"malformed YAML in front matter: {exc}", str(path), first_line) from None


def _read_known_keys(root: yaml.MappingNode, path: str | Path, first_line: int) -> FrontMatter:
    front = FrontMatter()
    for key_node, value_node in root.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key not in KNOWN_KEYS:
            continue  # unknown keys (source_file, tags, ...) are kept out of Article
        line = first_line + key_node.start_mark.line
        if key in front.lines:
            raise InputError(f"duplicate front-matter key {key!r} (first on line {front.lines[key]})", str(path), line)
        front.lines[key] = line
        front.values[key] = _construct(value_node, key, path, line)
        if isinstance(value_node, yaml.ScalarNode):
            front.raw[key] = value_node.value
    return front


def _construct(node: yaml.Node, key: str, path: str | Path, line: int) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(node)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        # PyYAML turns `2023-02-30` into a date and fails while constructing it
        if key == "published" and isinstance(node, yaml.ScalarNode):
            return node.value
        raise InputError(f"invalid value for front-matter key {key!r}: {exc}", str(path), line) from None
    finally:
        loader.dispose()
