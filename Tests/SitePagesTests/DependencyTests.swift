import ContentLoading
import Foundation
import SiteModel
import SitePages
import Testing
import TestSupport

/// The plan's dependency graph is complete: changing any input — content file, theme file, or one that does not
/// exist yet — changes only files whose `dependencies` name it.
///
/// Each case changes one input so that the output changes, renders the whole site again and compares it with the
/// unchanged site, file by file. A file that changed (or appeared, or went) must name the input in the plan it
/// belongs to: a changed or new file in the new plan, a changed or removed one in the old. Files that name the
/// input yet did not change are over-approximation: allowed, counted and printed.
@Suite struct DependencyTests {
    struct Change: Sendable, CustomTestStringConvertible {
        var input: String
        var content: @Sendable (ContentFixture) -> ContentFixture = { $0 }
        /// A replacement in a file of a copy of the built-in theme: (path in the assets folder, old, new).
        var assets: (path: String, old: String, new: String)? = nil
        var testDescription: String { input }
    }

    static let changes: [Change] = [
        Change(input: "site.yml") { $0.replacing("en: Gansu Women", with: "en: Gansu Woman", in: "site.yml") },
        Change(input: "regions.csv") { $0.replacing("Dingxi City", with: "Dingxi Prefecture", in: "regions.csv") },
        Change(input: "topics.csv") { $0.replacing("Women and health", with: "Health of women", in: "topics.csv") },
        Change(input: "indicators.csv") {
            $0.replacing("Infant mortality rate,", with: "Infant deaths,", in: "indicators.csv")
        },
        Change(input: "sources.csv") { $0.replacing("Bulletin of the", with: "Report of the", in: "sources.csv") },
        Change(input: "labels.csv") { $0.replacing("Prefecture", with: "City", in: "labels.csv") },
        Change(input: "data/hospital-delivery-rate.csv") {
            // The home region falls below its target: statuses change on the home and index pages too.
            $0.replacing("620000,2020,99.6", with: "620000,2020,97.6", in: "data/hospital-delivery-rate.csv")
        },
        Change(input: "data/maternal-mortality-ratio.csv") {
            $0.replacing("620000,2017,14.45", with: "620000,2017,14.55", in: "data/maternal-mortality-ratio.csv")
        },
        Change(input: "data/infant-mortality-rate.csv") {
            $0.replacing("620000,2020,urban,3.10", with: "620000,2020,urban,3.20", in: "data/infant-mortality-rate.csv")
        },
        Change(input: "indicators/maternal-mortality-ratio.zh.md") {
            $0.replacing("孕产妇死亡", with: "孕产妇的死亡", in: "indicators/maternal-mortality-ratio.zh.md")
        },
        Change(input: "indicators/maternal-mortality-ratio.en.md") {
            $0.replacing("maternal deaths", with: "deaths of mothers", in: "indicators/maternal-mortality-ratio.en.md")
        },
        Change(input: "documents/bulletin-2021.zh.md") {
            $0.replacing("基本实现", with: "全面实现", in: "documents/bulletin-2021.zh.md")
        },
        Change(input: "documents/bulletin-2021.en.md") {
            $0.replacing("broadly met", with: "fully met", in: "documents/bulletin-2021.en.md")
        },
        Change(input: "documents/jiuquan-report.zh.md") {
            $0.replacing("title: 用情用力", with: "title: 用心用力", in: "documents/jiuquan-report.zh.md")
        },
        Change(input: "pages/about.zh.md") { $0.replacing("title: 关于本站", with: "title: 关于", in: "pages/about.zh.md") },
        Change(input: "pages/about.en.md") {
            $0.replacing("publishes the monitoring", with: "publishes monitoring", in: "pages/about.en.md")
        },
        // Inputs that do not exist yet.
        Change(input: "data/preschool-gross-enrolment.csv") {
            $0.with("data/preschool-gross-enrolment.csv", "region,year,value\n620000,2020,91.5\n620900,2020,88.0\n")
        },
        Change(input: "indicators/hospital-delivery-rate.en.md") {
            $0.with("indicators/hospital-delivery-rate.en.md", "Births in a hospital, per hundred births.\n")
        },
        Change(input: "documents/jiuquan-report.en.md") {
            $0.with(
                "documents/jiuquan-report.en.md",
                "---\ntitle: Jiuquan report\ndate: 2021-05-10\nkind: report\ntranslation: true\n---\nIn Jiuquan.\n")
        },
        Change(input: "documents/new-note.zh.md") {
            $0.with("documents/new-note.zh.md", "---\ntitle: 新的说明\ndate: 2022-01-05\nkind: report\n---\n说明。\n")
        },
        Change(input: "pages/method.en.md") { $0.with("pages/method.en.md", "---\ntitle: Method\n---\nHow.\n") },
        Change(input: "theme:i18n/en.yml") { $0.with("i18n/en.yml", "nav:\n  regions: Places\n") },
        Change(input: "theme:templates/partials/status.mustache") {
            $0.with("templates/partials/status.mustache", "<span class=\"status\">{{text}}</span>")
        },
        Change(input: "theme:static/extra.txt") { $0.with("static/extra.txt", "extra\n") },
        // Files of the theme.
        Change(input: "theme:templates/layout.mustache", assets: ("templates/layout.mustache", "<main", "<main data-x")),
        Change(
            input: "theme:templates/partials/chart-figure.mustache",
            assets: ("templates/partials/chart-figure.mustache", "class=\"chart-figure\"", "class=\"chart-figure x\"")),
        Change(
            input: "theme:templates/document-chart.mustache",
            assets: ("templates/document-chart.mustache", "{{#figure}}", "<!-- chart -->{{#figure}}")),
        Change(input: "theme:templates/root.mustache", assets: ("templates/root.mustache", "<head>", "<head><!-- r -->")),
        Change(input: "theme:i18n/zh.yml", assets: ("i18n/zh.yml", "enter: 进入中文网站", "enter: 进入网站")),
        Change(input: "theme:static/almanac.css", assets: ("static/almanac.css", "legible", "readable")),
    ]

    /// The minimal fixture's files with the inputs each names.
    struct Built {
        var bytes: [String: [UInt8]]
        var dependencies: [String: [String]]

        func names(_ path: String, _ input: String) -> Bool {
            dependencies[path]?.contains { InputName.dependency($0, names: input) } ?? false
        }
    }

    static func build(_ fixture: ContentFixture, assets: URL = PackagePaths.assets) throws -> Built {
        try fixture.withWrittenContent { content in
            let loaded = try ContentLoader(contentDirectory: content, displayPath: "content").load()
            let theme = try Theme.load(
                assets: assets.path, overrides: content.path, languages: loaded.site.settings.languages)
            let plan = SitePlan(context: SiteContext(site: loaded.site, theme: theme))
            var built = Built(bytes: [:], dependencies: [:])
            for file in plan.files {
                built.bytes[file.path] = try file.render()
                built.dependencies[file.path] = file.dependencies
            }
            return built
        }
    }

    static let baseline = Result { try build(.minimal()) }

    @Test(arguments: changes) func onlyFilesNamingAChangedInputChange(_ change: Change) throws {
        let before = try Self.baseline.get()
        let after: Built
        if let edit = change.assets {
            after = try withTemporaryDirectory { folder in
                let assets = folder.appendingPathComponent("assets")
                try FileManager.default.copyItem(at: PackagePaths.assets, to: assets)
                let file = assets.appendingPathComponent(edit.path)
                let text = try String(contentsOf: file, encoding: .utf8)
                #expect(text.contains(edit.old), "\(edit.path) does not contain \(edit.old)")
                try Data(text.replacingOccurrences(of: edit.old, with: edit.new).utf8).write(to: file)
                return try Self.build(.minimal(), assets: assets)
            }
        } else {
            after = try Self.build(change.content(.minimal()))
        }

        let paths = Set(before.bytes.keys).union(after.bytes.keys).sorted()
        let changed = paths.filter { before.bytes[$0] != after.bytes[$0] }
        #expect(!changed.isEmpty, "the change of \(change.input) changes no file: the test changes nothing")
        let unnamed = changed.filter { path in
            (before.bytes[path] != nil && !before.names(path, change.input))
                || (after.bytes[path] != nil && !after.names(path, change.input))
        }
        #expect(unnamed.isEmpty, "changed without naming \(change.input): \(unnamed)")

        let naming = paths.filter { after.bytes[$0] != nil && after.names($0, change.input) }
        let unchanged = naming.filter { !changed.contains($0) }
        print(
            "dependency \(change.input): \(changed.count) of \(paths.count) files changed, \(naming.count) name it,"
                + " \(unchanged.count) of those unchanged")
    }

    @Test func contentFilesInThemeFoldersAreNamedAsTheThemeFilesTheyOverride() {
        #expect(InputName.contentFile("templates/partials/table.mustache") == "theme:templates/partials/table.mustache")
        #expect(InputName.contentFile("i18n/en.yml") == InputName.assetsFile("i18n/en.yml"))
        #expect(InputName.contentFile("data/a.csv") == "data/a.csv")
        #expect(InputName.contentFile("site.yml") == "site.yml")
        #expect(InputName.dependency("documents/", names: "documents/new.zh.md"))
        #expect(!InputName.dependency("data/a.csv", names: "data/ab.csv"))
        #expect(InputName.dependency("data/a.csv#region=620000", names: "data/a.csv"))
        #expect(InputName.dependency("data/a.csv", names: "data/a.csv#period=2020"))
        #expect(!InputName.dependency("data/a.csv#period=2019", names: "data/a.csv#period=2020"))
        #expect(InputName.dependency("documents/a.zh.md", names: "documents/"))
    }

    @Test func aTemplateNamesTheTemplatesItUsesThroughOthers() throws {
        let theme = try Theme.load(assets: PackagePaths.assets.path, overrides: nil, languages: [LanguageCode("en")])
        #expect(
            theme.templateInputs("region-index") == [
                "theme:templates/layout.mustache", "theme:templates/partials/chart-figure.mustache",
                "theme:templates/partials/social.mustache", "theme:templates/region-index.mustache",
            ])
    }
}
