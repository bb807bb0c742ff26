@testable import SitePages
import Testing

/// Views that list their template fields by hand must list every field, or a template would silently lose one.
@Suite struct TemplateFieldsTests {
    private func expectAllFields(_ view: some TemplateFields, sourceLocation: SourceLocation = #_sourceLocation) {
        let reflected = Set(Mirror(reflecting: view).children.compactMap(\.label))
        #expect(Set(view.templateFields.keys) == reflected, sourceLocation: sourceLocation)
    }

    @Test func everyHandListedViewListsEveryField() {
        let status = StatusView(key: "met", text: "Met", icon: "✓")
        expectAllFields(status)
        expectAllFields(
            RegionPageView.Row(
                name: "x", href: "x.html", value: nil, period: nil, flag: nil, homeValue: nil, homePeriod: nil,
                target: nil, status: status))
        let link = LinkView(label: "Home", href: "index.html", current: true, lang: "en")
        expectAllFields(link)
        expectAllFields(FootnoteView(number: 1, id: "n1", text: "Note", lang: nil))
        expectAllFields(FlagView(code: "E", text: "Estimated"))
        expectAllFields(
            ChartFigureView(
                id: "c1-figure", title: "t", subtitle: "s", svg: "<svg/>", svgNarrow: nil,
                table: TableView(caption: "c", corner: "", headers: [], rows: []), notes: ["n"], downloadHref: nil))
        expectAllFields(
            LayoutView(
                lang: "en", title: "t", titleLang: nil, documentTitle: "d", description: "", siteTitle: "s",
                homeHref: "index.html", stylesheet: "a.css", chartStylesheet: "c.css", canonical: nil,
                alternates: [link], switcher: [], nav: [], breadcrumbs: [], feedHref: "feed.xml", publisher: "p",
                license: "l", licenseHref: nil, dataHref: "data.html", searchHref: "search.html"))
    }

    @Test func handListedFieldsConvertLikeReflectedOnes() {
        let row = RegionPageView.Row(
            name: "x", href: "x.html", value: "15.07", period: "2020", flag: nil, homeValue: nil, homePeriod: nil,
            target: nil, status: StatusView(key: "met", text: "Met", icon: "✓"))
        let converted = TemplateValue.make(row) as? [String: Any]
        #expect(converted?["value"] as? String == "15.07")
        #expect(converted?["flag"] == nil, "a nil field is absent, so lookups go on outwards")
        #expect((converted?["status"] as? [String: Any])?["key"] as? String == "met")
    }
}
