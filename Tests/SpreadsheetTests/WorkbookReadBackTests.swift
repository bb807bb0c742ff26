import Foundation
@testable import Spreadsheet
import Testing

/// The workbook as the programs readers open it with read it: openpyxl, pandas (openpyxl engine) and LibreOffice
/// find every value in its cell with its type, and the header row frozen, though only a cell after an empty one
/// names its place. Each test is skipped where its program is not installed (CI installs them for the browser
/// stage).
@Suite struct WorkbookReadBackTests {
    /// Rows with empty cells first, between and last, numbers, texts that look like numbers, and a long row, so a
    /// reader that ignored a reference, or assumed one, would put values in the wrong cells.
    static let rows: [[Cell]] = [
        [.text("a"), .number("3"), .text("甘肃"), .empty],
        [.empty, .text("b"), .empty, .number("-12.25")],
        [.empty, .empty, .empty, .text("only D")],
        [.text("2020"), .number("2020"), .text("1e5"), .number("0.5")],
        [.text("x"), .empty, .empty, .text("y")],
        [],
        [.text("after an empty row"), .text("b"), .text("c"), .text("d")],
        (0..<30).map { $0 % 4 == 1 ? .empty : .number(String($0)) },
    ]

    static let header = ["name", "value", "note", "extra"]

    /// Every cell a reader should find: `[row, column, type, value]`, from 1, `n` for a number, `s` for text.
    static var expectedCells: [[String]] {
        var cells = header.enumerated().map { ["1", String($0 + 1), "s", $1] }
        for (rowIndex, row) in rows.enumerated() {
            for (column, cell) in row.enumerated() {
                let place = [String(rowIndex + 2), String(column + 1)]
                switch cell {
                case .empty: continue
                case .number(let text): cells.append(place + ["n", text])
                case .text(let text): cells.append(place + ["s", text])
                }
            }
        }
        return cells
    }

    static func writeWorkbook(to file: URL) throws {
        var data = Worksheet(frozenRows: 1)
        data.appendHeader(header)
        for row in rows { data.append(row) }
        var about = Worksheet(strings: data.strings)
        about.append([.empty, .text("About"), .text("甘肃")], style: .wrapped)
        try Workbook(title: "t", sheets: [.init(name: "data", worksheet: data), .init(name: "About", worksheet: about)])
            .write(to: file)
    }

    static func withWorkbook<T>(_ body: (URL) throws -> T) throws -> T {
        try WorkbookStreamTests.withFolder { folder in
            let file = folder.appendingPathComponent("read-back.xlsx")
            try writeWorkbook(to: file)
            return try body(file)
        }
    }

    static let python = executable("python3")
    static let soffice = executable("soffice")
    static let hasOpenpyxl = python.map { (try? run($0, ["-c", "import openpyxl, pandas"]))?.status == 0 } ?? false

    @Test(.enabled(if: hasOpenpyxl, "python3 with openpyxl and pandas is not installed"))
    func openpyxlReadsEveryValueWithItsTypeAndTheFrozenHeader() throws {
        let script = """
            import json, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            sheets = []
            for sheet in book.worksheets:
                cells = [[str(c.row), str(c.column), "n" if c.data_type == "n" else c.data_type, str(c.value)]
                         for row in sheet.iter_rows() for c in row if c.value is not None]
                sheets.append({"name": sheet.title, "frozen": sheet.freeze_panes, "cells": cells})
            print(json.dumps(sheets))
            """
        let sheets = try Self.withWorkbook { file in try Self.json(try Self.run(Self.python!, ["-c", script, file.path])) }
        let data = try #require(sheets.first)
        #expect(data["name"] as? String == "data")
        #expect(data["frozen"] as? String == "A2")
        #expect(data["cells"] as? [[String]] == Self.expectedCells)
        let about = try #require(sheets.last)
        #expect(about["frozen"] is NSNull)
        #expect(about["cells"] as? [[String]] == [["1", "2", "s", "About"], ["1", "3", "s", "甘肃"]])
    }

    @Test(.enabled(if: hasOpenpyxl, "python3 with openpyxl and pandas is not installed"))
    func pandasReadsEveryValueInItsCell() throws {
        let script = """
            import json, sys, pandas
            frame = pandas.read_excel(sys.argv[1], sheet_name="data", engine="openpyxl", header=None, dtype=object)
            cells = [[str(r + 1), str(c + 1), "s" if isinstance(v, str) else "n", str(v)]
                     for r in range(frame.shape[0]) for c in range(frame.shape[1])
                     for v in [frame.iat[r, c]] if not pandas.isna(v)]
            print(json.dumps([{"cells": cells}]))
            """
        let sheets = try Self.withWorkbook { file in try Self.json(try Self.run(Self.python!, ["-c", script, file.path])) }
        #expect(sheets.first?["cells"] as? [[String]] == Self.expectedCells)
    }

    /// LibreOffice's CSV of the data sheet: every value in its column, numbers as written (they are plain here).
    @Test(.enabled(if: soffice != nil, "LibreOffice (soffice) is not installed"))
    func libreOfficeReadsEveryValueInItsCell() throws {
        let csv = try Self.withWorkbook { file in
            let folder = file.deletingLastPathComponent()
            let result = try Self.run(Self.soffice!, [
                "--headless", "--norestore", "-env:UserInstallation=file://\(folder.path)/profile", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false", "--outdir", folder.path, file.path,
            ])
            let converted = folder.appendingPathComponent("read-back.csv")
            guard let text = try? String(contentsOf: converted, encoding: .utf8) else {
                Issue.record("LibreOffice did not convert the workbook: \(result.output)")
                return ""
            }
            return text
        }
        let width = 30
        var grid = [Self.header + Array(repeating: "", count: width - Self.header.count)]
        for row in Self.rows {
            let texts = row.map { cell -> String in
                switch cell {
                case .empty: ""
                case .number(let text), .text(let text): text
                }
            }
            grid.append(texts + Array(repeating: "", count: width - texts.count))
        }
        let lines = csv.split(whereSeparator: \.isNewline).map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
        }
        // LibreOffice writes each line as wide as the sheet's used range.
        #expect(lines == grid.map { Array($0.prefix(lines.first?.count ?? width)) })
    }

    private static func json(_ result: (status: Int32, output: String)) throws -> [[String: Any]] {
        guard result.status == 0 else { throw Failure(output: result.output) }
        let value = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        return value as? [[String: Any]] ?? []
    }

    struct Failure: Error, CustomStringConvertible {
        var output: String
        var description: String { output }
    }

    private static func executable(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
            .split(separator: ":")
            .map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
