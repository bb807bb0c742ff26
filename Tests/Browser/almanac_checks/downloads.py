"""Downloads: CSV files read back identically with Python's csv module and pandas, Excel copies with a BOM,
observations equal to the content, and a Data Package that frictionless accepts.
"""

from __future__ import annotations

import csv
import functools
import json
import subprocess
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

BOM = b"\xef\xbb\xbf"
EXCEL_SUFFIX = ".excel.csv"

#: Columns of a content data file that are not dimensions (see the content format, data/<id>.csv).
RESERVED_COLUMNS = frozenset({"region", "year", "value", "flag", "source"})

#: The observation columns compared with the content, in this order, before the dimension columns.
OBSERVATION_COLUMNS = ("region", "year", "value", "flag")

#: Names a download may give a content column: the content's `region` is a download's `region_code`.
COLUMN_ALIASES = {"region": ("region", "region_code")}

#: Names of the column of all.csv that says which indicator a row belongs to.
INDICATOR_COLUMNS = ("indicator_id", "indicator")


def plain_csv_files(data: Path) -> list[Path]:
    """The UTF-8 CSV downloads (not their Excel copies), sorted."""
    return sorted(p for p in data.glob("*.csv") if not p.name.endswith(EXCEL_SUFFIX))


def excel_twin(path: Path) -> Path:
    return path.with_name(path.name[: -len(".csv")] + EXCEL_SUFFIX)


@functools.lru_cache(maxsize=8)
def read_with_csv(path: Path, encoding: str) -> list[list[str]]:
    """All rows, header first, read by the csv module exactly as a reader's script would."""
    with path.open(encoding=encoding, newline="") as file:
        return [row for row in csv.reader(file)]


@functools.lru_cache(maxsize=8)
def read_with_pandas(path: Path, encoding: str) -> list[list[str]]:
    """All rows, header first, read by pandas with every cell kept as text (no number or NA guessing)."""
    import pandas

    frame = pandas.read_csv(path, dtype=str, keep_default_na=False, encoding=encoding)
    return [list(frame.columns)] + frame.to_numpy().tolist()


def check_csv_file(path: Path) -> list[str]:
    """One UTF-8 download: no BOM, a rectangular table, and the csv module and pandas read the same rows."""
    name = path.name
    raw = path.read_bytes()
    problems: list[str] = []
    if raw.startswith(BOM):
        problems.append(f"{name}: starts with a BOM (only the .excel.csv copy should)")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return problems + [f"{name}: not UTF-8: {error}"]
    rows = read_with_csv(path, "utf-8-sig")
    if not rows:
        return problems + [f"{name}: empty"]
    header = rows[0]
    if len(set(header)) != len(header) or any(not column for column in header):
        problems.append(f"{name}: header has empty or repeated names: {header}")
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            problems.append(f"{name}: row {number} has {len(row)} cells, the header {len(header)}")
            break
    try:
        by_pandas = read_with_pandas(path, "utf-8-sig")
    except Exception as error:  # pandas raises many kinds; each one is a finding
        return problems + [f"{name}: pandas cannot read it: {error}"]
    if by_pandas != rows:
        problems.append(f"{name}: pandas reads other rows than the csv module: {_first_difference(rows, by_pandas)}")
    return problems


#: First characters that make a spreadsheet run a cell as a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def number_columns(path: Path) -> set[str]:
    """Columns of a CSV download that the datapackage.json beside it types as numbers; none without one."""
    package = path.parent / "datapackage.json"
    if not package.is_file():
        return set()
    for resource in json.loads(package.read_text(encoding="utf-8")).get("resources", []):
        if resource.get("path") == path.name:
            fields = resource.get("schema", {}).get("fields", [])
            return {field["name"] for field in fields if field.get("type") in ("number", "integer")}
    return set()


def spreadsheet_rows(rows: list[list[str]], numbers: set[str]) -> list[list[str]]:
    """The rows an Excel copy holds: as the plain CSV, with a ' before every text cell that starts a formula."""
    header = rows[0] if rows else []

    def cell(value: str, column: str | None) -> str:
        return "'" + value if value.startswith(FORMULA_STARTS) and column not in numbers else value

    return [[cell(value, None) for value in header]] + [
        [cell(value, header[index] if index < len(header) else None) for index, value in enumerate(row)]
        for row in rows[1:]]


def check_excel_copy(path: Path) -> list[str]:
    """The `.excel.csv` copy of a download: starts with a BOM and holds the same rows, formulas neutralised."""
    twin = excel_twin(path)
    if not twin.is_file():
        return [f"{twin.name}: missing (Excel copy of {path.name})"]
    problems: list[str] = []
    if not twin.read_bytes().startswith(BOM):
        problems.append(f"{twin.name}: does not start with a UTF-8 BOM")
    expected = spreadsheet_rows(read_with_csv(path, "utf-8-sig"), number_columns(path))
    for reader, rows in (("csv", read_with_csv(twin, "utf-8-sig")), ("pandas", _pandas_or_error(twin))):
        if rows != expected:
            problems.append(f"{twin.name}: {reader} reads other rows than {path.name}: "
                            f"{_first_difference(expected, rows)}")
    return problems


def _pandas_or_error(path: Path) -> list[list[str]]:
    try:
        return read_with_pandas(path, "utf-8-sig")
    except Exception as error:
        return [[f"pandas cannot read it: {error}"]]


def _first_difference(expected: list[list[str]], actual: list[list[str]]) -> str:
    for number, (left, right) in enumerate(zip(expected, actual, strict=False), start=1):
        if left != right:
            return f"row {number}: expected {left}, got {right}"
    return f"{len(expected)} rows expected, {len(actual)} read"


def _find_column(header: list[str], name: str) -> int | None:
    for candidate in COLUMN_ALIASES.get(name, (name,)):
        if candidate in header:
            return header.index(candidate)
    return None


def _observations(rows: list[list[str]], dimensions: list[str], where: str,
                  indicator: str | None = None) -> tuple[Counter[tuple[str, ...]], str | None]:
    """The (region, year, value, flag, dimensions...) tuples of a table, of one indicator if `indicator` is given."""
    header, body = rows[0], rows[1:]
    columns = list(OBSERVATION_COLUMNS) + dimensions
    positions = [_find_column(header, column) for column in columns]
    missing = [column for column, position in zip(columns, positions, strict=True) if position is None]
    selector = None
    if indicator is not None:
        selector = next((header.index(name) for name in INDICATOR_COLUMNS if name in header), None)
        if selector is None:
            missing.append("/".join(INDICATOR_COLUMNS))
    if missing:
        return Counter(), f"{where}: lacks column(s) {', '.join(missing)} (has {', '.join(header)})"
    observations: Counter[tuple[str, ...]] = Counter()
    for row in body:
        if selector is not None and (row[selector] if selector < len(row) else "") != indicator:
            continue
        cells = [row[i] if i is not None and i < len(row) else "" for i in positions]
        # The content format reads an empty value without a flag as missing (M); either spelling is faithful.
        if cells[2] == "" and cells[3] == "":
            cells[3] = "M"
        observations[tuple(cells)] += 1
    return observations, None


def compare_observations(source: Path, download: Path, indicator: str | None = None) -> list[str]:
    """The download holds exactly the content's (region, year, value as text, flag, dimensions) rows.

    With `indicator`, only the download's rows of that indicator count (all.csv holds every indicator).
    """
    label = f"{download.name}[{indicator}]" if indicator else download.name
    if not download.is_file():
        return [f"{download.name}: missing (content has {source.name})"]
    source_rows = read_with_csv(source, "utf-8-sig")
    dimensions = [column for column in source_rows[0]
                  if column not in RESERVED_COLUMNS and not column.startswith("note_")]
    expected, problem = _observations(source_rows, dimensions, f"content {source.name}")
    if problem:
        return [problem]
    problems: list[str] = []
    for reader, rows in (("csv", read_with_csv(download, "utf-8-sig")), ("pandas", _pandas_or_error(download))):
        actual, problem = _observations(rows, dimensions, f"{label} ({reader})", indicator)
        if problem:
            problems.append(problem)
            continue
        missing = sorted((expected - actual).elements())
        extra = sorted((actual - expected).elements())
        columns = "/".join(list(OBSERVATION_COLUMNS) + dimensions)
        if missing:
            problems.append(f"{label} ({reader}): {len(missing)} content row(s) missing or changed, "
                            f"e.g. {columns} = {missing[:3]}")
        if extra:
            problems.append(f"{label} ({reader}): {len(extra)} row(s) not in the content, "
                            f"e.g. {columns} = {extra[:3]}")
    return problems


def check_json_download(path: Path) -> list[str]:
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return [f"{path.name}: not valid UTF-8 JSON: {error}"]
    return []


def check_svg_download(path: Path, site: Path) -> list[str]:
    """A chart download is a well-formed SVG document that a browser or an editor opens on its own."""
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        return [f"{path.relative_to(site)}: not well-formed XML: {error}"]
    if root.tag != "{http://www.w3.org/2000/svg}svg":
        return [f"{path.relative_to(site)}: root element is {root.tag}, not an SVG <svg>"]
    return []


def check_datapackage_resources(data: Path) -> list[str]:
    """datapackage.json describes every CSV download with a table schema whose fields match its header."""
    package_path = data / "datapackage.json"
    if not package_path.is_file():
        return ["datapackage.json: missing"]
    try:
        package = json.loads(package_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return [f"datapackage.json: not valid JSON: {error}"]
    problems: list[str] = []
    described: dict[str, dict] = {}
    for resource in package.get("resources", []):
        path = resource.get("path")
        if isinstance(path, str):
            described[path] = resource
        else:
            problems.append(f"datapackage.json: resource {resource.get('name')!r} has no single path")
    for csv_path in plain_csv_files(data):
        resource = described.get(csv_path.name)
        if resource is None:
            problems.append(f"datapackage.json: no resource for {csv_path.name}")
            continue
        schema = resource.get("schema")
        if not isinstance(schema, dict) or not schema.get("fields"):
            problems.append(f"datapackage.json: resource {csv_path.name} has no table schema with fields")
            continue
        names = [field.get("name") for field in schema["fields"]]
        header = read_with_csv(csv_path, "utf-8-sig")[0]
        if names != header:
            problems.append(f"datapackage.json: schema fields of {csv_path.name} {names} "
                            f"differ from its header {header}")
    for path in described:
        if not (data / path).is_file():
            problems.append(f"datapackage.json: resource path {path} does not exist")
    return problems


def frictionless_validate(frictionless: list[str], data: Path) -> list[str]:
    """Runs `frictionless validate datapackage.json` in the data folder; its report is the problem."""
    completed = subprocess.run([*frictionless, "validate", "--json", "datapackage.json"], cwd=data,
                               capture_output=True, text=True, timeout=300)
    if completed.returncode == 0:
        return []
    try:
        report = json.loads(completed.stdout)
    except json.JSONDecodeError:
        return [f"frictionless validate failed (exit {completed.returncode}): "
                f"{(completed.stdout + completed.stderr)[-3000:]}"]
    problems: list[str] = []
    for error in report.get("errors", []):
        problems.append(f"datapackage.json: {error.get('message')}")
    for task in report.get("tasks", []):
        for error in task.get("errors", []):
            problems.append(f"{task.get('name') or task.get('place')}: {error.get('type')}: {error.get('message')}")
    return problems or [f"frictionless validate failed (exit {completed.returncode}): {completed.stdout[-3000:]}"]

