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
        let cell = TableView.Cell(text: "1", flag: "E", flagText: "Estimated", notes: [TableView.NoteRef(number: 1, href: "#n1")])
        expectAllFields(cell)
        expectAllFields(TableView.NoteRef(number: 1, href: "#n1"))
        expectAllFields(TableView.Row(header: "Gansu", headerHref: nil, role: "home", cells: [cell]))
        expectAllFields(status)
        expectAllFields(
            ComparisonPageView.Row(
                rank: 1, region: "Gansu", regionHref: "x.html", role: nil, roleLabel: nil, value: "1%", flag: nil,
                flagText: nil, status: status))
        expectAllFields(
            RegionPageView.Row(
                name: "x", href: "x.html", value: nil, period: nil, flag: nil, homeValue: nil, homePeriod: nil,
                target: nil, status: status))
    }

    @Test func handListedFieldsConvertLikeReflectedOnes() {
        let cell = TableView.Cell(text: "15.07", flag: nil, flagText: nil)
        let converted = TemplateValue.make(cell) as? [String: Any]
        #expect(converted?["text"] as? String == "15.07")
        #expect(converted?["flag"] == nil, "a nil field is absent, so lookups go on outwards")
        #expect(converted?["numeric"] as? Bool == true)
    }
}
