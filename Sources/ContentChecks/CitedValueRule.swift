import Markdown
import SiteModel

/// `cite.value-not-in-paragraph` and `cite.unit-mismatch`: a row whose source is `document#pN` must state its
/// value in paragraph N of that document, with the sign of the indicator's unit where the text prints one
/// (the bulletin prints the infant mortality rate, per 1,000, as "3.37%").
///
/// The paragraph is read in the document's original versions (those not marked `translation: true`): a
/// translation may round or rewrite a figure, the original is what the row cites.
enum CitedValueRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var paragraphs = ParagraphCache(site: context.site)
        var findings: [Diagnostic] = []
        for (indicator, data) in context.indicatorsWithData {
            // Only rows citing a paragraph are built whole; their details are read from the column first.
            for position in data.observations.indices
            where data.observations.details(at: position)?.source?.anchor != nil && data.observations.hasValue(at: position) {
                let row = data.observations[position]
                guard let value = row.value, let reference = row.source, let anchor = reference.anchor,
                    anchor.hasPrefix("p"), let number = Int(anchor.dropFirst()),
                    let slug = context.site.sourceIndex[reference.source]?.document
                else { continue }
                let texts = paragraphs.texts(of: slug, paragraph: number)
                guard !texts.isEmpty else { continue }
                let stated = texts.flatMap(CitedNumber.all(in:)).filter { $0.states(value.doubleValue) }
                let what = "\(indicator.id.rawValue) \(context.describe(row))"
                guard !stated.isEmpty else {
                    findings.append(
                        context.finding(
                            .citeValueNotInParagraph,
                            "\(what): value \(value.text) does not appear in the cited paragraph \(reference)", row: row,
                            in: data, hint: "check the figure and the paragraph number against the document"))
                    continue
                }
                let expected = expectedRate(indicator.unit)
                let agreeing = stated.contains { $0.rate == nil || $0.rate == expected }
                if !agreeing, let printed = stated.first?.printed {
                    let unit = expected.map { "\(indicator.unit) (\($0.rawValue))" } ?? indicator.unit
                    findings.append(
                        context.finding(
                            .citeUnitMismatch,
                            "\(what): the cited paragraph \(reference) prints \(value.text) as \"\(printed)\", but the unit is \(unit)",
                            row: row, in: data,
                            hint: "check which unit the figure is in; where the document is wrong, say so in the row's note"))
                }
            }
        }
        return findings
    }

    /// The sign a text prints after a value in `unit`; nil for units no rate sign belongs to.
    static func expectedRate(_ unit: String) -> CitedNumber.Rate? {
        switch unit {
        case "percent": .percent
        case "per_mille": .perMille
        case "per_100k": .per100k
        default: nil
        }
    }
}

/// The paragraphs of each cited document, read once however many rows cite it.
struct ParagraphCache {
    let site: Site
    private var read: [DocumentSlug: [[String]]] = [:]

    init(site: Site) { self.site = site }

    /// Paragraph `number` (1-based) of each original version of the document that has it.
    mutating func texts(of slug: DocumentSlug, paragraph number: Int) -> [String] {
        if read[slug] == nil {
            var versions: [DocumentVersion] = []
            if let document = site.documentIndex[slug] {
                let all = site.settings.languages.compactMap { document.versions[$0] }
                let originals = all.filter { !$0.isTranslation }
                versions = originals.isEmpty ? all : originals
            }
            read[slug] = versions.map { Markdown.outline($0.body.markdown).paragraphs }
        }
        return (read[slug] ?? []).compactMap { paragraphs in
            number >= 1 && number <= paragraphs.count ? paragraphs[number - 1] : nil
        }
    }
}
