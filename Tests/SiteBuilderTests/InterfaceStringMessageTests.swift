import Foundation
import Testing
import TestSupport

/// Mistakes in a site's interface-string overrides reach the user as located messages, warnings and errors alike.
@Suite struct InterfaceStringMessageTests {
    private let arguments = ["build", "--content", "content", "--output", "site", "--assets", PackagePaths.assets.path]

    @Test func anUnknownKeyIsAWarningOfTheBuild() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal().with("i18n/en.yml", "# Our words\nnav:\n  hom: Start\n"))
            let outcome = try almanac.run(arguments, in: workspace.root)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("content/i18n/en.yml:3:3: warning: unknown interface string 'nav.hom'"), "\(outcome.stderr)")
            #expect(outcome.stdout.contains("with 1 warning"), "\(outcome.stdout)")
        }
    }

    @Test func aListForATextStopsTheBuildWithItsPlace() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal().with("i18n/en.yml", "nav:\n  hom: Start\n  home: [a, b]\n"))
            let outcome = try almanac.run(arguments, in: workspace.root)
            #expect(outcome.status != 0)
            #expect(outcome.stderr.contains("content/i18n/en.yml:3:9: error: interface string 'nav.home' must be a text, not a list"), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("content/i18n/en.yml:2:3: warning: unknown interface string 'nav.hom'"), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("build failed while loading the theme: 1 error;"), "\(outcome.stderr)")
        }
    }
}
