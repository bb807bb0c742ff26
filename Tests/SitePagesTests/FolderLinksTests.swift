@testable import SitePages
import SiteModel
import Testing

/// Links found once per folder are the links `Route.link(to:)` gives, from every kind of page.
@Suite struct FolderLinksTests {
    @Test func sameTextAsLinkToFromEveryKindOfPage() {
        let en = LanguageCode("en")
        let sources: [Route] = [
            .root, .home(en), .indicator(en, IndicatorID("gdp")), .comparison(en, IndicatorID("gdp"), period: "2020"),
            .comparison(en, IndicatorID("gdp"), period: nil), .region(en, RegionCode("r1")), .download("all.csv"),
        ]
        let targets: [Route] = [
            .region(en, RegionCode("r2")), .region(LanguageCode("zh"), RegionCode("r2")), .regionIndex(en),
            .indicator(en, IndicatorID("pop")), .download("pop.csv"), .root,
        ]
        for source in sources {
            let links = FolderLinks(from: source, toFolderOf: .regionIndex(en))
            for target in targets {
                #expect(links.link(to: target) == source.link(to: target), "\(source.path) → \(target.path)")
            }
        }
    }
}
