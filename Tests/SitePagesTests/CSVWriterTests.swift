import Testing

@testable import SitePages

/// Quoting decided on bytes: a cell with `\r\n` is one Swift `Character`, equal to neither `\r` nor `\n`.
@Suite struct CSVWriterTests {
    @Test func aCellWithACarriageReturnAndLineFeedIsQuoted() {
        #expect(CSVWriter.field("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVWriter.field("a,\u{301}b") == "\"a,\u{301}b\"", "a comma with a combining mark is still a comma byte")
    }

    @Test func plainCellsStayAsWrittenAndQuotesDouble() {
        #expect(CSVWriter.field("15.07") == "15.07")
        #expect(CSVWriter.field("甘肃省") == "甘肃省")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        var writer = CSVWriter(header: ["a", "b"])
        writer.append(["1", "x,y"])
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "a,b\r\n1,\"x,y\"\r\n")
    }
}
