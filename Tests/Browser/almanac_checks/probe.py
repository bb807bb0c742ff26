"""Looks at sample pages in headless Chromium: layout, content without JavaScript, screenshots, axe-core.

Each page is loaded twice per screen width. First with scripts disabled, as a reader without JavaScript meets
it: the layout is measured, the visible content counted and the screenshot taken. Then with scripts enabled,
because axe-core itself is JavaScript (its timers do not run while scripts are disabled).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .cdp import Browser, ProtocolError, Tab
from .server import serve

#: The WCAG 2.1 level A and AA rules of axe-core.
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")

#: Screen height per width; widths below 600 px are emulated as a phone (the page's viewport meta counts).
PHONE_BELOW = 600
HEIGHTS = {True: 800, False: 900}

_FACTS_SCRIPT = r"""
(() => {
  const shown = el => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && parseFloat(style.opacity) > 0;
  };
  const inClosedDetails = el => {
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (up.tagName === 'DETAILS' && !up.open) return true;
    }
    return false;
  };
  const name = el => {
    let text = el.tagName.toLowerCase();
    if (el.id) text += '#' + el.id;
    const cls = el.getAttribute('class');
    if (cls) text += '.' + cls.trim().split(/\s+/).join('.');
    return text;
  };
  const charts = [...document.querySelectorAll('svg, img[src$=".svg"], object[data$=".svg"], embed[src$=".svg"]')]
    .filter(el => !(el.tagName.toLowerCase() === 'svg' && el.parentElement && el.parentElement.closest('svg')))
    .filter(el => el.getAttribute('aria-hidden') !== 'true');
  const tables = [...document.querySelectorAll('table')];
  // A figure may hold alternatives (a wide and a phone layout of one chart, one hidden by CSS): it is shown
  // when one of them is. Elements outside a figure stand alone.
  const unshown = elements => {
    const groups = new Map();
    for (const el of elements) {
      const key = el.closest('figure') || el;
      groups.set(key, (groups.get(key) || false) || shown(el) || inClosedDetails(el));
    }
    return [...groups].filter(([, ok]) => !ok).map(([key]) => name(key));
  };
  // Table cells whose text runs out of them (into the next column), or that are squeezed so narrow that a
  // phrase stands a character or two a line: both leave the table unreadable without a browser warning.
  const tableCellFacts = () => {
    const cells = [...document.querySelectorAll('table td, table th')].filter(shown);
    const label = cell => {
      const table = cell.closest('table');
      const heading = table && table.closest('section, figure, main');
      const where = heading && heading.querySelector('h1, h2, h3, caption');
      return (where ? where.textContent.trim().slice(0, 30) + ': ' : '') + '"' + cell.innerText.trim().slice(0, 40) + '"';
    };
    const inner = cell => {
      const style = getComputedStyle(cell);
      return {width: cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
              em: parseFloat(style.fontSize)};
    };
    const spills = cell => {
      const box = cell.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(cell);
      const text = range.getBoundingClientRect();
      return text.width > 0 && (text.right > box.right + 1 || text.left < box.left - 1);
    };
    return {
      spillingCells: cells.filter(spills).slice(0, 5).map(label),
      // Number cells are exempt: their value and period each stay whole by design.
      crampedCells: cells.filter(cell => !cell.classList.contains('num')).filter(cell => {
        const {width, em} = inner(cell);
        return cell.innerText.trim().length > 8 && width < 4 * em;
      }).slice(0, 5).map(cell => label(cell) + ' (' + Math.round(inner(cell).width) + ' px wide)'),
    };
  };
  const main = document.querySelector('main');
  const root = document.documentElement;
  return {
    url: location.href,
    title: document.title,
    mainText: main ? main.innerText.trim().length : -1,
    bodyText: document.body ? document.body.innerText.trim().length : 0,
    charts: charts.length,
    shownCharts: charts.filter(shown).length,
    hiddenCharts: unshown(charts),
    tables: tables.length,
    hiddenTables: unshown(tables),
    scrollWidth: Math.max(root.scrollWidth, document.body ? document.body.scrollWidth : 0),
    clientWidth: root.clientWidth,
    wideElements: [...document.querySelectorAll('body *')]
      .filter(el => el.getBoundingClientRect().right > root.clientWidth + 0.5 && !el.closest('svg *'))
      .filter(el => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 0.5)
      .slice(0, 5)
      .map(el => name(el) + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + ' px)'),
    ...tableCellFacts(),
  };
})()
"""


def _axe_script(tags: tuple[str, ...]) -> str:
    values = ", ".join(f"'{tag}'" for tag in tags)
    return (
        "axe.run(document, {runOnly: {type: 'tag', values: [" + values + "]}, resultTypes: ['violations']})"
        ".then(result => ({passes: result.passes.map(p => p.id), incomplete: result.incomplete.map(i => i.id),"
        " violations: result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 300),"
        " summary: (n.failureSummary || '').slice(0, 400)}))}))}))"
    )


@dataclass
class Job:
    """One sample page at one screen width."""

    name: str
    path: str  # relative to the site folder
    width: int


@dataclass
class Probe:
    """What the browser saw of one page at one width."""

    job: Job
    facts: dict[str, Any] = field(default_factory=dict)
    violations: list[dict[str, Any]] = field(default_factory=list)
    passed_rules: list[str] = field(default_factory=list)  # proves axe ran: a page always passes some rules
    incomplete_rules: list[str] = field(default_factory=list)  # rules axe could not decide (for review)
    screenshot: Path | None = None
    error: str | None = None


_HAS_REFRESH = "!!document.querySelector('meta[http-equiv=\"refresh\" i]')"


def _load_settled(tab: Tab, url: str) -> None:
    """Loads `url`, following a page that forwards itself (meta refresh) to where it leads.

    `Tab.load` follows a refresh the browser announces; a page that still holds a refresh meta afterwards gets a
    few seconds more to leave.
    """
    tab.load(url)
    for _ in range(3):
        if not tab.evaluate(_HAS_REFRESH) or not tab.wait_for_navigation(timeout=3.0):
            return


def _probe_one(tab: Tab, base_url: str, job: Job, axe_source: str, screenshot_dir: Path | None) -> Probe:
    probe = Probe(job)
    url = base_url + quote(job.path)
    phone = job.width < PHONE_BELOW
    try:
        tab.set_viewport(job.width, HEIGHTS[phone], mobile=phone)
        tab.set_scripts_enabled(False)
        _load_settled(tab, url)
        probe.facts = tab.evaluate(_FACTS_SCRIPT)
        if screenshot_dir is not None:
            probe.screenshot = screenshot_dir / f"{job.name}-{job.width}.png"
            tab.screenshot(str(probe.screenshot))
        tab.set_scripts_enabled(True)
        _load_settled(tab, url)
        tab.evaluate(axe_source)
        result = tab.evaluate(_axe_script(AXE_TAGS), timeout=120)
        probe.violations = result["violations"]
        probe.passed_rules = result["passes"]
        probe.incomplete_rules = result["incomplete"]
    except ProtocolError as error:
        probe.error = str(error)
    return probe


def probe_pages(chromium: str, axe_source: str, site: Path, jobs: list[Job], screenshot_dir: Path | None,
                workers: int = 2) -> dict[tuple[str, int], Probe]:
    """Probes every job, `workers` tabs at a time in one browser."""
    if screenshot_dir is not None:
        screenshot_dir.mkdir(parents=True, exist_ok=True)
    results: dict[tuple[str, int], Probe] = {}
    queue = list(reversed(jobs))
    lock = threading.Lock()

    with serve(site) as base_url, Browser(chromium) as browser:
        def work() -> None:
            tab = browser.new_tab()
            try:
                while True:
                    with lock:
                        if not queue:
                            return
                        job = queue.pop()
                    probe = _probe_one(tab, base_url, job, axe_source, screenshot_dir)
                    with lock:
                        results[(job.name, job.width)] = probe
            finally:
                tab.close()

        threads = [threading.Thread(target=work) for _ in range(max(1, min(workers, len(jobs))))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    return results


def describe_violations(violations: list[dict[str, Any]]) -> list[str]:
    """One line per failing element: rule, impact, help, element and what to fix."""
    lines: list[str] = []
    for violation in violations:
        for node in violation["nodes"]:
            summary = " ".join(node["summary"].split())
            lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {node['target']}: "
                         f"{node['html']} — {summary}")
    return lines
