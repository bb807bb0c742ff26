@testable import ContentLoading
import FuzzSupport

/// A CSV content file through the whole reading path: UTF-8 decoding (`TextDecoding`), splitting (`CSVReader`)
/// and the sheet's shape checks (`readCSV`, `CSVSheet`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    FuzzInput.write(bytes, to: "data.csv")
    var state = LoadState(directory: FuzzInput.folder, displayPath: "content")
    if let sheet = state.readCSV("data.csv") {
        fuzzExpect(!sheet.header.isEmpty, "a sheet has a header")
        for row in sheet.rows {
            fuzzExpect(row.cells.count == sheet.header.count, "every row is fitted to the header's width")
            for name in sheet.columnNames { _ = sheet.text(name, row) }
        }
        for cell in sheet.header + sheet.rows.flatMap(\.cells) {
            fuzzExpect(cell.line >= 1 && cell.column >= 1, "cell positions start at 1:1")
        }
    }
    if case .success(let text) = TextDecoding.decode(bytes) {
        let (table, problems) = CSVReader.read(text)
        let lines = text.utf8.count { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } + 1
        for record in [table.header.isEmpty ? [] : [CSVRecord(cells: table.header, line: 1)], table.records].joined() {
            fuzzExpect(!record.cells.isEmpty, "a record has a cell")
            fuzzExpect(record.cells.allSatisfy { $0.line <= lines }, "cells lie inside the text")
        }
        fuzzExpect(problems.allSatisfy { $0.line >= 1 && $0.line <= lines && $0.column >= 1 }, "problems lie inside")
    }
    for diagnostic in state.diagnostics {
        fuzzExpect(diagnostic.location.line.map { $0 >= 1 } ?? true, "diagnostic lines start at 1")
    }
    return 0
}
