import ArgumentParser
import Foundation
import SiteBuilder
import SiteModel

/// `almanac build`: content/ → site/, atomically.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from a content folder.",
        discussion: """
            Reads every file of the content folder, reports every problem at once (file:line:column), and \
            writes the complete site. The previous site stays untouched unless the build succeeds.
            """
    )

    @Option(name: .long, help: "The content folder.")
    var content = "content"

    @Option(name: .long, help: "The folder to write the site into (replaced as a whole).")
    var output = "site"

    @Option(name: .long, help: "The theme folder (templates, i18n, static files).")
    var assets = "assets"

    @Option(name: .customLong("base-url"), help: "The address the site will be served from, for absolute links in the sitemap and feeds.")
    var baseURL: String?

    @Flag(name: .long, help: "Print errors only.")
    var quiet = false

    @Flag(name: .long, help: "Fail on warnings as on errors (the previous site stays).")
    var strict = false

    func run() throws {
        let builder = SiteBuilder(
            options: BuildOptions(
                contentDirectory: content, outputDirectory: output, assetsDirectory: assets, baseURL: baseURL,
                strict: strict))
        let progress = TerminalProgress(enabled: !quiet)
        do {
            let report = try builder.build(progress: progress.update) { notice in
                guard !quiet else { return }
                progress.finish()
                printError("warning: \(notice)")
            }
            progress.finish()
            if !quiet {
                for line in Diagnostic.printedLines(report.warnings) { printError(line) }
                print(report.summary(output: output.hasSuffix("/") ? output : output + "/"))
            }
        } catch {
            progress.finish()
            printError(error.description)
            let left = builder.previousSiteAside().map {
                "\(output)/ is missing; the previous site is in \($0), and the next build puts it back"
            } ?? "\(output)/ was left as it was"
            let errors = "\(error.errorCount) error\(error.errorCount == 1 ? "" : "s")"
            printError("build failed while \(error.stage): \(errors); \(left)")
            throw ExitCode.failure
        }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
