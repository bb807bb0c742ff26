import ArgumentParser
import Foundation
import SiteBuilder
import SiteModel

/// `almanac check`: everything a build checks, and the data-quality rules, without writing a site.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and the theme without building.",
        discussion: """
            Loads the content and the theme as a build does, runs the data-quality checks (values against their \
            units, cited paragraphs, claims, outliers, targets) and prints what it finds. Writes nothing. Exits 1 \
            on errors, and with --strict on warnings too. The json and github formats are described in \
            docs/check-output.md.
            """
    )

    @Option(name: .long, help: "The content folder.")
    var content = "content"

    @Option(name: .long, help: "The theme folder (templates, i18n, static files).")
    var assets = "assets"

    @Option(name: .long, help: "text (file:line:column: severity: message), json (one object per line) or github (Actions annotations).")
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: "Fail (exit 1) on warnings too.")
    var strict = false

    func run() throws {
        let report = SiteBuilder(options: BuildOptions(contentDirectory: content, assetsDirectory: assets)).check()
        switch format {
        case .text:
            // The diagnostics are what the command makes, so they go to stdout (the build prints them to stderr).
            for line in Diagnostic.printedLines(report.diagnostics) { print(line) }
            print("Checked \(content)/: \(report.summary)")
        case .json, .github:
            // Machine formats: every diagnostic, uncapped, one per line on stdout, nothing else.
            for diagnostic in report.diagnostics { print(diagnostic.lines(format).joined(separator: "\n")) }
        }
        if report.errors > 0 || (strict && report.warnings > 0) { throw ExitCode.failure }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
