import SiteModel

/// `claim.contradicted` and `claim.unverifiable`: each claim a text marks (`claim:` links) is checked against
/// the headline series it names — the bulletin's "continuously decreasing" maternal mortality ratio, whose own
/// figures rise from 14.45 (2017) to 15.07 (2020).
enum ClaimRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for claim in claims(of: context.site) {
            guard let indicator = context.site.indicatorIndex[claim.indicator] else { continue }
            let region = claim.region ?? context.site.settings.homeRegion
            let series = context.site.headlineSeries(of: indicator, for: region).filter { $0.value != nil }
            for assertion in claim.assertions {
                let verdict = judge(assertion, indicator: indicator, series: series)
                guard let verdict else { continue }
                let subject = "claim \"\(claim.text)\" about \(indicator.id.rawValue) in \(region.rawValue)"
                let rule: CheckRule = verdict.contradicted ? .claimContradicted : .claimUnverifiable
                findings.append(
                    Diagnostic.finding(
                        acknowledged: claim.acknowledged.contains(rule.code), "\(subject): \(verdict.message)",
                        at: claim.location, code: rule.code,
                        hint: verdict.contradicted
                            ? "reword the text or correct the data; where the text stands as published, add acknowledged=claim.contradicted to the claim"
                            : nil,
                        note: context.note(of: verdict.rows)))
            }
        }
        return findings
    }

    /// Every claim of every text, documents first (newest first), then indicator texts and pages.
    static func claims(of site: Site) -> [Claim] {
        let languages = site.settings.languages
        var texts: [MarkdownText] = []
        for document in site.documents { texts += languages.compactMap { document.versions[$0]?.body } }
        for indicator in site.indicators { texts += languages.compactMap { indicator.longText[$0] } }
        for page in site.pages { texts += languages.compactMap { page.versions[$0]?.body } }
        return texts.flatMap(\.claims)
    }

    /// What the data says against the claim: nil where it agrees.
    struct Verdict {
        var contradicted: Bool
        var message: String
        /// The rows the verdict rests on, whose notes may explain it.
        var rows: [Observation]
    }

    static func judge(_ assertion: Claim.Assertion, indicator: Indicator, series: [Observation]) -> Verdict? {
        switch assertion {
        case .trend(let trend, let from, let to):
            return judgeTrend(trend, from: from, to: to, series: series)
        case .above(let threshold, let year), .below(let threshold, let year):
            let isAbove = if case .above = assertion { true } else { false }
            let row = year.map { year in series.first { $0.period == year } } ?? series.last
            guard let row else {
                let when = year.map { "for \($0.text)" } ?? "at all"
                return Verdict(contradicted: false, message: "the series has no value \(when) to check", rows: [])
            }
            let holds = isAbove ? row.number > threshold.doubleValue : row.number < threshold.doubleValue
            guard !holds else { return nil }
            return Verdict(
                contradicted: true,
                message: "it says \(isAbove ? "above" : "below") \(threshold.text), but the value for \(row.period.text) is \(row.valueText)",
                rows: [row])
        case .target(let met):
            switch indicator.status(of: series) {
            case .met where met, .notMet where !met:
                return nil
            case .met, .notMet:
                let latest = series.last.map { "\($0.valueText) (\($0.period.text))" } ?? ""
                return Verdict(
                    contradicted: true,
                    message: "it says the target is \(met ? "met" : "not met"), but the latest value \(latest) \(met ? "does not meet" : "meets") it",
                    rows: series.last.map { [$0] } ?? [])
            case .noTarget:
                return Verdict(contradicted: false, message: "the indicator has no target to check", rows: [])
            case .noData:
                return Verdict(contradicted: false, message: "the series has too few values to judge the target", rows: [])
            }
        }
    }

    private static func judgeTrend(_ trend: Claim.Trend, from: Period?, to: Period?, series: [Observation]) -> Verdict? {
        let rows = series.filter { row in
            (from.map { row.period >= $0 } ?? true) && (to.map { row.period <= $0 } ?? true)
        }
        let span = [from.map { "from \($0.text)" }, to.map { "to \($0.text)" }].compactMap { $0 }.joined(separator: " ")
        for (end, name) in [(from, "from"), (to, "to")] {
            if let end, !rows.contains(where: { $0.period == end }) {
                return Verdict(contradicted: false, message: "the series has no value for \(end.text), the claim's \(name)", rows: [])
            }
        }
        guard rows.count >= 2, let first = rows.first, let last = rows.last else {
            return Verdict(
                contradicted: false, message: "the series has fewer than two values \(span.isEmpty ? "" : span + " ")to compare",
                rows: rows)
        }
        let falls = trend == .down
        func goesRightWay(_ before: Observation, _ after: Observation) -> Bool {
            falls ? after.number < before.number : after.number > before.number
        }
        guard let wrong = zip(rows, rows.dropFirst()).first(where: { !goesRightWay($0, $1) }) else { return nil }
        let verb = falls ? "fell" : "rose"
        let opposite = wrong.1.number == wrong.0.number ? "stayed at" : (falls ? "rose from" : "fell from")
        var message = "it says the value \(verb)\(span.isEmpty ? "" : " " + span), but it \(opposite) \(wrong.0.valueText) (\(wrong.0.period.text))"
        message += wrong.1.number == wrong.0.number ? " in \(wrong.1.period.text)" : " to \(wrong.1.valueText) (\(wrong.1.period.text))"
        if !goesRightWay(first, last), (first.period, last.period) != (wrong.0.period, wrong.1.period) {
            message += ", and from \(first.valueText) (\(first.period.text)) to \(last.valueText) (\(last.period.text)) overall"
        }
        return Verdict(contradicted: true, message: message, rows: rows)
    }
}
