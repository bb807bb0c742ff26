import ArgumentParser
import Foundation
import OpenSDGImport

/// `almanac import`: content folders from other tools' repositories.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a content folder from another tool's data repository.",
        subcommands: [ImportOpenSDG.self]
    )
}

/// `almanac import opensdg SOURCE --output CONTENT`.
struct ImportOpenSDG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opensdg",
        abstract: "Import an Open SDG data repository (data/, meta/, translations/) as a content folder.",
        discussion: """
            Reads the repository as it is and writes a new content folder that `almanac build` builds. Prints what \
            was imported, every row left out with its reason, and the texts missing in a language. See \
            docs/import-opensdg.md.
            """
    )

    @Argument(help: "The Open SDG data repository (a folder).")
    var source: String

    @Option(name: .long, help: "The content folder to write (must not exist or be empty).")
    var output: String

    @Option(name: .long, help: "The site's languages, comma-separated, the default first (default: config_data.yml's).")
    var languages: String?

    @Option(name: .long, help: "A further translations folder (<lang>/<group>.yml), e.g. sdg-translations/translations.")
    var translations: [String] = []

    @Flag(name: .customLong("fill-missing"), help: "Write the default language's text where a translation is missing.")
    var fillMissing = false

    @Option(name: .customLong("home-code"), help: "Region code for rows without a GeoCode.")
    var homeCode = "national"

    @Option(name: .customLong("home-name"), help: "Name of that region in the default language (translated where the repository can).")
    var homeName = "National"

    @Option(name: .long, help: "The site's title in the default language (default: Open SDG's site title).")
    var title: String?

    func run() throws {
        let options = OpenSDGImportOptions(
            source: URL(fileURLWithPath: source), output: URL(fileURLWithPath: output),
            languages: languages.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } },
            translationFolders: translations.map { URL(fileURLWithPath: $0) }, fillMissing: fillMissing,
            homeCode: homeCode, homeName: homeName, title: title)
        do {
            let summary = try OpenSDGImporter.run(options)
            for line in summary.lines { print(line) }
            print("Wrote \(output)/; build it with: almanac build --content \(output)")
        } catch {
            printError(error.description)
            throw ExitCode.failure
        }
    }
}
