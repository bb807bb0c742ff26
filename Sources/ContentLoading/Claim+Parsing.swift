import SiteModel

/// The one reader of claim links, `claim:<indicator-id>?<parameter>=<value>&…` (docs/content-format.md,
/// "Claims"). Every problem is reported with the link's place, and a claim with any problem is left out whole:
/// a half-read claim would be checked against something the author did not say.
enum ClaimSyntax {
    static let scheme = "claim:"
    static let parameters = ["trend", "from", "to", "above", "below", "year", "target", "region", "acknowledged", "link"]

    /// Whether the destination is a claim link (then `parse` reads it, and no other link rule applies).
    static func isClaim(_ destination: String) -> Bool { destination.hasPrefix(scheme) }

    /// The claim, or every reason it cannot be read.
    static func parse(
        _ link: (destination: String, text: String), at place: SourceLocation, references: MarkdownReferences
    ) -> Result<Claim, ClaimProblems> {
        var problems: [String] = []
        let body = link.destination.dropFirst(scheme.count)
        let (idText, query) = split(body, at: "?")
        let id = IndicatorID(String(idText))
        if idText.isEmpty {
            problems.append("a claim names its indicator: claim:<indicator-id>?…")
        } else if idText.contains("#") {
            problems.append("a claim cannot have a #fragment")
        } else if !references.indicators.contains(id) {
            problems.append("claim about unknown indicator \(quoted(id.rawValue))")
        }

        var values: [String: String] = [:]
        for pair in (query ?? "").split(separator: "&", omittingEmptySubsequences: false) {
            let (name, value) = split(pair, at: "=")
            let key = String(name)
            guard parameters.contains(key) else {
                problems.append(
                    "unknown claim parameter \(quoted(key)): use \(parameters.joined(separator: ", "))")
                continue
            }
            guard let value, !value.isEmpty else {
                problems.append("claim parameter \(key) needs a value (\(key)=…)")
                continue
            }
            if values[key] != nil { problems.append("claim parameter \(key) is given twice") }
            values[key] = String(value)
        }

        func period(_ key: String) -> Period? {
            guard let text = values[key] else { return nil }
            guard let period = Period(text) else {
                problems.append(badPeriod(key, text) + " (in a claim)")
                return nil
            }
            return period
        }
        func threshold(_ key: String) -> DecimalValue? {
            guard let text = values[key] else { return nil }
            guard let value = DecimalValue(text) else {
                problems.append("bad \(key) \(quoted(text)) in claim: write a plain number such as 20 or 15.07")
                return nil
            }
            return value
        }

        var assertions: [Claim.Assertion] = []
        let from = period("from")
        let to = period("to")
        let year = period("year")
        if let trend = values["trend"] {
            if let direction = Claim.Trend(rawValue: trend) {
                assertions.append(.trend(direction, from: from, to: to))
                if let from, let to, !(from < to) {
                    problems.append("claim's from (\(from.text)) must come before its to (\(to.text))")
                }
            } else {
                problems.append("bad trend \(quoted(trend)) in claim: use trend=up or trend=down")
            }
        } else if values["from"] != nil || values["to"] != nil {
            problems.append("from and to belong to a trend claim: add trend=up or trend=down")
        }
        if let above = threshold("above") { assertions.append(.above(above, year: year)) }
        if let below = threshold("below") { assertions.append(.below(below, year: year)) }
        if values["year"] != nil && values["above"] == nil && values["below"] == nil {
            problems.append("year belongs to an above= or below= claim")
        }
        if let target = values["target"] {
            switch target {
            case "met": assertions.append(.target(met: true))
            case "not-met": assertions.append(.target(met: false))
            default: problems.append("bad target \(quoted(target)) in claim: use target=met or target=not-met")
            }
        }
        if values["trend"] == nil && values["above"] == nil && values["below"] == nil && values["target"] == nil {
            problems.append(
                "a claim says what to check: trend=up|down (with from= and to=), above=…, below=… or target=met|not-met")
        }

        var region: RegionCode?
        if let code = values["region"] {
            region = RegionCode(code)
            if !references.regions.contains(RegionCode(code)) {
                problems.append("claim about unknown region \(quoted(code)) (not in regions.csv)")
            }
        }
        var acknowledged: Set<String> = []
        for code in (values["acknowledged"] ?? "").split(separator: ",").map(String.init) {
            if CheckRule(rawValue: code) == nil {
                problems.append(CheckRule.unknownCodeMessage(code))
            } else {
                acknowledged.insert(code)
            }
        }
        var linksChart = false
        if let link = values["link"] {
            switch link {
            case "chart": linksChart = true
            case "none": linksChart = false
            default: problems.append("bad link \(quoted(link)) in claim: use link=chart or link=none")
            }
        }

        guard problems.isEmpty else { return .failure(ClaimProblems(messages: problems)) }
        return .success(
            Claim(
                destination: link.destination, text: link.text, indicator: id, region: region,
                assertions: assertions, acknowledged: acknowledged, linksChart: linksChart, location: place))
    }

    private static func split(_ text: Substring, at separator: Character) -> (Substring, Substring?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (text[..<index], text[text.index(after: index)...])
    }
}

/// Why a claim link cannot be read, each reason one message.
struct ClaimProblems: Error {
    var messages: [String]
}
