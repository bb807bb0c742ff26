@testable import SitePages
import Testing

/// Tables written by code keep the markup the `partials/table` template wrote, with every text escaped as the
/// templates' `{{…}}` escape it.
@Suite struct HTMLWriterTests {
    @Test func aTableIsTheTemplatesMarkupWithEscapedText() {
        let table = TableView(
            caption: "Rate <b> & \"x\"", corner: "Region", headers: ["2020", "2021"],
            rows: [
                TableView.Row(
                    header: "Gansu", headerHref: "../regions/62.html", role: "home",
                    cells: [
                        TableView.Cell(text: "1.5", flag: "E", flagText: "Estimated 'x'"),
                        TableView.Cell(
                            text: "–", flag: nil, flagText: nil, notes: [TableView.NoteRef(number: 1, href: "#n1")],
                            numeric: false),
                    ]),
                TableView.Row(header: "Bell\u{7}", headerHref: nil, role: nil, cells: []),
            ])
        #expect(
            table.html == """
                <div class="table-scroll" role="region" aria-label="Rate &lt;b&gt; &amp; &quot;x&quot;" tabindex="0">
                <table class="data-table">
                <caption>Rate &lt;b&gt; &amp; &quot;x&quot;</caption>
                <thead>
                <tr><th scope="col">Region</th><th scope="col" class="num">2020</th><th scope="col" class="num">2021</th></tr>
                </thead>
                <tbody>
                <tr class="row-home"><th scope="row"><a href="../regions/62.html">Gansu</a></th><td class="num">1.5<abbr class="flag" title="Estimated &#39;x&#39;">E</abbr></td><td>–<sup><a class="note-ref" href="#n1">1</a></sup></td></tr>
                <tr><th scope="row">Bell</th></tr>
                </tbody>
                </table>
                </div>

                """)
    }

    @Test func aStatusIsThePartialsMarkup() {
        var out = HTMLWriter()
        StatusView(key: "not-met", text: "Not <met>", icon: "✗").write(to: &out)
        #expect(
            out.string
                == "<span class=\"status status-not-met\"><span class=\"status-icon\" aria-hidden=\"true\">✗</span> Not &lt;met&gt;</span>")
    }
}
