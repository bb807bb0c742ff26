import Foundation
import SiteModel
import Testing
import TestSupport

/// The data files: tidy CSV per indicator and for the site, workbooks, JSON, and the data package.
@Suite struct DownloadTests {
    let site: SiteFiles

    init() throws { site = try RenderedSite.minimal() }

    private static let observationHeader =
        "indicator_id,region_code,region_name_zh,region_name_en,year,value,unit,flag,note_zh,note_en,source"

    private var csvFiles: [String] {
        site.paths.filter { $0.hasPrefix("data/") && $0.hasSuffix(".csv") }
    }

    @Test func indicatorCSVIsTidyLongFormWithValuesAsWritten() throws {
        let bytes = try #require(site.files["data/maternal-mortality-ratio.csv"])
        #expect(Array(bytes.prefix(3)) != [0xEF, 0xBB, 0xBF], "no byte order mark")
        let text = try #require(String(validating: bytes, as: UTF8.self), "valid UTF-8")
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.first == Self.observationHeader)
        #expect(lines.last == "", "every line ends in CRLF")
        #expect(lines.count == 1 + 10 + 1, "one row per observation")
        #expect(lines.contains(
            "maternal-mortality-ratio,620000,甘肃省,Gansu Province,2020,15.07,per_100k,,\"较2017年上升,需关注\",\"Higher than in 2017, to be watched\",bulletin-2021#p2"))
        #expect(lines.contains("maternal-mortality-ratio,620000,甘肃省,Gansu Province,2019,,per_100k,M,,,"), "missing value: empty with flag M")
        #expect(lines.contains("maternal-mortality-ratio,100000,全国,China,2017,19.6,per_100k,,,,"), "19.6 stays 19.6")
        #expect(!text.contains("15.069999"))
    }

    @Test func dimensionColumnsFollowTheFlag() throws {
        let text = try #require(site.text("data/infant-mortality-rate.csv"))
        let records = CSVRows.records(text)
        #expect(CSVRows.parse(text).first == Self.observationHeader.replacingOccurrences(of: ",flag,", with: ",flag,area,").split(separator: ",").map(String.init))
        let gansu2020 = records.filter { $0["region_code"] == "620000" && $0["year"] == "2020" }
        #expect(Set(gansu2020.map { $0["area"] ?? "?" }) == ["", "urban", "rural"])
        #expect(gansu2020.first { $0["area"] == "urban" }?["value"] == "3.10", "trailing zero kept")
    }

    @Test func everyCSVHasAWorkbookBesideIt() throws {
        for file in csvFiles {
            let workbook = try #require(site.files[file.replacingOccurrences(of: ".csv", with: ".xlsx")], "\(file)")
            #expect(workbook.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip: \(file)")
        }
        #expect(csvFiles.count == 7, "3 indicators with data + all, indicators, regions, sources")
        #expect(!site.paths.contains { $0.hasSuffix(".excel.csv") }, "the workbooks replace the BOM copies")
    }

    @Test func allCSVHoldsEveryObservationOfEveryIndicator() throws {
        let all = CSVRows.records(try #require(site.text("data/all.csv")))
        #expect(all.count == 8 + 10 + 8)
        func key(_ record: [String: String]) -> String {
            ["indicator_id", "region_code", "year", "area", "value", "flag", "source"].map { record[$0] ?? "" }.joined(separator: "|")
        }
        let allKeys = Set(all.map(key))
        for indicator in ["hospital-delivery-rate", "maternal-mortality-ratio", "infant-mortality-rate"] {
            let own = CSVRows.records(try #require(site.text("data/\(indicator).csv")))
            for record in own {
                #expect(allKeys.contains(key(record)), "\(indicator): \(record)")
            }
        }
    }

    @Test func siteTablesListIndicatorsRegionsAndSources() throws {
        let indicators = CSVRows.records(try #require(site.text("data/indicators.csv")))
        #expect(indicators.map { $0["id"] ?? "" } == [
            "hospital-delivery-rate", "maternal-mortality-ratio", "infant-mortality-rate", "preschool-gross-enrolment",
        ])
        let mmr = try #require(indicators.first { $0["id"] == "maternal-mortality-ratio" })
        #expect(mmr["name_en"] == "Maternal mortality ratio")
        #expect(mmr["target_value"] == "18")
        #expect(mmr["target_text_en"] == "Maternal mortality ratio at or below 18 per 100,000")
        #expect(mmr["observations"] == "10")
        let regions = CSVRows.records(try #require(site.text("data/regions.csv")))
        #expect(regions.map { $0["code"] ?? "" } == ["100000", "620000", "620900", "621100"])
        #expect(regions.first { $0["code"] == "620900" }?["parent"] == "620000")
        let sources = CSVRows.records(try #require(site.text("data/sources.csv")))
        #expect(sources.count == 1)
        #expect(sources.first?["url"] == "https://example.org/bulletin-2021.pdf")
        #expect(sources.first?["document"] == "bulletin-2021")
    }

    @Test func indicatorJSONParsesAndHoldsTheValuesAsWritten() throws {
        let text = try #require(site.text("data/maternal-mortality-ratio.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "maternal-mortality-ratio")
        let observations = try #require(object["observations"] as? [[String: Any]])
        #expect(observations.count == 10)
        let latest = try #require(observations.first { $0["region"] as? String == "620000" && $0["year"] as? String == "2020" })
        #expect((latest["value"] as? NSNumber)?.doubleValue == 15.07)
        #expect(latest["source"] as? String == "bulletin-2021#p2")
        let missing = try #require(observations.first { $0["region"] as? String == "620000" && $0["year"] as? String == "2019" })
        #expect(missing["value"] is NSNull)
        #expect(missing["flag"] as? String == "M")
        #expect(text.contains("\"value\":15.07,"), "the number as written")
        let infant = try #require(site.text("data/infant-mortality-rate.json"))
        #expect(infant.contains("\"value\":3.10,"))
    }

    /// Compact, and an observation carries only the keys it has something for: at a million observations the
    /// indentation and the empty flag, dimensions and notes were most of the file.
    @Test func indicatorJSONIsCompactAndLeavesOutEmptyKeys() throws {
        let text = try #require(site.text("data/maternal-mortality-ratio.json"))
        #expect(!text.dropLast().contains("\n"), "one line")
        #expect(!text.contains("\": "), "no space after a key")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let observations = try #require(object["observations"] as? [[String: Any]])
        let plain = try #require(observations.first { $0["region"] as? String == "100000" && $0["year"] as? String == "2017" })
        #expect(Set(plain.keys) == ["region", "year", "value"], "\(plain)")
        let missing = try #require(observations.first { $0["region"] as? String == "620000" && $0["year"] as? String == "2019" })
        #expect(Set(missing.keys) == ["region", "year", "value", "flag"], "a missing value is null, not left out")
        let noted = try #require(observations.first { $0["region"] as? String == "620000" && $0["year"] as? String == "2020" })
        #expect(noted["note"] as? [String: String] == ["zh": "较2017年上升,需关注", "en": "Higher than in 2017, to be watched"])
        let infant = try #require(site.text("data/infant-mortality-rate.json"))
        let rows = try #require(
            (try JSONSerialization.jsonObject(with: Data(infant.utf8)) as? [String: Any])?["observations"] as? [[String: Any]])
        #expect(rows.contains { $0["dimensions"] as? [String: String] == ["area": "urban"] })
        #expect(rows.contains { $0["dimensions"] == nil }, "a total row without dimension values has none")

        let french = try RenderedSite.render(ContentFixture.threeLanguages())
        let frenchText = try #require(french.text("data/maternal-mortality-ratio.json"))
        let frenchRows = try #require(
            (try JSONSerialization.jsonObject(with: Data(frenchText.utf8)) as? [String: Any])?["observations"] as? [[String: Any]])
        let partly = try #require(frenchRows.first { $0["region"] as? String == "620000" && $0["year"] as? String == "2020" })
        #expect((partly["note"] as? [String: String]).map { Set($0.keys) } == ["zh", "en"], "a language without a note is left out")
    }

    /// Leading zeros (`012.10`) are refused when the content loads: JSON forbids them in numbers and
    /// spreadsheets drop them, so no download could keep the value as written.
    @Test func valuesWithLeadingZerosAreAContentError() throws {
        let fixture = ContentFixture.minimal().replacing(
            "620900,2020,12.1,", with: "620900,2020,012.10,", in: "data/maternal-mortality-ratio.csv")
        do {
            _ = try RenderedSite.render(fixture)
            Issue.record("012.10 was accepted")
        } catch let problems as ContentProblems {
            #expect(problems.errors.contains { $0.message.hasPrefix("bad number \"012.10\"") }, "\(problems)")
        }
    }

    @Test func dataPackageDescribesEveryCSVWithItsHeader() throws {
        let text = try #require(site.text("data/datapackage.json"))
        let package = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(package["profile"] as? String == "tabular-data-package")
        let name = try #require(package["name"] as? String)
        #expect(name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-._".contains($0)) })
        let resources = try #require(package["resources"] as? [[String: Any]])
        let paths = resources.compactMap { $0["path"] as? String }
        #expect(Set(paths.map { "data/" + $0 }) == Set(csvFiles))
        #expect(Set(resources.compactMap { $0["name"] as? String }).count == resources.count, "names are unique")
        for resource in resources {
            let path = try #require(resource["path"] as? String)
            let schema = try #require(resource["schema"] as? [String: Any])
            let fields = try #require(schema["fields"] as? [[String: Any]])
            let header = CSVRows.parse(site["data/" + path]).first ?? []
            #expect(fields.compactMap { $0["name"] as? String } == header, "\(path)")
            #expect(fields.allSatisfy { ($0["description"] as? String)?.isEmpty == false }, "\(path)")
            #expect(fields.allSatisfy { ["string", "number", "integer"].contains($0["type"] as? String ?? "") })
        }
    }

    @Test func numberColumnsOfTheDataPackageHoldNumbers() throws {
        let text = try #require(site.text("data/datapackage.json"))
        let package = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for resource in package["resources"] as? [[String: Any]] ?? [] {
            let path = resource["path"] as? String ?? ""
            let fields = (resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []
            let records = CSVRows.records(site["data/" + path])
            for field in fields where field["type"] as? String != "string" {
                let name = field["name"] as? String ?? ""
                for record in records {
                    let value = record[name] ?? ""
                    #expect(value.isEmpty || Double(value) != nil, "\(path) \(name): \(value)")
                }
            }
        }
    }
}
