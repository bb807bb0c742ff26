import Testing
import TestSupport

/// The home page and the section indexes: indicators, regions, documents, data.
@Suite struct IndexPageTests {
    let site: SiteFiles

    init() throws { site = try RenderedSite.minimal() }

    /// Text of the element with `class="name"` (first one), tags removed.
    private func text(ofClass name: String, in page: String) -> String? {
        guard let start = page.range(of: "class=\"\(name)\"") else { return nil }
        let rest = page[start.upperBound...]
        guard let open = rest.firstIndex(of: ">") else { return nil }
        let body = rest[rest.index(after: open)...]
        return String(body.prefix { $0 != "<" })
    }

    @Test(arguments: FixtureLanguage.both)
    func homeShowsTitleStatisticsTargetsAndDocuments(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/index.html")
        #expect(page.contains("<h1>\(language.siteTitle)</h1>"))
        let values = page.components(separatedBy: "<span class=\"stat-value\">").dropFirst().map { $0.prefix { $0 != "<" } }
        // 4 indicators, 3 with data, 3 of 3 judged targets met in Gansu, 2 documents.
        #expect(values == ["4", "3", language.code == "zh" ? "3 / 3" : "3 of 3", "2"])
        #expect(page.contains(language.code == "zh" ? "15.07/10万" : "15.07 per 100,000"), "latest value with unit")
        #expect(page.contains("href=\"documents/bulletin-2021.html\""))
        #expect(page.contains("href=\"documents/jiuquan-report.html\""))
        #expect(page.contains("href=\"indicators/index.html#topic-women\""))
    }

    @Test(arguments: FixtureLanguage.both)
    func indicatorIndexGroupsIndicatorsByTopic(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/indicators/index.html")
        let ids = HTMLScan.ids(in: page)
        for topic in ["women", "women-health", "children", "children-health", "children-education"] {
            #expect(ids.contains("topic-\(topic)"))
        }
        for indicator in ["hospital-delivery-rate", "maternal-mortality-ratio", "infant-mortality-rate", "preschool-gross-enrolment"] {
            #expect(page.contains("href=\"\(indicator).html\""), "\(indicator)")
        }
        // Topic order is the file's; the indicators hang under their own topic.
        let women = page.range(of: "id=\"topic-women-health\"")!.lowerBound
        let children = page.range(of: "id=\"topic-children-health\"")!.lowerBound
        let mmr = page.range(of: "href=\"maternal-mortality-ratio.html\"")!.lowerBound
        let imr = page.range(of: "href=\"infant-mortality-rate.html\"")!.lowerBound
        #expect(women < mmr && mmr < children && children < imr)
        #expect(page.contains("status-no-data"), "the preschool indicator has no data")
    }

    @Test(arguments: FixtureLanguage.both)
    func regionIndexListsEveryRegionWithItsCounts(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/regions/index.html")
        for code in ["100000", "620000", "620900", "621100"] {
            #expect(page.contains("<a href=\"\(code).html\">"), "\(code)")
        }
        #expect(page.contains("<td>\(language.code == "zh" ? "市州" : "Prefecture")</td>"), "level through labels.csv")
    }

    /// Jiuquan has values for three indicators (hospital delivery, maternal mortality, infant mortality); the
    /// index must say 3, as the region's own page and the coverage map do, even though one of the three has
    /// too few values to judge its `decrease` target.
    @Test(arguments: FixtureLanguage.both)
    func regionIndexCountsIndicatorsWithDataLikeTheRegionPage(_ language: FixtureLanguage) throws {
        let page = site.page("\(language.code)/regions/index.html")
        let row = try #require(page.components(separatedBy: "<tr>").first { $0.contains("href=\"620900.html\"") })
        let cells = row.components(separatedBy: "<td class=\"num\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(cells.first == "3", "row: \(row)")
        let profile = site.page("\(language.code)/regions/620900.html")
        #expect(profile.contains("<dd>3</dd>"), "the profile says 3 too")
    }

    @Test(arguments: FixtureLanguage.both)
    func documentIndexListsDocumentsNewestFirstAndMarksOtherLanguages(_ language: FixtureLanguage) throws {
        let page = site.page("\(language.code)/documents/index.html")
        let bulletin = try #require(page.range(of: "href=\"bulletin-2021.html\""))
        let report = try #require(page.range(of: "href=\"jiuquan-report.html\""))
        #expect(bulletin.lowerBound < report.lowerBound, "2021-05-26 before 2021-05-10")
        let reportLanguages = HTMLScan.languages(ofText: "用情用力落实政府主体责任", in: page)
        #expect(reportLanguages == ["zh"], "the Chinese title is marked as Chinese on every page")
        if language.code == "en" {
            #expect(page.contains("not available in English"))
        }
    }

    @Test(arguments: FixtureLanguage.both)
    func dataPageExplainsEveryColumnOfEveryFile(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/data.html")
        #expect(page.contains("href=\"../data/downloads.zip\""), "the zip of every download")
        for file in ["all.csv", "indicators.csv", "regions.csv", "sources.csv"] {
            #expect(page.contains("href=\"../data/\(file)\""), "\(file)")
            #expect(page.contains("href=\"../data/\(file.replacingOccurrences(of: ".csv", with: ".xlsx"))\""), "\(file)")
            let header = CSVRows.parse(site["data/\(file)"]).first ?? []
            guard let section = HTMLScan.element(id: "f-\(file)", named: "h2", in: page).flatMap({ page.range(of: $0) }),
                let end = page[section.upperBound...].range(of: "</section>")
            else {
                Issue.record("no section for \(file)")
                continue
            }
            let explained = page[section.upperBound..<end.lowerBound].components(separatedBy: "<dt><code>").dropFirst()
                .map { String($0.prefix { $0 != "<" }) }
            #expect(explained == header, "\(file): every column explained, in order")
            let explanations = page[section.upperBound..<end.lowerBound].components(separatedBy: "<dd>").dropFirst()
                .map { String($0.prefix { $0 != "<" }) }
            #expect(explanations.allSatisfy { !$0.isEmpty })
        }
        #expect(page.contains("href=\"../data/datapackage.json\""))
        for indicator in ["hospital-delivery-rate", "maternal-mortality-ratio", "infant-mortality-rate"] {
            #expect(page.contains("href=\"../data/\(indicator).csv\""))
            #expect(page.contains("href=\"../data/\(indicator).json\""))
        }
        #expect(!page.contains("preschool-gross-enrolment.csv"), "no file for an indicator without data")
    }
}
