import SiteModel

extension LoadState {
    static let regionsFile = "regions.csv"

    /// A region with the cells that later checks point at.
    private struct RegionRow {
        var region: Region
        var parentCell: CSVCell?
        var gridCell: CSVCell?
    }

    /// `regions.csv`, in file order. Parents are checked once all rows are read, so order does not matter.
    mutating func loadRegions(languages: [LanguageCode]) -> [Region] {
        guard let sheet = readCSV(Self.regionsFile) else { return [] }
        requireColumns(["code", "level"], in: sheet)
        checkLanguageColumns("name", languages: languages, in: sheet, required: true)
        checkLanguageColumns("short", languages: languages, in: sheet, required: false)
        warnUnknownColumns(
            sheet, known: ["code", "level", "parent", "grid_row", "grid_col"], perLanguage: ["name", "short"],
            languages: languages)

        var rows: [RegionRow] = []
        var firstLines: [RegionCode: Int] = [:]
        var fileNames: [String: (id: String, line: Int)] = [:]
        for row in sheet.rows {
            guard let codeCell = sheet.cell("code", row), requiredText("code", row, in: sheet) != nil else { continue }
            let code = RegionCode(codeCell.text)
            guard IDSyntax.isRegionCode(code.rawValue) else {
                error("bad region code \(quoted(code.rawValue)): \(IDSyntax.regionCodeRule)", at: codeCell, in: sheet.path)
                continue
            }
            guard !IDSyntax.isReserved(code.rawValue) else {
                error("bad region code: \(IDSyntax.reservedRule(code.rawValue))", at: codeCell, in: sheet.path)
                continue
            }
            guard isFirstOccurrence(code, "region code \(quoted(code.rawValue))", at: codeCell, in: sheet, seen: &firstLines),
                hasOwnFileName(code.rawValue, "region code", at: codeCell, in: sheet, seen: &fileNames)
            else { continue }
            let parentCell = sheet.cell("parent", row).flatMap { $0.text.isEmpty ? nil : $0 }
            let region = Region(
                code: code,
                name: localized("name", languages: languages, row, in: sheet, required: true),
                shortName: localized("short", languages: languages, row, in: sheet, required: false),
                level: requiredText("level", row, in: sheet) ?? "",
                parent: parentCell.map { RegionCode($0.text) },
                gridPosition: gridPosition(row, in: sheet))
            rows.append(RegionRow(region: region, parentCell: parentCell, gridCell: sheet.cell("grid_row", row)))
        }
        checkRegionParents(rows, in: sheet)
        checkGridPositions(rows, in: sheet)
        return rows.map(\.region)
    }

    /// The largest `grid_row` or `grid_col`: a tile map is a few dozen tiles across, and a larger number would
    /// only make the map's size overflow.
    static let maximumGridIndex = 99

    /// `grid_row` and `grid_col`: both whole numbers from 0 to `maximumGridIndex`, or both empty.
    private mutating func gridPosition(_ row: CSVRecord, in sheet: CSVSheet) -> Region.GridPosition? {
        var numbers: [Int] = []
        var given: [CSVCell] = []
        for column in ["grid_row", "grid_col"] {
            guard let cell = sheet.cell(column, row), !cell.text.isEmpty else { continue }
            given.append(cell)
            if let number = nonNegativeInteger(cell.text), number <= Self.maximumGridIndex {
                numbers.append(number)
            } else {
                error(
                    "bad \(column) \(quoted(cell.text)): use a whole number from 0 to \(Self.maximumGridIndex)", at: cell,
                    in: sheet.path)
            }
        }
        if given.count == 1 {
            error("give both grid_row and grid_col, or neither", at: given[0], in: sheet.path)
        }
        guard numbers.count == 2 else { return nil }
        return Region.GridPosition(row: numbers[0], column: numbers[1])
    }

    private mutating func checkRegionParents(_ rows: [RegionRow], in sheet: CSVSheet) {
        let known = Set(rows.map(\.region.code))
        var parents: [RegionCode: RegionCode] = [:]
        var parentCells: [RegionCode: CSVCell] = [:]
        for row in rows {
            guard let cell = row.parentCell else { continue }
            let parent = RegionCode(cell.text)
            parentCells[row.region.code] = cell
            if known.contains(parent) {
                parents[row.region.code] = parent
            } else {
                error("unknown parent region \(quoted(cell.text))", at: cell, in: sheet.path)
            }
        }
        checkNesting(
            parents, order: rows.map(\.region.code), parentCells: parentCells, what: "region", name: \.rawValue,
            in: sheet.path)
    }

    /// Two children of one parent on the same tile would hide one of them in the tile map.
    private mutating func checkGridPositions(_ rows: [RegionRow], in sheet: CSVSheet) {
        var taken: [String: RegionCode] = [:]
        for row in rows {
            guard let position = row.region.gridPosition, let cell = row.gridCell else { continue }
            let key = "\(row.region.parent?.rawValue ?? "")\u{1F}\(position.row)\u{1F}\(position.column)"
            if let other = taken[key] {
                error(
                    "grid position \(position.row),\(position.column) is already taken by region \(quoted(other.rawValue))",
                    at: cell, in: sheet.path)
            } else {
                taken[key] = row.region.code
            }
        }
    }
}
