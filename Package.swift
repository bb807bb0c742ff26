// swift-tools-version:6.0
import PackageDescription

// Stages of the one-way flow, each its own module:
// content files (ContentLoading) → validated model (SiteModel) → pages (SitePages) → files on disk (SiteOutput).
// SiteBuilder runs the stages; `almanac` is the command line around it.
let package = Package(
    name: "Almanac",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "almanac", targets: ["almanac"]),
        .library(name: "Plotting", targets: ["Plotting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // The system zlib, for the zips: deflate and CRC-32 (`ZipArchive`). Not `CZlib`, the name of ZIPFoundation's own.
        .systemLibrary(name: "CSystemZlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // Markdown prints only addresses that SiteModel's `WebAddress` accepts, the checker the loader uses too.
        .target(name: "Markdown", dependencies: ["CCmark", "SiteModel"]),
        .target(name: "Plotting"),
        // Office Open XML workbooks and zip archives of the downloads; Plotting's `MarkupEscaping` escapes their XML.
        // Zips are written by our own writer over zlib; nothing in `almanac` reads one.
        .target(name: "Spreadsheet", dependencies: ["Plotting", "CSystemZlib"]),
        .target(name: "SiteModel"),
        .target(
            name: "ContentLoading",
            dependencies: ["SiteModel", "Markdown", "YAMLSafety", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "SitePages",
            dependencies: [
                "SiteModel", "Markdown", "Plotting", "Spreadsheet", "YAMLSafety",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "SiteOutput"),
        .target(name: "YAMLSafety", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "SiteBuilder", dependencies: ["SiteModel", "ContentLoading", "SitePages", "SiteOutput", "ContentChecks"]),
        // The data-quality rules of `almanac check`; they read the model and the documents' paragraphs, no pages.
        .target(name: "ContentChecks", dependencies: ["SiteModel", "Markdown"]),
        // The preview server of `almanac serve`, apart so that no core module or its tests depend on FlyingFox.
        .target(
            name: "SiteServer",
            dependencies: [
                "SiteBuilder", "SiteModel", "SitePages", "Plotting", .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        // `almanac import opensdg`: reads another tool's repository and writes a content folder; it reuses the
        // loader's CSV reader but none of the pages.
        .target(
            name: "OpenSDGImport",
            dependencies: ["SiteModel", "ContentLoading", "YAMLSafety", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "almanac",
            dependencies: [
                "SiteBuilder", "SiteServer", "OpenSDGImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // ZIPFoundation reads back the zips the build writes (`ZipArchive.entries(of:)`), for the tests only.
        .target(
            name: "TestSupport",
            dependencies: ["SiteModel", "Spreadsheet", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TestSupport"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"], exclude: ["Goldens"]),
        .testTarget(name: "SiteModelTests", dependencies: ["SiteModel"]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "TestSupport"]),
        .testTarget(name: "ContentLoadingTests", dependencies: ["ContentLoading", "TestSupport"]),
        .testTarget(name: "SitePagesTests", dependencies: ["SitePages", "ContentLoading", "TestSupport", "Spreadsheet"]),
        .testTarget(name: "SiteOutputTests", dependencies: ["SiteOutput"]),
        .testTarget(name: "SiteBuilderTests", dependencies: ["SiteBuilder", "TestSupport", "Spreadsheet"]),
        .testTarget(name: "SiteServerTests", dependencies: ["SiteServer", "TestSupport"]),
        .testTarget(
            name: "OpenSDGImportTests", dependencies: ["OpenSDGImport", "ContentLoading", "SiteBuilder", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "ExampleContentTests", dependencies: ["ContentLoading", "Markdown", "TestSupport"]),
        .testTarget(name: "ContentChecksTests", dependencies: ["ContentChecks", "ContentLoading", "TestSupport"]),
    ]
)

// The libFuzzer targets of `make fuzz` (Fuzz/README.md), only when ALMANAC_FUZZ=1: they need `--sanitize=fuzzer`,
// which supplies their `main`, so the normal build and tests never compile them.
if Context.environment["ALMANAC_FUZZ"] == "1" {
    package.targets.append(.target(name: "FuzzSupport", path: "Fuzz/Sources/FuzzSupport"))
    let readers: [String: [Target.Dependency]] = [
        "fuzz-csv": ["ContentLoading"],
        "fuzz-site-yaml": ["ContentLoading"],
        "fuzz-front-matter": ["ContentLoading", "SiteModel"],
        "fuzz-numbers": ["ContentLoading", "SiteModel"],
        "fuzz-markdown": ["Markdown"],
    ]
    for (name, dependencies) in readers.sorted(by: { $0.key < $1.key }) {
        package.targets.append(
            .executableTarget(
                name: name, dependencies: ["FuzzSupport"] + dependencies, path: "Fuzz/Sources/\(name)",
                // libFuzzer's `main` runs the target; without this flag Swift would emit a `main` of its own.
                swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    }
}
