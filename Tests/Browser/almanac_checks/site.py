"""The layout of a built site: which files it has, and one sample page of every type.

Samples are picked by globbing the built site (the first match in sorted order), so no check names an id
from the content.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

#: Top-level folders of a built site that are not languages.
NEUTRAL_FOLDERS = frozenset({"assets", "data"})


@dataclass(frozen=True)
class PageType:
    """A kind of page, found by a glob below a language folder (or the site root)."""

    name: str
    pattern: str
    exclude_index: bool = False
    #: Prefer a page whose id has a data download (`data/<id>.csv`), so the sample shows a chart and a table.
    prefer_with_data: bool = False
    #: Prefer a page whose HTML holds this text (a feature only some pages of the type have).
    prefer_text: str | None = None


#: The page types of every language folder, in reading order.
LANGUAGE_PAGE_TYPES = (
    PageType("home", "index.html"),
    PageType("indicator-index", "indicators/index.html"),
    PageType("indicator", "indicators/*.html", exclude_index=True, prefer_with_data=True),
    PageType("indicator-breakdown", "indicators/*.html", exclude_index=True, prefer_text='class="breakdown"'),
    PageType("embed", "embed/*.html"),
    PageType("compare", "compare/*/index.html"),
    PageType("compare-period", "compare/*/*.html", exclude_index=True),
    PageType("region-index", "regions/index.html"),
    PageType("region", "regions/*.html", exclude_index=True),
    PageType("document-index", "documents/index.html"),
    PageType("document", "documents/*.html", exclude_index=True),
    PageType("page", "pages/*.html"),
    PageType("data", "data.html"),
    PageType("search", "search.html"),
    PageType("not-found", "404.html"),
    PageType("translation-status", "translation-status.html"),
)

#: The language-neutral pages at the site root.
ROOT_PAGE_TYPES = (
    PageType("home", "index.html"),
    PageType("not-found", "404.html"),
)

#: Label used for the site root in sample names (`root-home`).
ROOT = "root"

#: The one script of the site: the search page's, which answers its form from the index.
SEARCH_PAGE = "search.html"
SEARCH_SCRIPT = "../assets/search.js"


def allowed_scripts(page: str) -> list[str]:
    """The scripts a page may have: the search script on a language's search page, nothing elsewhere."""
    parts = page.split("/")
    return [SEARCH_SCRIPT] if len(parts) == 2 and parts[1] == SEARCH_PAGE else []


#: Screen widths every sample is checked at: a desktop and a small phone.
WIDTHS = (1280, 375)


@dataclass(frozen=True)
class Sample:
    """One page that stands for its type in one language."""

    language: str
    page_type: str
    pattern: str
    path: str | None  # relative to the site folder; None when the site has no page of this type

    @property
    def name(self) -> str:
        return f"{self.language}-{self.page_type}"


def _glob(folder: Path, page_type: PageType, site: Path) -> list[Path]:
    matches = sorted(p for p in folder.glob(page_type.pattern) if p.is_file())
    if page_type.exclude_index:
        matches = [p for p in matches if p.name != "index.html"]
    if page_type.prefer_with_data:
        with_data = [p for p in matches if (site / "data" / f"{p.stem}.csv").is_file()]
        matches = with_data + [p for p in matches if p not in with_data]
    if page_type.prefer_text is not None:
        with_text = [p for p in matches if page_type.prefer_text in p.read_text(encoding="utf-8")]
        matches = with_text + [p for p in matches if p not in with_text]
    return matches


def detect_languages(site: Path) -> list[str]:
    """Language folders of a built site: top-level folders with a home page, sorted."""
    if not site.is_dir():
        return []
    return sorted(
        entry.name for entry in site.iterdir()
        if entry.is_dir() and entry.name not in NEUTRAL_FOLDERS and (entry / "index.html").is_file()
    )


def samples(site: Path, languages: list[str]) -> list[Sample]:
    """One page of every type in every language, plus the root pages."""
    found: list[Sample] = []
    for page_type in ROOT_PAGE_TYPES:
        matches = _glob(site, page_type, site) if site.is_dir() else []
        found.append(Sample(ROOT, page_type.name, page_type.pattern,
                            _relative(site, matches[0]) if matches else None))
    for language in languages:
        folder = site / language
        for page_type in LANGUAGE_PAGE_TYPES:
            matches = _glob(folder, page_type, site) if folder.is_dir() else []
            found.append(Sample(language, page_type.name, f"{language}/{page_type.pattern}",
                                _relative(site, matches[0]) if matches else None))
    return found


def _relative(site: Path, path: Path) -> str:
    return path.relative_to(site).as_posix()


def html_pages(site: Path) -> list[str]:
    """Every HTML file of the site, relative and sorted."""
    return sorted(
        Path(root, name).relative_to(site).as_posix()
        for root, _, names in os.walk(site)
        for name in names
        if name.endswith(".html")
    )


def text_files(site: Path) -> list[str]:
    """Every file a reader's browser or a data tool reads as text."""
    suffixes = (".html", ".css", ".xml", ".svg", ".json", ".csv", ".txt")
    return sorted(
        Path(root, name).relative_to(site).as_posix()
        for root, _, names in os.walk(site)
        for name in names
        if name.endswith(suffixes)
    )


def required_files(languages: list[str]) -> list[str]:
    """Files the site contract names outright (pages found by glob are checked as samples)."""
    files = ["index.html", "404.html", "robots.txt", "sitemap.xml", "data/datapackage.json",
             "data/all.csv", "data/all.xlsx", "data/indicators.csv", "data/indicators.xlsx",
             "data/regions.csv", "data/regions.xlsx", "data/downloads.zip"]
    for language in languages:
        files += [f"{language}/{name}" for name in (
            "index.html", "indicators/index.html", "regions/index.html", "documents/index.html",
            "data.html", "404.html", "feed.xml", "search.html", "search/t0.json", "search/e0.json")]
    return files
