"""Links: every internal link, anchor and download resolves, and nothing points at the build machine.

Pages link relatively (the site may be served from any folder, or opened from disk), so a link that starts with
`/` is reported too: it would leave the site's folder.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .html import PageFacts, css_urls, read_page

#: Schemes that leave the site; they are not followed (there is no network here).
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto", "tel", "data"})


class PageCache:
    """Parses each HTML page of a site once, on first use."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self._facts: dict[str, PageFacts] = {}

    def facts(self, relative: str) -> PageFacts:
        if relative not in self._facts:
            self._facts[relative] = read_page(self.site / relative)
        return self._facts[relative]


def resolve(page: str, url: str) -> tuple[str | None, str, str | None]:
    """Resolves a relative URL written in `page`.

    Returns (target path relative to the site or None when the URL leaves the site folder, fragment, problem).
    """
    parts = urlsplit(url)
    path = unquote(parts.path)
    fragment = unquote(parts.fragment)
    if not path:
        return page, fragment, None
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    if joined == ".." or joined.startswith("../"):
        return None, fragment, "leaves the site folder"
    if path.endswith("/") or joined == ".":
        joined = posixpath.join(joined, "index.html") if joined != "." else "index.html"
    return joined, fragment, None


def _check_url(site: Path, cache: PageCache, page: str, url: str, build_paths: list[str]) -> str | None:
    """Returns what is wrong with one URL found in `page`, or None."""
    if not url:
        return "empty URL"
    lowered = url.lower()
    if lowered.startswith("javascript:"):
        return "javascript: URL (the site has no JavaScript)"
    if lowered.startswith("file:"):
        return "file: URL points at the build machine"
    if url.startswith("//"):
        return None
    scheme = urlsplit(url).scheme.lower()
    if scheme in EXTERNAL_SCHEMES:
        for build_path in build_paths:
            if build_path in url:
                return f"names the build machine's folder {build_path}"
        return None
    if scheme:
        return f"unknown scheme {scheme}:"
    if url.startswith("/"):
        on_machine = any(url.startswith(p) for p in build_paths) or Path(unquote(url.split("#")[0])).exists()
        if on_machine:
            return "absolute path of the build machine"
        return "root-relative link (pages must link relatively)"
    target, fragment, problem = resolve(page, url)
    if problem:
        return problem
    assert target is not None
    target_path = site / target
    if target_path.is_dir():
        target_path = target_path / "index.html"
        target = posixpath.join(target, "index.html")
    if not target_path.is_file():
        return f"target {target} does not exist"
    if fragment and target.endswith(".html") and fragment not in cache.facts(target).ids:
        return f"anchor #{fragment} not found in {target}"
    return None


def check_page_links(site: Path, cache: PageCache, pages: list[str], build_paths: list[str]) -> list[str]:
    """Every URL in every page (href, src, srcset, style url(), ...) resolves inside the site."""
    problems: list[str] = []
    for page in pages:
        for link in cache.facts(page).links:
            problem = _check_url(site, cache, page, link.url, build_paths)
            if problem:
                problems.append(f"{page}:{link.line}: <{link.tag} {link.attribute}=\"{link.url}\">: {problem}")
    return problems


def check_stylesheet_links(site: Path, cache: PageCache, stylesheets: list[str], build_paths: list[str]) -> list[str]:
    """Every `url(...)` and `@import` in the site's stylesheets resolves."""
    problems: list[str] = []
    for sheet in stylesheets:
        text = (site / sheet).read_text(encoding="utf-8", errors="replace")
        for url in css_urls(text):
            if url.startswith("#") or url.lower().startswith("data:"):
                continue
            problem = _check_url(site, cache, sheet, url, build_paths)
            if problem:
                problems.append(f"{sheet}: url({url}): {problem}")
    return problems


def check_build_paths(site: Path, files: list[str], build_paths: list[str]) -> list[str]:
    """No published file mentions a folder of the build machine or a file: URL."""
    needles = [p for p in build_paths if p] + ["file://"]
    problems: list[str] = []
    for relative in files:
        text = (site / relative).read_text(encoding="utf-8", errors="replace")
        for needle in needles:
            index = text.find(needle)
            if index >= 0:
                line = text.count("\n", 0, index) + 1
                problems.append(f"{relative}:{line}: contains {needle!r}")
    return problems


def _xml_url_problem(site: Path, base_url: str | None, document: str, url: str) -> str | None:
    """What is wrong with a URL in a sitemap, feed or robots.txt, or None when it names an existing file.

    With a base_url the URLs are absolute and below it; without one they are relative to the document.
    """
    if base_url and url.startswith(base_url):
        relative = unquote(urlsplit(url[len(base_url):]).path)
        if relative == "" or relative.endswith("/"):
            relative += "index.html"
    elif urlsplit(url).scheme or url.startswith("/"):
        return f"{url} is outside the site" + (f" (base_url {base_url})" if base_url else " (site.yml has no base_url)")
    else:
        target, _, problem = resolve(document, url)
        if problem or target is None:
            return f"{url}: {problem}"
        relative = target
    if not (site / relative).is_file():
        return f"{url} names {relative}, which does not exist"
    return None


def _xml_urls(path: Path) -> list[str]:
    """`<loc>` texts and `href` attributes of an XML file (sitemap, Atom feed)."""
    found: list[str] = []
    for element in ElementTree.parse(path).iter():
        if element.tag.split("}")[-1] == "loc":
            found.append((element.text or "").strip())
        if element.get("href"):
            found.append(element.get("href", "").strip())
    return found


def check_feed_and_sitemap(site: Path, base_url: str | None, languages: list[str]) -> list[str]:
    """Every URL in the sitemap, the Atom feeds and robots.txt names an existing file of the site."""
    problems: list[str] = []
    documents = ["sitemap.xml"] + [f"{language}/feed.xml" for language in languages]
    for document in documents:
        path = site / document
        if not path.is_file():
            problems.append(f"{document} is missing")
            continue
        try:
            urls = _xml_urls(path)
        except ElementTree.ParseError as error:
            problems.append(f"{document}: not well-formed XML: {error}")
            continue
        if not urls:
            problems.append(f"{document} lists no URL")
        for url in urls:
            problem = _xml_url_problem(site, base_url, document, url)
            if problem:
                problems.append(f"{document}: {problem}")
    robots = site / "robots.txt"
    if robots.is_file():
        for line in robots.read_text(encoding="utf-8").splitlines():
            match = re.match(r"\s*sitemap\s*:\s*(\S+)", line, re.IGNORECASE)
            if match:
                problem = _xml_url_problem(site, base_url, "robots.txt", match.group(1))
                if problem:
                    problems.append(f"robots.txt: {problem}")
    return problems
