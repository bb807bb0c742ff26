import ContentLoading
import SiteModel
import TestSupport
import Testing

@Suite struct MinimalFixtureTests {
    @Test func loadsWithoutErrorsOrWarnings() throws {
        let outcome = try load(.minimal())
        #expect(outcome.messages == [])
        #expect(outcome.site != nil)
    }

    @Test func readsSettings() throws {
        let settings = try #require(try load(.minimal()).site).settings
        #expect(settings.languages == ["zh", "en"])
        #expect(settings.title["en"] == "Gansu Women and Children Development Monitoring")
        #expect(settings.homeRegion == "620000")
        #expect(settings.comparators == ["100000"])
        #expect(settings.baseURL?.text == "https://example.org/monitoring/")
        #expect(settings.allowsRawHTML == false)
    }

    @Test func keepsFileOrderOfRegionsTopicsAndIndicators() throws {
        let site = try #require(try load(.minimal()).site)
        #expect(site.regions.map(\.code) == ["100000", "620000", "620900", "621100"])
        #expect(site.regions[2].gridPosition == Region.GridPosition(row: 0, column: 0))
        #expect(site.regions[2].parent == "620000")
        #expect(site.regions[0].parent == nil)
        #expect(site.regions[1].shortName(in: "en") == "Gansu")
        #expect(site.topics.map(\.id) == ["women", "women-health", "children", "children-health", "children-education"])
        #expect(site.topics[1].parent == "women")
        #expect(
            site.indicators.map(\.id) == [
                "hospital-delivery-rate", "maternal-mortality-ratio", "infant-mortality-rate",
                "preschool-gross-enrolment",
            ])
    }

    @Test func readsIndicatorFields() throws {
        let site = try #require(try load(.minimal()).site)
        let ratio = try #require(site.indicatorIndex["maternal-mortality-ratio"])
        #expect(ratio.unit == "per_100k")
        #expect(ratio.decimals == 2)
        #expect(ratio.better == .lower)
        #expect(ratio.target == Target(
            op: .atMost, value: DecimalValue("18"), year: "2020",
            text: Localized(["zh": "孕产妇死亡率控制在18/10万以下", "en": "Maternal mortality ratio at or below 18 per 100,000"])))
        #expect(ratio.sources == ["bulletin-2021"])
        #expect(ratio.longText["en"]?.markdown.hasPrefix("The maternal mortality ratio") == true)
        #expect(ratio.location.description == "content/indicators.csv:3:1")
        let infant = try #require(site.indicatorIndex["infant-mortality-rate"])
        #expect(infant.target?.op == .decrease)
        #expect(infant.target?.value == nil)
        #expect(site.data["preschool-gross-enrolment"] == nil)
    }

    @Test func readsObservationsAsWritten() throws {
        let site = try #require(try load(.minimal()).site)
        let data = try #require(site.data["maternal-mortality-ratio"])
        #expect(data.file == "content/data/maternal-mortality-ratio.csv")
        #expect(data.observations.count == 10)
        let latest = data.observations[3]
        #expect(latest.value?.text == "15.07")
        #expect(latest.period.text == "2020")
        #expect(latest.note["zh"] == "较2017年上升,需关注")
        #expect(latest.source == SourceReference(source: "bulletin-2021", anchor: "p2"))
        #expect(latest.line == 5)
        #expect(data.observations[2].value == nil)
        #expect(data.observations[2].flag == .missing)
        let infant = try #require(site.data["infant-mortality-rate"])
        #expect(infant.dimensionNames == ["area"])
        #expect(infant.observations[2].dimensions == ["area": "urban"])
        #expect(infant.observations[0].dimensions == [:])
        #expect(infant.observations[2].value?.text == "3.10")
    }

    @Test func sortsDocumentsNewestFirstAndReadsFrontMatter() throws {
        let site = try #require(try load(.minimal()).site)
        #expect(site.documents.map(\.slug) == ["bulletin-2021", "jiuquan-report"])
        let bulletin = try #require(site.documents.first)
        #expect(Set(bulletin.versions.keys) == ["zh", "en"])
        let english = try #require(bulletin.versions["en"])
        #expect(english.isTranslation)
        #expect(bulletin.versions["zh"]?.isTranslation == false)
        #expect(english.date == "2021-05-26")
        #expect(english.kind == "bulletin")
        #expect(english.indicators == ["maternal-mortality-ratio", "hospital-delivery-rate"])
        #expect(english.body.firstLine == 9)
        #expect(english.body.file == "content/documents/bulletin-2021.en.md")
        #expect(english.body.markdown.hasPrefix("## Overview"))
        #expect(english.body.charts == [ChartSpec(indicator: "maternal-mortality-ratio", regions: ["620000", "100000"])])
        #expect(site.documents[1].versions.keys.sorted() == ["zh"])
    }

    @Test func sortsDocumentsOfOneDateBySlug() throws {
        let fixture = ContentFixture.minimal()
            .replacing("date: 2021-05-10", with: "date: 2021-05-26", in: "documents/jiuquan-report.zh.md")
            .with("documents/annex.en.md", "---\ntitle: Annex\ndate: 2021-05-26\n---\nText.\n")
            .with("documents/zeta.zh.md", "---\ntitle: 后记\ndate: 2022-01-01\n---\n正文。\n")
        let site = try #require(try load(fixture).site)
        #expect(site.documents.map(\.slug) == ["zeta", "annex", "bulletin-2021", "jiuquan-report"])
    }

    @Test func readsPagesSourcesAndLabels() throws {
        let site = try #require(try load(.minimal()).site)
        #expect(site.pages.map(\.slug) == ["about"])
        #expect(site.pages[0].versions["en"]?.title == "About this site")
        #expect(site.pages[0].versions["zh"]?.weight == 1)
        let source = try #require(site.sources.first)
        #expect(source.document == "bulletin-2021")
        #expect(source.date == "2021-05-26")
        #expect(source.url["en"]?.text == "https://example.org/bulletin-2021.pdf")
        #expect(site.labels.label("urban", of: "area", in: "en") == "Urban")
        #expect(site.labels.name(of: "area", in: "zh") == "城乡")
    }

    @Test func listsEveryFileRead() throws {
        let site = try #require(try load(.minimal()).site)
        #expect(site.inputFiles == ContentFixture.minimal().files.keys.sorted())
    }
}
