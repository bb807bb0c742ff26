import Testing
@testable import SiteOutput

@Suite struct OutputPathTests {
    static let rejected: [String] = [
        "",
        "/etc/passwd",
        "/",
        "a//b",
        "a/",
        "./a",
        "a/./b",
        ".",
        "..",
        "../site2/index.html",
        "a/../../b",
        "a/..",
        "a\\b",
        "..\\evil",
        "a\u{0}b",
        "a\nb",
        "a\tb",
        "a\u{7F}b",
        "a\u{85}b",
        "~/x",
        "~root/x",
        "~",
    ]

    @Test(arguments: rejected)
    func rejectsPathsThatCouldLeaveTheOutputFolder(_ path: String) {
        #expect(throws: OutputError.self) { try OutputPath(path) }
    }

    static let accepted: [String] = [
        "index.html",
        "zh/index.html",
        "en/indicators/women-1-1/index.html",
        "zh/指标/妇女与健康/1.1.html",
        "文件.svg",
        ".well-known/security.txt",
        "a~b/c~",
        "a..b/c.d.e",
        "with space/and-dash_underscore.html",
    ]

    @Test(arguments: accepted)
    func acceptsOrdinaryRelativePaths(_ path: String) throws {
        let checked = try OutputPath(path)
        #expect(checked.rawValue == path)
        #expect(checked.description == path)
        #expect(checked.components.joined(separator: "/") == path)
    }

    /// Lengths are counted in UTF-8 bytes, as the file system counts them: `界` is three.
    @Test func limitsComponentsTo255Bytes() throws {
        _ = try OutputPath("a/" + String(repeating: "x", count: 255))
        _ = try OutputPath(String(repeating: "界", count: 85))
        #expect(throws: OutputError.self) { try OutputPath("a/" + String(repeating: "x", count: 256)) }
        #expect(throws: OutputError.self) { try OutputPath(String(repeating: "界", count: 86)) }
    }

    @Test func limitsPathsTo4096Bytes() throws {
        let longest = Array(repeating: String(repeating: "x", count: 255), count: 15).joined(separator: "/")
            + "/" + String(repeating: "y", count: 254) + "/z"
        #expect(longest.utf8.count == 4096)
        _ = try OutputPath(longest)
        #expect(throws: OutputError.self) { try OutputPath(longest + "z") }
    }

    @Test func errorNamesTheReason() {
        #expect(throws: OutputError.invalidPath("../x", reason: "'..' components are not allowed")) {
            try OutputPath("../x")
        }
        #expect(throws: OutputError.invalidPath("/x", reason: "absolute paths are not allowed")) {
            try OutputPath("/x")
        }
    }

    @Test func errorEscapesControlCharactersInThePath() throws {
        do {
            _ = try OutputPath("a\u{1B}[2Jb\nc")
            Issue.record("a path with control characters was accepted")
        } catch {
            #expect(error.description == #"a\u{1B}[2Jb\nc: not a valid output path: control characters are not allowed"#)
        }
    }

    @Test func equalPathsAreEqual() throws {
        #expect(try OutputPath("zh/index.html") == OutputPath("zh/index.html"))
        #expect(try OutputPath("zh/index.html") != OutputPath("en/index.html"))
    }
}
