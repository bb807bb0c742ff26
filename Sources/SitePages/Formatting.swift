import Plotting
import SiteModel

/// How a status is shown: always words and an icon, never colour alone.
public struct StatusView: Sendable, Hashable {
    /// `met`, `not-met`, `no-target`, `no-data`: the CSS class suffix.
    public let key: String
    public let text: String
    public let icon: String
}

/// How values of one unit are written in one language (see `Formatting.formatValue`).
struct UnitFormat: Sendable {
    let prefix: String
    let suffix: String
    let numbers: NumberFormat
    /// Right-to-left languages isolate each value (`ValueFormat.isolated`), so `99.4%` and `-5` keep their order.
    var isolated = false

    func format(_ value: DecimalValue) -> String {
        let text = prefix + numbers.group(value.text) + suffix
        return isolated ? ValueFormat.isolate(text) : text
    }
}

/// How one language writes what the model holds as codes and numbers: values with their units, numbers, target
/// statuses, flags, region levels and document kinds. Made once per language (`LanguageContext.format`), so its
/// number conventions are read from the interface strings once, not once a value.
public struct Formatting: Sendable {
    public let language: LanguageCode
    let strings: UIStrings
    /// The site languages in order, where a text missing in `language` is taken from.
    let fallbacks: [LanguageCode]
    /// The units the site adds (`site.yml`), named in each language.
    let siteUnits: [String: Localized]
    let labels: Labels
    /// The language's number conventions (`Formatting.numberFormat(of:)`).
    public let numbers: NumberFormat
    /// `rtl` or `ltr` (`Formatting.direction(of:)`).
    public let direction: String

    public init(site: Site, strings: UIStrings) {
        self.language = strings.language
        self.strings = strings
        self.fallbacks = site.settings.languages
        self.siteUnits = site.settings.units
        self.labels = site.labels
        self.numbers = Self.numberFormat(of: strings)
        self.direction = Self.direction(of: strings)
    }

    /// The unit's label for headers and axis titles (`%`, `/10万` | `per 100,000`).
    public func unitLabel(_ unit: String) -> String {
        if let custom = siteUnits[unit] { return custom.text(in: language, fallbacks: fallbacks) }
        return strings["units.\(unit).label"]
    }

    /// A value as written, grouped for reading, with its unit (`96.6%`, `15.07/10万`, `15.07 per 100,000`).
    public func formatValue(_ value: DecimalValue, unit: String) -> String {
        unitFormat(unit).format(value)
    }

    /// `formatValue`'s conventions for one unit, looked up once for the many values of a table or chart rather
    /// than once a value.
    func unitFormat(_ unit: String) -> UnitFormat {
        let affixes = unitAffixes(unit)
        return UnitFormat(
            prefix: affixes.prefix, suffix: affixes.suffix, numbers: numbers, isolated: direction == "rtl")
    }

    /// What is written before and after a number of `unit`, for pages and charts alike: the theme's pattern for a
    /// built-in unit split around its `{value}` (`{value}%`, `{value}/10万`), the number and the label for a unit the
    /// site adds. The label is text, never a pattern, so braces in it are printed as written.
    func unitAffixes(_ unit: String) -> (prefix: String, suffix: String) {
        if siteUnits[unit] != nil { return ("", " " + unitLabel(unit)) }
        let pattern = strings["units.\(unit).format"]
        guard let affixes = Placeholders.affixes(of: pattern, around: "value") else { return ("", " " + pattern) }
        return (affixes.before, affixes.after)
    }

    /// A value as written, grouped for reading, without its unit (for tables whose header names the unit).
    public func groupedNumber(_ text: String) -> String {
        numbers.group(text)
    }

    /// The language's number conventions, from its interface strings, shared by tables and charts: nothing about
    /// a language is written in code, so a new language file (or a site's override) is all a locale needs.
    public static func numberFormat(of strings: UIStrings) -> NumberFormat {
        let texts = strings.texts
        let defaults = NumberFormat()
        return NumberFormat(
            decimalSeparator: texts["number.decimal_separator"] ?? defaults.decimalSeparator,
            groupingSeparator: texts["number.grouping_separator"] ?? defaults.groupingSeparator,
            minimumDigitsToGroup: texts["number.minimum_grouping_digits"].flatMap { Int($0) } ?? defaults.minimumDigitsToGroup,
            minusSign: texts["number.minus_sign"].flatMap { $0.isEmpty ? nil : $0 } ?? defaults.minusSign)
    }

    /// `rtl` where the language's interface strings say `language.direction: rtl` (Arabic), else `ltr`.
    public static func direction(of strings: UIStrings) -> String {
        strings.texts["language.direction"] == "rtl" ? "rtl" : "ltr"
    }

    public func statusView(_ status: TargetStatus) -> StatusView {
        StatusView(
            key: status.rawValue, text: strings["status.\(status.rawValue)"],
            icon: strings["status_icon.\(status.rawValue)"])
    }

    /// The plan's target in words: its own wording in this language where given, else built from operator and
    /// value in this language — never another language's wording on the page.
    public func targetText(_ indicator: Indicator) -> String? {
        guard let target = indicator.target else { return nil }
        if let wording = target.text[language], !wording.isEmpty { return wording }
        let value = target.value.map { formatValue($0, unit: indicator.unit) } ?? ""
        var words = strings.format("target.op.\(target.op.rawValue.opKey)", ["value": value])
        if let year = target.year, !year.isEmpty { words += strings.format("target.by_year", ["year": year]) }
        return words
    }

    public func flagText(_ flag: ObservationFlag) -> String {
        strings["flags.\(flag.rawValue)"]
    }

    public func levelName(_ level: String) -> String {
        labels.label(level, of: "level", in: language)
    }

    public func kindName(_ kind: String) -> String {
        labels.label(kind, of: "kind", in: language)
    }
}

extension String {
    /// A key-safe name for a target operator (`>=` → `at_least`).
    fileprivate var opKey: String {
        switch self {
        case ">=": "at_least"
        case ">": "above"
        case "<=": "at_most"
        case "<": "below"
        case "=": "equal"
        default: self
        }
    }
}

/// `Formatting` by language, for the chart figures and download tables, which stay `SiteContext` extensions taking
/// a language for now (see docs/architecture.md).
extension SiteContext {
    public func formatting(_ language: LanguageCode) -> Formatting {
        Formatting(site: site, strings: strings(language))
    }

    public func unitLabel(_ unit: String, _ language: LanguageCode) -> String {
        formatting(language).unitLabel(unit)
    }

    public func formatValue(_ value: DecimalValue, unit: String, _ language: LanguageCode) -> String {
        formatting(language).formatValue(value, unit: unit)
    }

    func unitFormat(_ unit: String, _ language: LanguageCode) -> UnitFormat {
        formatting(language).unitFormat(unit)
    }

    func unitAffixes(_ unit: String, _ language: LanguageCode) -> (prefix: String, suffix: String) {
        formatting(language).unitAffixes(unit)
    }

    public func numberFormat(_ language: LanguageCode) -> NumberFormat {
        Formatting.numberFormat(of: strings(language))
    }

    public func direction(_ language: LanguageCode) -> String {
        Formatting.direction(of: strings(language))
    }

    /// A language's name in the words of `language` (`en` on a Chinese page: 英文).
    public func languageName(_ code: LanguageCode, in language: LanguageCode) -> String {
        strings(language).texts["languages.\(code)"] ?? strings(code)["language.name"]
    }
}
