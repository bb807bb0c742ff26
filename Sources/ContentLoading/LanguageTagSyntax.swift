/// BCP 47 language tags as a site may list them in `site.yml`: `zh`, `en`, `zh-Hant`, `pt-BR`, `es-419`,
/// `sr-Latn-RS`, `de-CH-1996`.
///
/// The tag is used as written in `lang`, `hreflang`, folder names (`/pt-BR/`), Markdown file names
/// (`about.pt-BR.md`) and columns (`name_pt-BR`), so it must be written one way only: the canonical case of
/// BCP 47 (language lowercase, script capitalised, region uppercase). Two spellings of one language could
/// otherwise name two folders, or one folder on a case-insensitive file system. Extensions and private-use
/// subtags (`-u-…`, `-x-…`) and grandfathered tags are refused: no page needs them, and each is a file name.
enum LanguageTagSyntax {
    /// Nil when `text` is a well-formed tag in canonical case; else what is wrong, with the canonical spelling
    /// where only the case differs.
    static func problem(_ text: String) -> String? {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard !subtags.contains(where: { $0.isEmpty || !$0.allSatisfy(\.isASCIIAlphanumeric) }),
            let canonical = canonicalForm(subtags)
        else {
            return "use a BCP 47 language tag such as zh, en, zh-Hant or pt-BR"
        }
        guard canonical == text else { return "write it \(canonical) (BCP 47 case: language lowercase, script Capitalised, region UPPERCASE)" }
        return nil
    }

    /// The tag in canonical case when its subtags are language, then optional script, region and variants.
    private static func canonicalForm(_ subtags: [String]) -> String? {
        guard let language = subtags.first, (2...3).contains(language.count) || (5...8).contains(language.count),
            language.allSatisfy(\.isLetter)
        else { return nil }
        var parts = [language.lowercased()]
        var rest = subtags.dropFirst()
        if let script = rest.first, script.count == 4, script.allSatisfy(\.isLetter) {
            parts.append(script.prefix(1).uppercased() + script.dropFirst().lowercased())
            rest = rest.dropFirst()
        }
        if let region = rest.first,
            (region.count == 2 && region.allSatisfy(\.isLetter)) || (region.count == 3 && region.allSatisfy(\.isNumber))
        {
            parts.append(region.uppercased())
            rest = rest.dropFirst()
        }
        for variant in rest {
            let isVariant = (5...8).contains(variant.count) || (variant.count == 4 && variant.first?.isNumber == true)
            guard isVariant else { return nil }
            parts.append(variant.lowercased())
        }
        return parts.joined(separator: "-")
    }
}

extension Character {
    fileprivate var isASCIIAlphanumeric: Bool { isASCII && (isLetter || isNumber) }
}
