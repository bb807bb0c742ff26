"""HTML validity with the Nu HTML Checker (vnu), all pages in one Java run."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit


def validate(java: str, vnu_jar: str, site: Path, pages: list[str]) -> list[str]:
    """Runs vnu on `pages` (relative to `site`) and returns every error as `page:line:column: message`."""
    if not pages:
        return []
    command = [java, "-Xss16m", "-jar", vnu_jar, "--errors-only", "--no-langdetect", "--format", "json",
               *[str(site / page) for page in pages]]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=600)
    # vnu writes its JSON report to standard error; standard output stays empty.
    report_text = completed.stderr.strip() or completed.stdout.strip()
    try:
        report = json.loads(report_text)
    except json.JSONDecodeError:
        return [f"vnu did not produce a JSON report (exit {completed.returncode}): {report_text[:2000]}"]
    root = site.resolve()
    problems: list[str] = []
    for message in report.get("messages", []):
        if message.get("type") not in ("error", "non-document-error"):
            continue
        url = message.get("url", "")
        path = Path(unquote(urlsplit(url).path)) if url else None
        try:
            where = path.resolve().relative_to(root).as_posix() if path else "?"
        except ValueError:
            where = str(path)
        line = message.get("lastLine", message.get("firstLine", "?"))
        column = message.get("firstColumn", "?")
        extract = " ".join(message.get("extract", "").split())
        text = f"{where}:{line}:{column}: {message.get('message', '').strip()}"
        problems.append(f"{text} [{extract[:160]}]" if extract else text)
    if completed.returncode not in (0, 1) and not problems:
        problems.append(f"vnu exited with {completed.returncode}: {completed.stderr[-2000:]}")
    return problems
