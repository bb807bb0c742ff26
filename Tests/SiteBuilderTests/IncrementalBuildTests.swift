import Foundation
import SiteBuilder
import Testing
import TestSupport

/// An incremental rebuild leaves the site byte-identical to a full build of the changed inputs.
@Suite struct IncrementalBuildTests {
    struct Change: Sendable, CustomTestStringConvertible {
        var name: String
        /// The inputs reported as changed, by `InputName`.
        var inputs: Set<String>
        var content: @Sendable (ContentFixture) -> ContentFixture = { $0 }
        /// A replacement in the workspace's copy of the theme: (path in the assets folder, old, new).
        var assets: (path: String, old: String, new: String)? = nil
        var testDescription: String { name }
    }

    static let changes: [Change] = [
        Change(name: "data value", inputs: ["data/hospital-delivery-rate.csv"]) {
            $0.replacing("620000,2020,99.6", with: "620000,2020,97.6", in: "data/hospital-delivery-rate.csv")
        },
        Change(name: "data value of a region", inputs: ["data/maternal-mortality-ratio.csv"]) {
            $0.replacing("621100,2020,16.4", with: "621100,2020,19.4", in: "data/maternal-mortality-ratio.csv")
        },
        Change(name: "data value of a past year", inputs: ["data/maternal-mortality-ratio.csv"]) {
            $0.replacing("100000,2018,18.3", with: "100000,2018,18.0", in: "data/maternal-mortality-ratio.csv")
        },
        Change(name: "new period", inputs: ["data/maternal-mortality-ratio.csv"]) {
            $0.replacing(
                "100000,2020,16.9,,,,\n", with: "100000,2020,16.9,,,,\n100000,2021,16.0,,,,\n",
                in: "data/maternal-mortality-ratio.csv")
        },
        Change(name: "document edit", inputs: ["documents/bulletin-2021.en.md"]) {
            $0.replacing("broadly met", with: "fully met", in: "documents/bulletin-2021.en.md")
        },
        Change(name: "new document", inputs: ["documents/new-note.zh.md"]) {
            $0.with("documents/new-note.zh.md", "---\ntitle: 新的说明\ndate: 2022-01-05\nkind: report\n---\n说明。\n")
        },
        Change(
            name: "deleted page", inputs: ["pages/about.zh.md", "pages/about.en.md", "documents/jiuquan-report.zh.md"]
        ) {
            $0.with("pages/about.zh.md", nil).with("pages/about.en.md", nil)
                .replacing("，方法见[关于](page:about)", with: "", in: "documents/jiuquan-report.zh.md")
        },
        Change(name: "deleted indicator", inputs: ["indicators.csv", "data/infant-mortality-rate.csv"]) {
            let row =
                "infant-mortality-rate,children-health,婴儿死亡率,Infant mortality rate,per_mille,2,lower,decrease,,,"
                + "婴儿死亡率持续下降,Infant mortality keeps falling,,\n"
            return $0.replacing(row, with: "", in: "indicators.csv").with("data/infant-mortality-rate.csv", nil)
        },
        Change(name: "headline chosen", inputs: ["indicators.csv"]) {
            $0.replacing(
                "婴儿死亡率持续下降,Infant mortality keeps falling,,\n",
                with: "婴儿死亡率持续下降,Infant mortality keeps falling,,area=urban\n", in: "indicators.csv")
        },
        Change(
            name: "theme string", inputs: ["theme:i18n/en.yml"],
            assets: ("i18n/en.yml", "regions: Regions", "regions: Places")),
        Change(name: "theme string override", inputs: ["theme:i18n/en.yml"]) {
            $0.with("i18n/en.yml", "nav:\n  regions: Places\n")
        },
        Change(name: "template", inputs: ["theme:templates/partials/chart-figure.mustache"],
            assets: ("templates/partials/chart-figure.mustache", "class=\"chart-figure\"", "class=\"chart-figure x\"")),
    ]

    /// The workspace with its own copy of the theme, so a test may change it.
    private func options(_ workspace: BuildWorkspace, output: URL? = nil) -> BuildOptions {
        workspace.options(output: output, assets: workspace.root.appendingPathComponent("assets"))
    }

    private func differences(_ a: SiteFiles, _ b: SiteFiles) -> [String] {
        Set(a.files.keys).union(b.files.keys).filter { a.files[$0] != b.files[$0] }.sorted()
    }

    @Test(arguments: changes) func rebuildEqualsAFullBuild(_ change: Change) throws {
        try BuildWorkspace.with { workspace in
            let assets = workspace.root.appendingPathComponent("assets")
            try FileManager.default.copyItem(at: PackagePaths.assets, to: assets)
            try workspace.write(.minimal())
            let incremental = try IncrementalBuilder(options: options(workspace))
            let before = try workspace.outputFiles()

            try workspace.write(change.content(.minimal()))
            if let edit = change.assets {
                let file = assets.appendingPathComponent(edit.path)
                let text = try String(contentsOf: file, encoding: .utf8)
                #expect(text.contains(edit.old))
                try Data(text.replacingOccurrences(of: edit.old, with: edit.new).utf8).write(to: file)
            }
            let report = try incremental.rebuild(changed: change.inputs)

            let full = workspace.root.appendingPathComponent("full")
            try SiteBuilder(options: options(workspace, output: full)).build()
            let expected = try workspace.outputFiles(full)
            let rebuilt = try workspace.outputFiles()
            #expect(differences(rebuilt, expected).isEmpty, "\(differences(rebuilt, expected))")
            #expect(!differences(before, expected).isEmpty, "the change changes the site")
            #expect(report.rewritten.count < expected.files.count, "not everything is rendered again")
            let changed = Set(differences(before, expected))
            #expect(changed.isSubset(of: Set(report.rewritten + report.removed)))
            if change.name == "data value of a region" {
                // The profiles of the other regions do not show Dingxi's figures.
                #expect(report.rewritten.contains("en/regions/621100.html"))
                #expect(!report.rewritten.contains("en/regions/620900.html"))
            }
            if change.name == "data value of a past year" {
                // Statuses on later comparisons are made of earlier years; the earlier ones stay as they were.
                #expect(report.rewritten.contains("en/compare/maternal-mortality-ratio/2019.html"))
                #expect(!report.rewritten.contains("en/compare/maternal-mortality-ratio/2017.html"))
            }
            print("incremental \(change.name): \(report.rewritten.count) files rewritten, \(report.removed.count) removed, "
                + "\(changed.count) changed, of \(expected.files.count)")
        }
    }

    /// A rebuild that fails on a content error changes nothing; the rebuild after the fix also renders what
    /// the failed one was asked to.
    @Test func aFailedRebuildLeavesItsChangesToTheNext() throws {
        try BuildWorkspace.with { workspace in
            try FileManager.default.copyItem(at: PackagePaths.assets, to: workspace.root.appendingPathComponent("assets"))
            try workspace.write(.minimal())
            let incremental = try IncrementalBuilder(options: options(workspace))
            let before = try workspace.outputFiles()

            let edited = ContentFixture.minimal().replacing(
                "620000,2020,99.6", with: "620000,2020,97.6", in: "data/hospital-delivery-rate.csv")
            try workspace.write(edited.replacing("Dingxi City", with: "Dingxi City,extra", in: "regions.csv"))
            #expect(throws: BuildFailure.self) {
                try incremental.rebuild(changed: ["data/hospital-delivery-rate.csv", "regions.csv"])
            }
            #expect(differences(before, try workspace.outputFiles()).isEmpty)

            try workspace.write(edited)
            try incremental.rebuild(changed: ["regions.csv"])
            let full = workspace.root.appendingPathComponent("full")
            try SiteBuilder(options: options(workspace, output: full)).build()
            #expect(differences(try workspace.outputFiles(), try workspace.outputFiles(full)).isEmpty)
        }
    }

    @Test func adoptingABuiltSiteWritesNothingUntilARebuild() throws {
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            try workspace.build()
            let incremental = try IncrementalBuilder(adopting: workspace.options())
            let report = try incremental.rebuild(changed: ["pages/about.en.md"])
            #expect(report.rewritten.contains("en/pages/about.html"))
            #expect(!report.rewritten.contains("data/all.csv"))
        }
    }

    /// A preview server defers the whole-site downloads: the rebuild leaves them, `renderDeferred` writes them,
    /// and the site is then what a full build makes; a rebuild that comes first writes them itself.
    @Test func deferredFilesAreWrittenLaterOrByTheNextRebuild() throws {
        try BuildWorkspace.with { workspace in
            try FileManager.default.copyItem(at: PackagePaths.assets, to: workspace.root.appendingPathComponent("assets"))
            try workspace.write(.minimal())
            let incremental = try IncrementalBuilder(options: options(workspace))
            let allData = "data/all.csv"
            let before = try workspace.outputFiles().files[allData]
            let edited = ContentFixture.minimal().replacing(
                "620000,2020,99.6", with: "620000,2020,97.6", in: "data/hospital-delivery-rate.csv")
            try workspace.write(edited)
            let report = try incremental.rebuild(changed: ["data/hospital-delivery-rate.csv"]) {
                $0.path.hasPrefix("data/all.")
            }
            // The zip is made of the written downloads: it waits for them.
            #expect(report.deferred.sorted() == ["data/all.csv", "data/all.xlsx", "data/downloads.zip"])
            #expect(!report.rewritten.contains(allData))
            #expect(try workspace.outputFiles().files[allData] == before)

            // The next rebuild, of an unrelated input, writes what the previous one deferred.
            let next = try incremental.rebuild(changed: ["pages/about.en.md"])
            #expect(next.rewritten.contains(allData))
            let full = workspace.root.appendingPathComponent("full")
            try SiteBuilder(options: options(workspace, output: full)).build()
            #expect(differences(try workspace.outputFiles(), try workspace.outputFiles(full)).isEmpty)

            try workspace.write(ContentFixture.minimal())
            _ = try incremental.rebuild(changed: ["data/hospital-delivery-rate.csv"]) { $0.path.hasPrefix("data/all.") }
            #expect(try incremental.renderDeferred().sorted() == ["data/all.csv", "data/all.xlsx", "data/downloads.zip"])
            #expect(try workspace.outputFiles().files[allData] == before)
            #expect(try incremental.renderDeferred().isEmpty)
        }
    }

    /// A server writes the deferred pages before the deferred downloads: a subset is written and the rest kept,
    /// and the zip, made of the written downloads, waits until none of them is left.
    @Test func deferredFilesAreWrittenInParts() throws {
        try BuildWorkspace.with { workspace in
            try FileManager.default.copyItem(at: PackagePaths.assets, to: workspace.root.appendingPathComponent("assets"))
            try workspace.write(.minimal())
            let incremental = try IncrementalBuilder(options: options(workspace))
            let edited = ContentFixture.minimal().replacing(
                "620000,2020,99.6", with: "620000,2020,97.6", in: "data/hospital-delivery-rate.csv")
            try workspace.write(edited)
            let report = try incremental.rebuild(changed: ["data/hospital-delivery-rate.csv"]) {
                $0.kind != .asset
            }
            let pages = report.deferred.filter { $0.hasSuffix(".html") }
            #expect(!pages.isEmpty)
            #expect(report.deferred.contains("data/downloads.zip"))

            // Everything but the zip's own inputs and the zip: the zip must wait.
            let first = try incremental.renderDeferred { $0.path.hasSuffix(".html") || $0.path == "data/downloads.zip" }
            #expect(first.sorted() == pages.sorted())
            #expect(try incremental.renderDeferred { !$0.path.hasPrefix("data/all.") }.contains("data/downloads.zip") == false)
            let rest = try incremental.renderDeferred()
            #expect(rest.contains("data/downloads.zip"))
            #expect(try incremental.renderDeferred().isEmpty)

            let full = workspace.root.appendingPathComponent("full")
            try SiteBuilder(options: options(workspace, output: full)).build()
            #expect(differences(try workspace.outputFiles(), try workspace.outputFiles(full)).isEmpty)
        }
    }
}
