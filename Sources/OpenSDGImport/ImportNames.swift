import Foundation
import SiteModel

/// Turning Open SDG's names into Almanac ids and codes.
enum ImportNames {
    /// `Age group` → `age-group`: lowercase ASCII letters and digits joined by single `-`.
    static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, ASCII.isAlphanumeric(scalar) {
                if pendingDash && !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result
    }

    /// Columns of an Almanac data file that a dimension may not be called.
    static let reservedDataColumns: Set<String> = ["region", "year", "value", "flag", "source"]

    /// A code cell without the characters Almanac refuses in codes (controls, tabs, line breaks, invisible ones).
    static func cleanCode(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars
        where !(scalar.isControlCharacter || scalar.isInvisibleFormatCharacter || scalar == "\t") {
            result.unicodeScalars.append(scalar)
        }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// A text cell without control characters other than line breaks and tabs.
    static func cleanText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars where !ControlCharacters.isControl(scalar) || scalar == "\n" {
            result.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
        }
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A region code as Almanac accepts it (`E12000001`, `35`), else a slug of it.
    static func regionCode(_ text: String) -> String {
        let allowed = text.unicodeScalars.allSatisfy {
            $0.isASCII && (ASCII.isAlphanumeric($0) || $0 == "-" || $0 == "_" || $0 == ".")
        }
        if allowed, !text.isEmpty, !text.hasPrefix("."), !isReserved(text) { return text }
        let slugged = slug(text)
        return isReserved(slugged) ? "r-" + slugged : slugged
    }

    /// Names no page may have: `index`, and device names of Windows.
    static func isReserved(_ text: String) -> Bool {
        let stem = text.lowercased().split(separator: ".").first.map(String.init) ?? ""
        if stem == "index" || ["con", "prn", "aux", "nul"].contains(stem) { return true }
        if stem.count == 4, ["com", "lpt"].contains(String(stem.prefix(3))), stem.last?.isNumber == true { return true }
        return false
    }
}

/// ASCII letters and digits, without Foundation's wider Unicode classes.
enum ASCII {
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
