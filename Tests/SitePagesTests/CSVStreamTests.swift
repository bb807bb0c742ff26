import Foundation
import Testing

@testable import SitePages

/// A CSV written into its file as its rows are made, a part at a time, has the bytes of the CSV made in memory.
@Suite struct CSVStreamTests {
    static let table = DownloadTable(
        file: "all.csv", titleKey: "downloads.all_csv", columns: [DownloadColumn("region"), DownloadColumn("value", .number)],
        rows: { emit in
            for index in 0..<2_000 { emit(["Region \(index % 97), 甘肃", index % 5 == 0 ? "" : "\(index).5"]) }
        })

    @Test(arguments: [1, 100, 1 << 20])
    func aCSVWrittenInPartsIsTheOneMadeInMemory(partSize: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("all.csv")
        try Self.table.writeCSV(to: file, partSize: partSize)
        #expect(Array(try Data(contentsOf: file)) == Self.table.csv())
    }
}
