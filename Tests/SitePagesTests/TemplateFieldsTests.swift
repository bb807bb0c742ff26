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
