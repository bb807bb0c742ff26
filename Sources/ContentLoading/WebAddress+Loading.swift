import SiteModel
import Yams

extension LoadState {
    /// `text` as a checked address, or nil with an error at `location` naming `what` and the reason.
    mutating func webAddress(
        _ text: String, _ what: String, as form: WebAddress.Form, at location: SourceLocation
    ) -> WebAddress? {
        switch WebAddress.check(text, as: form) {
        case .success(let address):
            return address
        case .failure(let problem):
            report(.error("bad \(what) \(quoted(text)): \(problem.reason)", at: location))
            return nil
        }
    }

    /// The address in a CSV cell; nil for an empty cell, or with an error for a refused one.
    mutating func webAddress(_ cell: CSVCell, _ what: String, as form: WebAddress.Form, in sheet: CSVSheet) -> WebAddress? {
        guard !cell.text.isEmpty else { return nil }
        return webAddress(cell.text, what, as: form, at: location(sheet.path, line: cell.line, column: cell.column))
    }

    /// The address in a YAML value; nil for an empty value, or with an error for a refused one.
    mutating func webAddress(_ node: Node, _ what: String, as form: WebAddress.Form, in place: YAMLText) -> WebAddress? {
        guard let text = yamlText(node, what, in: place), !text.isEmpty else { return nil }
        // A control character was reported by `yamlText` already; one message per value is enough.
        guard ControlCharacters.firstForbidden(in: text) == nil else { return nil }
        return webAddress(text, what, as: form, at: location(of: node, in: place))
    }
}
