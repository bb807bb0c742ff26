"""What the checks need to know about one HTML file, read in a single pass with the standard parser."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

#: Attributes that hold a URL, by attribute name (any element).
URL_ATTRIBUTES = frozenset({"href", "src", "poster", "data", "action", "formaction", "xlink:href", "cite"})

_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


@dataclass(frozen=True)
class Link:
    """A URL written in a page, with where it stands."""

    url: str
    tag: str
    attribute: str
    line: int


@dataclass
class PageFacts:
    """The facts of one page that the link, script and content checks read."""

    ids: set[str] = field(default_factory=set)
    links: list[Link] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)  # "<script> on line 3", "onclick on line 9", ...
    tables: int = 0
    inline_svgs: int = 0
    svg_images: int = 0  # <img>/<object>/<embed> that show an SVG file
    meta_refresh: str | None = None


class _FactsParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()
        self._svg_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs)
        if tag == "svg":
            self._svg_depth -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg" and self._svg_depth > 0:
            self._svg_depth -= 1

    def _start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        facts = self.facts
        line = self.getpos()[0]
        values = {name: (value or "") for name, value in attrs}
        if "id" in values:
            facts.ids.add(values["id"])
        if tag == "a" and "name" in values:
            facts.ids.add(values["name"])
        for name, value in values.items():
            if name in URL_ATTRIBUTES and not (tag == "html" and name == "data"):
                facts.links.append(Link(value.strip(), tag, name, line))
            elif name == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        facts.links.append(Link(candidate.split()[0], tag, name, line))
            elif name == "style":
                for match in _CSS_URL.finditer(value):
                    facts.links.append(Link(match.group(2).strip(), tag, name, line))
            if name.startswith("on"):
                facts.scripts.append(f"{name}= on <{tag}> line {line}")
        if tag == "script":
            source = f" src={values['src']}" if "src" in values else ""
            facts.scripts.append(f"<script> line {line}{source}")
        elif tag == "table":
            facts.tables += 1
        elif tag == "svg":
            if self._svg_depth == 0:
                facts.inline_svgs += 1
            self._svg_depth += 1
        elif tag in ("img", "embed") and values.get("src", "").split("#")[0].endswith(".svg"):
            facts.svg_images += 1
        elif tag == "object" and values.get("data", "").split("#")[0].endswith(".svg"):
            facts.svg_images += 1
        elif tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            facts.meta_refresh = values.get("content", "")


def read_page(path: Path) -> PageFacts:
    parser = _FactsParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser.facts


def css_urls(text: str) -> list[str]:
    """URLs that a stylesheet loads (`url(...)` and `@import "..."`)."""
    found = [match.group(2).strip() for match in _CSS_URL.finditer(text)]
    found += re.findall(r"""@import\s+['"]([^'"]+)['"]""", text)
    return found


def refresh_target(content: str) -> str | None:
    """The URL of a `<meta http-equiv=refresh content="0; url=...">`, if it names one."""
    match = re.search(r"url\s*=\s*['\"]?([^'\";]+)", content, re.IGNORECASE)
    return match.group(1).strip() if match else None
