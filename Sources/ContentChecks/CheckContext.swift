import SiteModel

/// What every rule looks things up in, and the one way a rule turns what it found into a diagnostic.
struct CheckContext {
    let site: Site
    let language: LanguageCode
    /// The indicators the rules of one indicator's data check: every one, or those a cache did not hold.
    let indicators: [Indicator]

    init(site: Site, indicators: [Indicator]? = nil) {
        self.site = site
        language = site.settings.defaultLanguage
        self.indicators = indicators ?? site.indicators
    }

    /// Every indicator to check that has data, in indicators.csv order.
    var indicatorsWithData: [(indicator: Indicator, data: IndicatorData)] {
        indicators.compactMap { indicator in site.data[indicator.id].map { (indicator, $0) } }
    }

    /// A finding about one data row: a warning, or `info` where the row acknowledges `rule`; with the row's
    /// published note, in the site's first language where it has one.
    func finding(
        _ rule: CheckRule, _ message: String, row: Observation, in data: IndicatorData, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic.finding(
            acknowledged: row.acknowledged.contains(rule.code), message,
            at: SourceLocation(file: data.file, line: row.line), code: rule.code, hint: hint, note: note(of: [row]))
    }

    /// The first published note among `rows`, in the site's first language, else in another.
    func note(of rows: [Observation]) -> String? {
        for row in rows where !row.note.isEmpty {
            let text = row.note.text(in: language, fallbacks: site.settings.languages)
            if !text.isEmpty { return text }
        }
        return nil
    }

    /// How a row is named in messages: `620000 2020` with its dimensions (`area=urban`) where it has any.
    func describe(_ row: Observation) -> String {
        let dimensions = row.dimensions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return ([row.region.rawValue, row.period.text] + dimensions).joined(separator: " ")
    }
}

extension Observation {
    /// The value as a number; only called on rows that have one.
    var number: Double { value?.doubleValue ?? 0 }
    var valueText: String { value?.text ?? "" }
}

extension Diagnostic {
    /// A rule's finding: a warning with its hint, or, where the publisher acknowledged it, an `info` line without
    /// one, since nothing is left to do about it.
    static func finding(
        acknowledged: Bool, _ message: String, at location: SourceLocation, code: String, hint: String?, note: String?
    ) -> Diagnostic {
        Diagnostic(
            acknowledged ? .info : .warning, message, at: location, code: code, hint: acknowledged ? nil : hint,
            note: note)
    }
}
