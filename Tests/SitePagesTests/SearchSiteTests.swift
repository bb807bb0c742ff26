import Foundation
import Testing
import TestSupport

@testable import SitePages

/// The search page and index of a built site, queried from the files as the script queries them.
@Suite struct SearchSiteTests {
    let site: SiteFiles

    init() throws { site = try RenderedSite.minimal() }

    /// What the script does: the shard of each term, then the entry files of the results; also the bytes fetched.
    static func query(_ query: String, in site: SiteFiles, _ language: String) throws -> (hrefs: [String], bytes: Int) {
        let page = site.page("\(language)/search.html")
        let shardCount = try #require(Int(HTMLScan.attributeValues("data-shards", in: page).first ?? ""))
        let chunkSize = try #require(Int(HTMLScan.attributeValues("data-chunk-size", in: page).first ?? ""))
        var fetched: Set<String> = []
        var found: [Int: Bool]?
        for term in SearchTokens.queryTerms(query) {
            let file = "\(language)/search/t\(SearchTokens.shard(of: term, shardCount: shardCount)).json"
            fetched.insert(file)
            let shard = try #require(
                try JSONSerialization.jsonObject(with: Data(site.files[file] ?? [])) as? [String: [Int]], "\(file)")
            var matches: [Int: Bool] = [:]
            for (key, values) in shard where term.kind == .word ? key.hasPrefix(term.text) : key == term.text {
                var entry = 0
                for value in values {
                    entry += value >> 1
                    matches[entry] = (matches[entry] ?? false) || value & 1 == 1
                }
            }
            found = found.map { previous in
                previous.reduce(into: [:]) { both, pair in
                    if let other = matches[pair.key] { both[pair.key] = pair.value && other }
                }
            } ?? matches
        }
        let ranked = (found ?? [:]).sorted { ($0.value ? 0 : 1, $0.key) < ($1.value ? 0 : 1, $1.key) }.map(\.key)
        var hrefs: [String] = []
        for entry in ranked.prefix(30) {
            let file = "\(language)/search/e\(entry / chunkSize).json"
            fetched.insert(file)
            let chunk = try #require(try JSONSerialization.jsonObject(with: Data(site.files[file] ?? [])) as? [[Any]])
            hrefs.append(try #require(chunk[entry % chunkSize][2] as? String))
        }
        return (hrefs, fetched.reduce(0) { $0 + (site.files[$1]?.count ?? 0) })
    }

    @Test(arguments: FixtureLanguage.both)
    func searchPageHasTheFormTheScriptAndAnAToZ(_ language: FixtureLanguage) throws {
        let page = site.page("\(language.code)/search.html")
        #expect(HTMLScan.attributeValues("src", in: page) == ["../assets/search.js"])
        #expect(page.contains("id=\"search-q\""))
        #expect(HTMLScan.attributeValues("action", in: page) == ["search.html", "search.html"], "the header form and the page form")
        #expect(page.contains("role=\"status\""))
        for id in ["az-indicators", "az-regions", "az-documents"] { #expect(page.contains("id=\"\(id)\"")) }
        #expect(page.contains("href=\"regions/621100.html\""))
        #expect(site.files["assets/search.js"] != nil)
    }

    @Test(arguments: FixtureLanguage.both)
    func everyPageHasAHeaderFormSendingToTheSearchPage(_ language: FixtureLanguage) {
        #expect(site.page("\(language.code)/index.html").contains("action=\"search.html\""))
        #expect(site.page("\(language.code)/indicators/maternal-mortality-ratio.html").contains("action=\"../search.html\""))
    }

    @Test func theAToZIsInFoldedCharacterOrder() {
        let english = site.page("en/search.html")
        let regions = english.components(separatedBy: "id=\"az-regions\"").last ?? ""
        let names = ["China", "Dingxi City", "Gansu Province", "Jiuquan City"]
        let positions = names.compactMap { regions.range(of: ">\($0)<")?.lowerBound }
        #expect(positions.count == 4 && positions == positions.sorted())
    }

    @Test func chineseFindsTheIndicatorByAnyPartOfItsName() throws {
        for query in ["死亡率", "孕产妇死亡", "孕产妇"] {
            let result = try Self.query(query, in: site, "zh")
            #expect(result.hrefs.first == "indicators/maternal-mortality-ratio.html", "\(query)")
        }
        let infant = try Self.query("死亡率", in: site, "zh")
        #expect(infant.hrefs.prefix(2) == ["indicators/maternal-mortality-ratio.html", "indicators/infant-mortality-rate.html"])
    }

    @Test func aRegionNameFindsTheRegionAndTheParagraphsThatNameIt() throws {
        let result = try Self.query("定西", in: site, "zh")
        #expect(result.hrefs.first == "regions/621100.html")
        #expect(result.hrefs.contains { $0.hasPrefix("documents/bulletin-2021.html#p") })
    }

    @Test func englishFindsByWordPrefixFoldingCase() throws {
        let result = try Self.query("MORTAL", in: site, "en")
        #expect(result.hrefs.prefix(2) == ["indicators/maternal-mortality-ratio.html", "indicators/infant-mortality-rate.html"])
        #expect(try Self.query("dingxi", in: site, "en").hrefs.first == "regions/621100.html")
    }

    @Test(arguments: ["死亡率", "定西", "mortality", "甘肃省妇女儿童"])
    func aQueryDownloadsLittle(_ query: String) throws {
        for language in ["zh", "en"] {
            #expect(try Self.query(query, in: site, language).bytes <= 50_000)
        }
    }

    /// Every entry of every entry file links to a page of the site, and a passage to an anchor that page has.
    @Test(arguments: FixtureLanguage.both)
    func everyResultLinksToAPageAndAnAnchorThatExist(_ language: FixtureLanguage) throws {
        let files = site.paths.filter { $0.hasPrefix("\(language.code)/search/e") }
        #expect(!files.isEmpty)
        var paragraphs = 0
        for file in files {
            let chunk = try #require(try JSONSerialization.jsonObject(with: Data(site.files[file] ?? [])) as? [[Any]])
            for entry in chunk {
                let href = try #require(entry[2] as? String)
                let parts = href.split(separator: "#", maxSplits: 1).map(String.init)
                let page = "\(language.code)/\(parts[0])"
                #expect(site.files[page] != nil, "\(file): \(href)")
                if parts.count == 2 {
                    paragraphs += 1
                    #expect(HTMLScan.ids(in: site[page]).contains(parts[1]), "\(file): \(href)")
                }
            }
        }
        #expect(paragraphs > 4, "paragraphs are entries")
    }
}
