"""Reading a rendered page in tests: an element by id or class, as markup or as text."""

from __future__ import annotations

from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Collect(HTMLParser):
    """Every element matching ``match(tag, attrs)``: (attrs, inner markup, text)."""

    def __init__(self, match) -> None:
        super().__init__(convert_charrefs=True)
        self.match = match
        self.open: list[list] = []  # [depth, attrs, markup parts, text parts]
        self.depth = 0
        self.found: list[tuple[dict, str, str]] = []

    def handle_starttag(self, tag, attrs):
        raw = self.get_starttag_text() or ""
        for o in self.open:
            o[2].append(raw)
        if tag in VOID:
            return
        self.depth += 1
        attrs = dict(attrs)
        if self.match(tag, attrs):
            self.open.append([self.depth, attrs, [], []])

    def handle_startendtag(self, tag, attrs):  # `<line .../>`: no content, no end tag
        raw = self.get_starttag_text() or ""
        for o in self.open:
            o[2].append(raw)
        attrs = dict(attrs)
        if self.match(tag, attrs):
            self.found.append((attrs, "", ""))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        done = [o for o in self.open if o[0] == self.depth]
        for o in self.open:
            if o not in done:
                o[2].append(f"</{tag}>")
        for o in done:
            self.open.remove(o)
            self.found.append((o[1], "".join(o[2]), " ".join("".join(o[3]).split())))
        self.depth -= 1

    def handle_data(self, data):
        for o in self.open:
            o[2].append(data)
            o[3].append(data)


def elements(page: str, *, id: str | None = None, cls: str | None = None, tag: str | None = None) -> list[tuple[dict, str, str]]:
    """(attributes, inner markup, text with whitespace collapsed) of each matching element, in document order of their ends."""

    def match(t, attrs):
        if tag and t != tag:
            return False
        if id and attrs.get("id") != id:
            return False
        if cls and cls not in (attrs.get("class") or "").split():
            return False
        return True

    parser = _Collect(match)
    parser.feed(page)
    parser.close()
    return parser.found


def text_of(page: str, **kw) -> str:
    (found,) = elements(page, **kw)
    return found[2]
