"""Downloads: CSV files read back identically with Python's csv module and pandas, workbooks (.xlsx) that
openpyxl and pandas read to the CSV's values, observations equal to the content, a zip holding the Data Package
(datapackage.json and its CSVs) with a README, and a Data Package that frictionless accepts.
"""

from __future__ import annotations

import csv
import functools
import json
import subprocess
import xml.etree.ElementTree as ElementTree
import zipfile
from collections import Counter
from decimal import Decimal
from pathlib import Path

BOM = b"\xef\xbb\xbf"
WORKBOOK_SUFFIX = ".xlsx"
ARCHIVE = "downloads.zip"
PACKAGE = "datapackage.json"

#: Columns of a content data file that are not dimensions (see the content format, data/<id>.csv).
# `acknowledged` names the check findings a publisher has explained: editorial, not published in the downloads.
RESERVED_COLUMNS = frozenset({"region", "year", "value", "flag", "source", "acknowledged"})

#: The observation columns compared with the content, in this order, before the dimension columns.
OBSERVATION_COLUMNS = ("region", "year", "value", "flag")

#: Names a download may give a content column: the content's `region` is a download's `region_code`.
COLUMN_ALIASES = {"region": ("region", "region_code")}

#: Names of the column of all.csv that says which indicator a row belongs to.
INDICATOR_COLUMNS = ("indicator_id", "indicator")


def plain_csv_files(data: Path) -> list[Path]:
    """The UTF-8 CSV downloads, sorted."""
    return sorted(data.glob("*.csv"))


def workbook_twin(path: Path) -> Path:
    return path.with_name(path.name[: -len(".csv")] + WORKBOOK_SUFFIX)


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
        problems.append(f"{name}: starts with a BOM")
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


def _workbook_cell(value: object, number_column: bool, where: str) -> tuple[str, str | None]:
    """A cell openpyxl read, as the CSV's text, and what is wrong with its type: a number column holds numbers
    (compared as decimals, 15.070 == 15.07), any other column text."""
    if value is None:
        return "", None
    if isinstance(value, bool):
        return str(value), f"{where}: a boolean {value!r}"
    if isinstance(value, (int, float)):
        return repr(value), None if number_column else f"{where}: number {value!r} in a text column"
    if isinstance(value, str):
        return value, f"{where}: text {value!r} in a number column" if number_column else None
    return repr(value), f"{where}: unexpected {type(value).__name__} {value!r}"


def check_workbook(path: Path) -> list[str]:
    """The `.xlsx` beside a CSV: openpyxl and pandas read its first sheet to the CSV's rows, numbers as numbers
    equal to the CSV's decimals, text as text and never a formula, header row frozen; more sheets describe it."""
    twin = workbook_twin(path)
    if not twin.is_file():
        return [f"{twin.name}: missing (workbook of {path.name})"]
    import openpyxl

    try:
        book = openpyxl.load_workbook(twin, read_only=False)
    except Exception as error:  # openpyxl raises many kinds; each one is a finding
        return [f"{twin.name}: openpyxl cannot open it: {error}"]
    problems: list[str] = []
    sheet = book.worksheets[0]
    if sheet.freeze_panes != "A2":
        problems.append(f"{twin.name}: header row not frozen (freeze_panes {sheet.freeze_panes!r})")
    if len(book.worksheets) < 2:
        problems.append(f"{twin.name}: no sheet describing the file")
    expected = read_with_csv(path, "utf-8-sig")
    numbers = number_columns(path)
    header = expected[0] if expected else []
    rows = list(sheet.iter_rows())
    if len(rows) != len(expected):
        problems.append(f"{twin.name}: {len(rows)} rows, {path.name} {len(expected)}")
    for number, (want, cells) in enumerate(zip(expected, rows, strict=False), start=1):
        for index, want_value in enumerate(want):
            cell = cells[index] if index < len(cells) else None
            value = cell.value if cell is not None else None
            where = f"{twin.name} {cell.coordinate if cell is not None else index}"
            if cell is not None and cell.data_type == "f":
                problems.append(f"{where}: a formula {value!r}")
            is_number = number > 1 and header[index] in numbers and want_value != ""
            text, problem = _workbook_cell(value, is_number and _is_decimal(want_value), where)
            if problem:
                problems.append(problem)
            elif is_number and isinstance(value, (int, float)):
                if Decimal(want_value) != Decimal(str(value)):
                    problems.append(f"{where}: {value!r}, {path.name} has {want_value}")
            elif text != want_value:
                problems.append(f"{where}: {text!r}, {path.name} has {want_value!r}")
        if len(problems) > 20:
            break
    try:
        import pandas

        frame = pandas.read_excel(twin, sheet_name=0, dtype=str, keep_default_na=False)
        if list(frame.columns) != header or len(frame) != len(expected) - 1:
            problems.append(f"{twin.name}: pandas reads columns {list(frame.columns)} and {len(frame)} rows")
    except Exception as error:
        problems.append(f"{twin.name}: pandas cannot read it: {error}")
    return problems


#: LibreOffice's CSV filter: comma, double quotes, UTF-8 (76), from line 1, cells saved as values, not as shown.
LIBREOFFICE_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false"


def check_workbooks_in_libreoffice(soffice: str, csvs: list[Path], out: Path) -> list[str]:
    """LibreOffice opens every workbook and saves its first sheet as CSV with the rows of the site's CSV (number
    columns compared as decimals: LibreOffice writes 3.10 as 3.1)."""
    workbooks = [workbook_twin(path) for path in csvs]
    completed = subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{out}/profile",
                                "--convert-to", LIBREOFFICE_CSV, "--outdir", str(out), *map(str, workbooks)],
                               capture_output=True, text=True, timeout=600)
    problems: list[str] = []
    for path in csvs:
        converted = out / path.name
        if not converted.is_file():
            problems.append(f"{workbook_twin(path).name}: LibreOffice did not convert it: "
                            f"{(completed.stdout + completed.stderr)[-500:]}")
            continue
        expected = read_with_csv(path, "utf-8-sig")
        actual = read_with_csv(converted, "utf-8-sig")
        numbers = number_columns(path)
        if len(actual) != len(expected):
            problems.append(f"{path.name}: LibreOffice reads {len(actual)} rows, the CSV has {len(expected)}")
        for number, (want, got) in enumerate(zip(expected, actual, strict=False), start=1):
            for index, want_value in enumerate(want):
                value = got[index] if index < len(got) else ""
                column = expected[0][index]
                same = value == want_value or (number > 1 and column in numbers and _is_decimal(want_value)
                                               and _is_decimal(value) and Decimal(value) == Decimal(want_value))
                if not same:
                    problems.append(f"{path.name} row {number} {column}: LibreOffice reads {value!r}, "
                                    f"the CSV has {want_value!r}")
    return problems


def _is_decimal(text: str) -> bool:
    try:
        return Decimal(text).is_finite()
    except ArithmeticError:
        return False


def _package_resources(package: bytes) -> list[str]:
    """The resource paths of a datapackage.json, in its order; none where it is not a Data Package."""
    try:
        resources = json.loads(package.decode("utf-8")).get("resources", [])
    except (UnicodeDecodeError, ValueError, AttributeError):
        return []
    return [resource.get("path") for resource in resources if isinstance(resource, dict)]


def check_archive(data: Path) -> list[str]:
    """downloads.zip is the site's Data Package: README.txt, datapackage.json and exactly the files it lists as
    resources, each byte for byte as in data/ (no workbook, no other JSON: those are downloaded one by one); pandas
    reads every CSV from the zip to the rows of its file; the README names each file and every column of every CSV."""
    archive = data / ARCHIVE
    if not archive.is_file():
        return [f"{ARCHIVE}: missing"]
    problems: list[str] = []
    package = data / PACKAGE
    resources = _package_resources(package.read_bytes()) if package.is_file() else []
    if not resources:
        problems.append(f"{ARCHIVE}: data/{PACKAGE} lists no resources")
    members = [PACKAGE, *resources]
    with zipfile.ZipFile(archive) as zipped:
        bad = zipped.testzip()
        if bad:
            problems.append(f"{ARCHIVE}: {bad} fails its CRC")
        names = zipped.namelist()
        if sorted(names) != sorted(["README.txt", *members]):
            problems.append(f"{ARCHIVE}: holds {sorted(names)}, the Data Package {sorted(members)}")
        for name in members:
            if name not in names:
                problems.append(f"{ARCHIVE}: lacks {name}" + (f", which {PACKAGE} lists" if name != PACKAGE else ""))
        for name in names:
            if name.endswith(WORKBOOK_SUFFIX) or (name.endswith(".json") and name != PACKAGE):
                problems.append(f"{ARCHIVE}: holds {name}, which belongs on the data page only")
        if names != sorted(names):
            problems.append(f"{ARCHIVE}: entries not in sorted order: {names}")
        for info in zipped.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append(f"{ARCHIVE}: {info.filename} dated {info.date_time}, not the fixed date")
            local = data / info.filename
            if info.filename != "README.txt" and local.is_file() and zipped.read(info) != local.read_bytes():
                problems.append(f"{ARCHIVE}: {info.filename} differs from data/{info.filename}")
        for name in resources:
            if name in names and (data / name).is_file():
                problems += _check_csv_in_archive(zipped, name, data / name)
        readme = zipped.read("README.txt").decode("utf-8") if "README.txt" in names else ""
    for name in members:
        if name not in readme:
            problems.append(f"{ARCHIVE}: README.txt does not mention {name}")
    for path in plain_csv_files(data):
        for column in read_with_csv(path, "utf-8-sig")[0]:
            if f"    {column} (" not in readme:
                problems.append(f"{ARCHIVE}: README.txt does not describe column {column} of {path.name}")
    return problems


def _check_csv_in_archive(zipped: zipfile.ZipFile, name: str, local: Path) -> list[str]:
    """pandas reads the CSV straight from the zip to the rows it reads from the file beside it."""
    import pandas

    try:
        with zipped.open(name) as member:
            frame = pandas.read_csv(member, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except Exception as error:
        return [f"{ARCHIVE}: pandas cannot read {name} from the zip: {error}"]
    rows = [list(frame.columns)] + frame.to_numpy().tolist()
    expected = _pandas_or_error(local)
    if rows != expected:
        return [f"{ARCHIVE}: {name} read from the zip differs from data/{name}: {_first_difference(expected, rows)}"]
    return []


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

