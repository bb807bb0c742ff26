import ContentLoading
import Foundation
import Plotting
@testable import SitePages
import SiteModel
import TestSupport
import Testing

/// What pages read from the columns or a few regions' rows — a subdivision page's ranking, a region's latest value,
/// the flags under a table, the regions with data, the sources cited — must be what reading every row gives; and
/// tile names kept across maps must draw the maps drawn without.
@Suite struct RankingAmongTests {
    private func exampleContext() throws -> SiteContext {
        let content = PackagePaths.root.appendingPathComponent("content")
        let site = try ContentLoader(contentDirectory: content, displayPath: "content").load().site
        let theme = try Theme.load(
            assets: PackagePaths.assets.path, overrides: content.path, languages: site.settings.languages)
        return SiteContext(site: site, theme: theme)
    }

    private func same(_ lhs: [(RegionCode, Observation)], _ rhs: [(RegionCode, Observation)]) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    @Test func aRankingAmongSomeRegionsIsTheWholeRankingNarrowed() throws {
        let context = try exampleContext()
        let codes = context.site.regions.map(\.code)
        var groups: [[RegionCode]] = context.hierarchy.children.map { [$0.key] + $0.value }
        groups += [codes, context.hierarchy.overview, Array(codes.reversed().enumerated().filter { $0.offset % 2 == 0 }.map(\.element)), []]
        groups.append([RegionCode("999999")] + codes.prefix(3))
        var compared = 0
        for indicator in context.site.indicators {
            for period in context.comparisonPeriods(indicator) + [Period("1900")!] {
                let all = context.ranking(indicator, period)
                for group in groups {
                    let kept = Set(group)
                    let narrowed = all.filter { kept.contains($0.0) }
                    #expect(same(context.ranking(indicator, period, among: group), narrowed), "\(indicator.id) \(period.text)")
                    compared += narrowed.count
                }
            }
        }
        #expect(compared > 100)
    }

    @Test func theLatestValueIsTheSeriesLastValue() throws {
        let context = try exampleContext()
        var found = 0
        for indicator in context.site.indicators {
            for region in context.site.regions.map(\.code) + [RegionCode("999999")] {
                let latest = context.latest(indicator, region)
                #expect(latest == context.headline(indicator, region).last { $0.value != nil })
                if latest != nil { found += 1 }
            }
        }
        #expect(found > 50)
    }

    @Test func theFlagsOfSomeRegionsAreThoseOfTheirSeries() throws {
        let context = try exampleContext()
        let codes = context.site.regions.map(\.code)
        var groups: [[RegionCode]] = context.hierarchy.children.map { [$0.key] + $0.value }
        groups += [codes, context.hierarchy.overview, [RegionCode("999999")]]
        var flagged = 0
        for indicator in context.site.indicators {
            for group in groups {
                let flags = context.headlines.flags(of: indicator.id, for: group)
                #expect(flags == Set(group.flatMap { context.headline(indicator, $0) }.compactMap(\.flag)))
                flagged += flags.count
            }
        }
        #expect(flagged > 0)
    }

    @Test func regionsWithDataAndCitedSourcesAreThoseOfEveryRow() throws {
        let context = try exampleContext()
        var cited = 0
        for indicator in context.site.indicators {
            let present = Set(context.headline(indicator).filter { $0.value != nil }.map(\.region))
            #expect(context.regionsWithData(indicator) == context.site.regions.map(\.code).filter(present.contains))
            var order: [SourceID] = indicator.sources
            var anchors: [SourceID: [String]] = [:]
            for observation in context.site.data[indicator.id]?.observations ?? [] {
                guard let reference = observation.source else { continue }
                if !order.contains(reference.source) { order.append(reference.source) }
                if let anchor = reference.anchor, !(anchors[reference.source] ?? []).contains(anchor) {
                    anchors[reference.source, default: []].append(anchor)
                }
            }
            let found = context.citedSources(of: indicator)
            #expect(found.order == order && found.anchors == anchors, "\(indicator.id)")
            cited += anchors.count
        }
        #expect(cited > 0)
    }

    @Test func eachLanguageKeepsItsOwnTileNames() throws {
        let context = try exampleContext()
        #expect(context.languages.count > 1)
        let caches = context.languages.compactMap { context.tileLabels($0) }
        #expect(caches.count == context.languages.count)
        for (index, cache) in caches.enumerated() {
            #expect(!caches[(index + 1)...].contains { $0 === cache }, "no two languages share a cache")
        }
    }

    @Test func aTileMapFigureDrawnWithKeptNamesIsTheOneDrawnCold() throws {
        let warmed = try exampleContext()
        var drawn = 0
        for language in warmed.languages {
            for indicator in warmed.site.indicators {
                for period in warmed.comparisonPeriods(indicator) {
                    let route = Route.comparison(language, indicator.id, period: period.text)
                    let warm = warmed.tileMapFigure(indicator, period, language, on: route, id: "c2")
                    let cold = SiteContext(site: warmed.site, theme: warmed.theme).tileMapFigure(indicator, period, language, on: route, id: "c2")
                    #expect(warm?.svg == cold?.svg)
                    #expect(warm?.svgNarrow == cold?.svgNarrow)
                    if warm != nil { drawn += 1 }
                }
            }
        }
        #expect(drawn > 10)
    }
}
