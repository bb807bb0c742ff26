import Foundation
@testable import SitePages
import Testing

/// A workbook's data sheet is made in memory up to `DownloadTable.rowsKeptInMemory` rows and through a scratch
/// file beyond, or when its length is not known ahead (`all.xlsx` of a national site is 600 MB of XML).
@Suite struct WorkbookScratchTests {
    @Test func shortTablesKeepTheirRowsInMemory() {
        #expect(DownloadTable.keepsRowsInMemory(0))
        #expect(DownloadTable.keepsRowsInMemory(DownloadTable.rowsKeptInMemory))
        #expect(!DownloadTable.keepsRowsInMemory(DownloadTable.rowsKeptInMemory + 1))
        #expect(!DownloadTable.keepsRowsInMemory(nil))
    }
}
