import Foundation
import Testing
import TestSupport

/// A site's template overrides still shape the page frame around the blocks code writes (tables, ranked rows), and
/// a `partials/table` override left from before those blocks were written by code does no harm.
@Suite struct CodeWrittenBlocksTests {
    @Test func anOverriddenFramePlacesTheRowsWrittenByCode() throws {
        try BuildWorkspace.with { workspace in
            var fixture = ContentFixture.minimal()
            fixture.files["templates/comparison.mustache"] =
                "{{<layout}}{{$content}}<section class=\"my-ranking\"><table><tbody>\n{{{page.rowsHTML}}}</tbody></table></section>{{/content}}{{/layout}}\n"
            fixture.files["templates/partials/table.mustache"] = "{{#rows}}old partial{{/rows}}\n"
            try workspace.write(fixture)
            try workspace.build()
            let site = try workspace.outputFiles()
            let comparison = try #require(site.files.keys.first { $0.hasPrefix("en/compare/") && $0.hasSuffix("/index.html") })
            #expect(site[comparison].contains("<section class=\"my-ranking\"><table><tbody>\n<tr"))
            #expect(site[comparison].contains("<td class=\"num\">1</td><th scope=\"row\"><a href=\"../../regions/"))
            let id = comparison.split(separator: "/")[2]
            let indicator = "en/indicators/\(id).html"
            #expect(site[indicator].contains("<table class=\"data-table\">"))
            #expect(!site.files.values.contains { String(decoding: $0, as: UTF8.self).contains("old partial") })
        }
    }
}
