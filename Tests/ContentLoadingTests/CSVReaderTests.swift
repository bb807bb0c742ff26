@testable import ContentLoading
import Testing

@Suite struct CSVReaderTests {
    private func cells(_ text: String) -> [[String]] {
        let table = CSVReader.read(text).table
        return ([table.header] + table.records.map(\.cells)).map { $0.map(\.text) }
    }

    @Test func splitsPlainRows() {
        #expect(cells("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
    }

    @Test func acceptsAMissingFinalLineEnd() {
        #expect(cells("a,b\n1,2") == [["a", "b"], ["1", "2"]])
    }

    @Test func keepsEmptyCellsIncludingTheLast() {
        #expect(cells("a,b,c\n,x,\n") == [["a", "b", "c"], ["", "x", ""]])
        #expect(cells("a,b\n1,") == [["a", "b"], ["1", ""]])
    }

    @Test func readsQuotedCellsWithCommasAndDoubledQuotes() {
        #expect(cells("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n") == [["a", "b"], ["x, y", "say \"hi\""]])
    }

    @Test func keepsLineBreaksInsideQuotes() {
        let table = CSVReader.read("a,b\n\"one\r\ntwo\",3\n4,5\n").table
        #expect(table.records.map { $0.cells.map(\.text) } == [["one\ntwo", "3"], ["4", "5"]])
        #expect(table.records.map(\.line) == [2, 4])
        #expect(table.records[0].cells[1].line == 3)
        #expect(table.records[0].cells[1].column == 6)
    }

    @Test func acceptsCRLFAndCRLineEnds() {
        #expect(cells("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
        #expect(cells("a,b\r1,2\r") == [["a", "b"], ["1", "2"]])
    }

    @Test func skipsEmptyRowsButCountsTheirLines() {
        let table = CSVReader.read("a,b\n\n1,2\n,\n\r\n3,4\n").table
        #expect(table.records.map { $0.cells.map(\.text) } == [["1", "2"], ["3", "4"]])
        #expect(table.records.map(\.line) == [3, 6])
    }

    @Test func givesPositionsInCharactersNotBytes() {
        let table = CSVReader.read("名称,值\n甘肃省,\"15.07\"\n").table
        let row = table.records[0].cells
        #expect(row.map(\.text) == ["甘肃省", "15.07"])
        #expect(row.map(\.column) == [1, 5])
        #expect(row.map(\.line) == [2, 2])
        #expect(table.header.map(\.column) == [1, 4])
    }

    @Test func keepsAQuoteInsideAnUnquotedCellAsText() {
        #expect(cells("a\n5\"x\n") == [["a"], ["5\"x"]])
    }

    @Test func reportsAQuoteThatNeverCloses() {
        let (table, problems) = CSVReader.read("a,b\n1,\"open\n2,3\n")
        #expect(problems == [CSVProblem(message: "quoted cell is never closed (add the closing \")", line: 2, column: 3)])
        #expect(table.records.count == 1)
    }

    @Test func reportsTextAfterAClosingQuote() {
        let (_, problems) = CSVReader.read("a,b\n\"x\"y,2\n")
        #expect(problems.map(\.line) == [2])
        #expect(problems.map(\.column) == [4])
    }

    @Test func readsAnEmptyFileAsNoHeader() {
        #expect(CSVReader.read("").table.header.isEmpty)
        #expect(CSVReader.read("\n\n").table.header.isEmpty)
    }
}

@Suite struct TextDecodingTests {
    @Test func dropsTheByteOrderMark() throws {
        let text = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("a,b".utf8)).get()
        #expect(text == "a,b")
    }

    @Test func reportsTheFirstInvalidByte() {
        let bytes = Array("ab\n甘c".utf8) + [0xFF] + Array("d".utf8)
        #expect(throws: TextDecoding.InvalidUTF8(line: 2, column: 3)) { try TextDecoding.decode(bytes).get() }
    }
}

@Suite struct FrontMatterTests {
    @Test func splitsFrontMatterFromTheBody() throws {
        let split = try #require(FrontMatterSplit("---\ntitle: x\n---\nBody\n"))
        #expect(split.yaml == "title: x\n")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "Body\n")
        #expect(split.bodyFirstLine == 4)
    }

    @Test func acceptsCRLF() throws {
        let split = try #require(FrontMatterSplit("---\r\ntitle: x\r\n---\r\nBody\r\n"))
        #expect(split.yaml == "title: x\r\n")
        #expect(split.body == "Body\r\n")
        #expect(split.bodyFirstLine == 4)
    }

    @Test func leavesAFileWithoutFrontMatterWhole() throws {
        let split = try #require(FrontMatterSplit("Body\n---\n"))
        #expect(split.yaml == nil)
        #expect(split.body == "Body\n---\n")
        #expect(split.bodyFirstLine == 1)
    }

    @Test func rejectsAnUnclosedFrontMatter() {
        #expect(FrontMatterSplit("---\ntitle: x\nBody\n") == nil)
    }
}

@Suite struct ParentCycleTests {
    @Test func findsEveryItemOnACycleAndNoOther() {
        let parents = ["a": "b", "b": "c", "c": "a", "d": "a", "e": "e"]
        #expect(itemsInParentCycles(parents, order: ["a", "b", "c", "d", "e", "f"]) == ["a", "b", "c", "e"])
    }
}
