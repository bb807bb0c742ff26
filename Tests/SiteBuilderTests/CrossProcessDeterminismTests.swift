import Foundation
import Testing
import TestSupport

/// The same content gives byte-identical sites from separate runs of `almanac`.
///
/// Swift seeds its hashing afresh in every process, so dictionary order differs only between processes: a build
/// that lets it reach a file (placeholders filled in dictionary order did) gives the same bytes twice in one
/// process and different bytes in the next. Hence each build here is its own process, with hashing left random.
/// (The old filler failed the placeholder fixture on every try: each dictionary also seeds its order by its own
/// storage, so the many pages of one build toss many coins.)
@Suite(.serialized) struct CrossProcessDeterminismTests {
    /// The minimal fixture with names holding the placeholders of the texts they are put into
    /// (`{name}: regions compared, {period}`), so a filler that fills a value again shows through.
    static var placeholderFixture: ContentFixture {
        ContentFixture.minimal()
            .replacing("住院分娩率,Hospital delivery rate,", with: "住院分娩率{period},Rate {period} {unit},", in: "indicators.csv")
            .replacing("Maternal mortality ratio,", with: "\"{name}, {period}\",", in: "indicators.csv")
            .replacing("Jiuquan City,酒泉,Jiuquan,", with: "{region} City,酒泉,{name},", in: "regions.csv")
    }

    @Test func theExampleSiteIsByteIdenticalFromTwoProcesses() throws {
        try expectIdenticalBuilds(content: PackagePaths.root.appendingPathComponent("content"), runs: 2)
    }

    @Test func namesWithPlaceholdersAreByteIdenticalFromTwoProcesses() throws {
        try withTemporaryDirectory { folder in
            let content = folder.appendingPathComponent("content")
            try Self.placeholderFixture.write(to: content)
            try expectIdenticalBuilds(content: content, runs: 2)
        }
    }

    /// Builds `content` `runs` times, each by its own `almanac` process into its own folder, and compares every byte.
    private func expectIdenticalBuilds(content: URL, runs: Int) throws {
        let almanac = try AlmanacCommand.require()
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = nil
        try withTemporaryDirectory { folder in
            var sites: [SiteFiles] = []
            for run in 1...runs {
                let outcome = try almanac.run(
                    [
                        "build", "--quiet", "--content", content.path, "--assets", PackagePaths.assets.path,
                        "--output", "site\(run)",
                    ], in: folder, replacingEnvironment: environment)
                try #require(outcome.status == 0, "run \(run): \(outcome.stderr)")
                sites.append(try SiteFiles(readingFolder: folder.appendingPathComponent("site\(run)")))
            }
            let first = sites[0]
            #expect(first.files.count > 80)
            // Zips hold dates and an order of their own: the workbooks and the downloads zip are compared too.
            #expect(first.files.keys.contains { $0.hasSuffix(".xlsx") } && first.files["data/downloads.zip"] != nil)
            for (index, other) in sites.enumerated().dropFirst() {
                let paths = Set(first.files.keys).union(other.files.keys)
                let differing = paths.filter { first.files[$0] != other.files[$0] }.sorted()
                #expect(differing.isEmpty, "run \(index + 1) differs from run 1 in \(differing.count) files: \(differing.prefix(10))")
            }
        }
    }
}
