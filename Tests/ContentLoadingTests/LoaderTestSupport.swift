import ContentLoading
import Foundation
import SiteModel
import TestSupport
import Testing

/// Loads a fixture as `content/` and returns every diagnostic as printed, or the site where it loads.
enum LoadOutcome {
    case loaded(LoadedContent)
    case failed(ContentProblems)

    var site: Site? {
        if case .loaded(let content) = self { return content.site }
        return nil
    }

    /// Every diagnostic as printed: errors where loading failed, else warnings.
    var messages: [String] {
        switch self {
        case .loaded(let content): content.warnings.map(\.description)
        case .failed(let problems): problems.diagnostics.map(\.description)
        }
    }
}

/// - Parameter prepare: changes the written folder before loading, for bytes a `String` cannot hold.
func load(_ fixture: ContentFixture, prepare: (URL) throws -> Void = { _ in }) throws -> LoadOutcome {
    try fixture.withWrittenContent { directory in
        try prepare(directory)
        do throws(ContentProblems) {
            return .loaded(try ContentLoader(contentDirectory: directory, displayPath: "content").load())
        } catch {
            return .failed(error)
        }
    }
}

/// Loads `fixture`, which must fail with exactly one error whose printed form is `expected`.
func expectSingleError(
    _ fixture: ContentFixture, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let outcome = try load(fixture)
    guard case .failed(let problems) = outcome else {
        Issue.record("expected an error, but the content loaded", sourceLocation: sourceLocation)
        return
    }
    #expect(problems.errors.map(\.description) == [expected], sourceLocation: sourceLocation)
}

/// Loads `fixture`, which must load with exactly the warnings `expected` (as printed).
func expectWarnings(
    _ fixture: ContentFixture, _ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Site? {
    let outcome = try load(fixture)
    #expect(outcome.site != nil, "content did not load: \(outcome.messages)", sourceLocation: sourceLocation)
    #expect(outcome.messages == expected, sourceLocation: sourceLocation)
    return outcome.site
}

/// Loads `fixture`, which must fail with, among others, the error printed as `expected` (for problems that
/// have consequences elsewhere, such as a missing file).
func expectError(
    _ fixture: ContentFixture, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let outcome = try load(fixture)
    guard case .failed(let problems) = outcome else {
        Issue.record("expected an error, but the content loaded", sourceLocation: sourceLocation)
        return
    }
    #expect(
        problems.errors.map(\.description).contains(expected), "errors: \(problems.errors.map(\.description))",
        sourceLocation: sourceLocation)
}
