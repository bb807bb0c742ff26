import SiteModel

extension SiteContext {
    func tileMapFigure(_ indicator: Indicator, _ period: Period, _ language: LanguageCode, on route: Route, id: String)
        -> ChartFigureView?
    { nil }
    func regionCoverageMap(_ language: LanguageCode, on route: Route, id: String) -> ChartFigureView? { nil }
    func sparkline(_ indicator: Indicator, _ region: RegionCode, _ language: LanguageCode) -> String? { nil }
}
