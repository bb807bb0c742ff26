import ArgumentParser

/// The `almanac` command: a static-site generator for public statistics.
@main
struct Almanac: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build bilingual statistics websites from CSV tables, YAML settings and Markdown documents.",
        subcommands: [Build.self, Check.self, Serve.self, Import.self, RebuildTiming.self],
        defaultSubcommand: nil
    )
}
