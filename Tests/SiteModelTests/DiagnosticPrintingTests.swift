import SiteModel
import Testing

/// What reaches the terminal: escaped, and capped per file and in all.
@Suite struct DiagnosticPrintingTests {
    private func diagnostics(_ count: Int, in file: String, severity: Severity = .error) -> [Diagnostic] {
        (1...count).map { Diagnostic(severity, "problem \($0)", at: SourceLocation(file: file, line: $0, column: 1)) }
    }

    @Test func escapesControlCharactersInMessagesAndFileNames() {
        let diagnostic = Diagnostic.error(
            "unknown region \"\u{1B}[31mred\"", at: SourceLocation(file: "content/a\u{7}.csv", line: 2, column: 1))
        #expect(diagnostic.description == "content/a\\u{7}.csv:2:1: error: unknown region \"\\u{1B}[31mred\"")
        #expect("a\u{202E}b\u{200B}c\td".escapingInvisibleCharacters == "a\\u{202E}b\\u{200B}c\\u{9}d")
    }

    @Test func capsEachFileWithANote() {
        let all = diagnostics(60, in: "content/data/x.csv") + diagnostics(2, in: "content/regions.csv", severity: .warning)
        let lines = Diagnostic.printedLines(all)
        #expect(lines.count == Diagnostic.printedPerFile + 1 + 2)
        #expect(lines[49] == "content/data/x.csv:50:1: error: problem 50")
        #expect(lines[50] == "content/data/x.csv: note: … and 10 more problems in this file (10 errors)")
        #expect(lines[51] == "content/regions.csv:1:1: warning: problem 1")
        #expect(ContentProblems(all).errors.count == 60)
        #expect(ContentProblems(all).description.split(separator: "\n").count == lines.count)
    }

    @Test func capsAllFilesWithANote() {
        let all = (1...20).flatMap { diagnostics(40, in: "content/data/f\($0 < 10 ? "0" : "")\($0).csv") }
        let lines = Diagnostic.printedLines(all)
        // 12 files whole, 20 lines of the 13th, then one note for that file and one for the 7 files left.
        #expect(lines.count == Diagnostic.printedInAll + 2)
        #expect(lines[500] == "content/data/f13.csv: note: … and 20 more problems in this file (20 errors)")
        #expect(lines.last == "note: … and 280 more problems in 7 more files not shown (280 errors)")
    }

    @Test func printsAFewProblemsAsTheyAre() {
        let all = diagnostics(3, in: "content/topics.csv")
        #expect(Diagnostic.printedLines(all) == all.map(\.description))
    }
}
