"""Parse a page with the standard library's HTML parser: every element, the text of every mark, the scripts."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser


@dataclass
class Element:
    """One start tag with its attributes, and the text directly or indirectly inside it (for marks)."""

    tag: str
    attrs: dict[str, str]
    text: str = ""


class Parsed(HTMLParser):
    """Collects elements, the text inside <mark> and <script>/<style> bodies."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._open: list[Element] = []
        self._raw: str | None = None
        self.text = ""  # all text outside script and style

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(element)
        if tag == "mark":
            self._open.append(element)
        if tag in ("script", "style"):
            self._raw = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open:
            self._open.pop()
        if tag in ("script", "style"):
            self._raw = None

    def handle_data(self, data: str) -> None:
        if self._raw == "script":
            self.scripts.append(data)
        elif self._raw == "style":
            self.styles.append(data)
        else:
            self.text += data
        for element in self._open:
            element.text += data

    def find(self, tag: str, **attrs: str) -> list[Element]:
        """Elements with this tag whose attributes include these values (underscores for dashes)."""
        wanted = {k.replace("_", "-"): v for k, v in attrs.items()}
        return [e for e in self.elements if e.tag == tag and all(e.attrs.get(k) == v for k, v in wanted.items())]


def parse(page: str) -> Parsed:
    """The parsed page."""
    parsed = Parsed()
    parsed.feed(page)
    parsed.close()
    return parsed
