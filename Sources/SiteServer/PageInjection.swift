import Plotting
import SiteBuilder
import SiteModel
import SitePages

/// What `serve` adds to each HTML page it sends, and only there: the files of the site folder stay as a build
/// writes them.
///
/// The reload script listens to `/__almanac/events` and reloads the page when the site's generation differs from
/// the one the page was served with: after a rebuild, or when a rebuild finished between the page's loading and
/// the script's connecting. It names the page it is on (`?page=`), which a rebuild writes before the others.
public enum PageInjection {
    public static let eventsPath = "/__almanac/events"

    /// The script for a page served at `generation`.
    public static func reloadScript(generation: Int) -> String {
        """
        <script>(() => { const served = "\(generation)"; \
        const events = new EventSource("\(eventsPath)?page=" + encodeURIComponent(location.pathname)); \
        events.addEventListener("reload", (event) => { if (event.data !== served) { location.reload(); } }); \
        })();</script>
        """
    }

    /// `html` with `snippet` placed before its last `</body>` (any case), or at its end when it has none.
    public static func inject(_ snippet: String, into html: [UInt8]) -> [UInt8] {
        let closing = Array("</body>".utf8)
        var index = html.count - closing.count
        while index >= 0 {
            if zip(html[index..<(index + closing.count)], closing).allSatisfy({ lowercased($0) == $1 }) {
                var result = html
                result.insert(contentsOf: snippet.utf8, at: index)
                return result
            }
            index -= 1
        }
        return html + Array(snippet.utf8)
    }

    /// The page `html` as `serve` sends it: with the overlay while the site has problems, and the reload script.
    public static func page(_ html: [UInt8], generation: Int, problems: BuildProblems?) -> [UInt8] {
        inject((problems.map(overlay) ?? "") + reloadScript(generation: generation), into: html)
    }

    /// A whole page holding only the overlay and the script: what is sent for a page the site does not have
    /// (yet) while it has problems, such as every page when the first build failed.
    public static func problemsPage(_ problems: BuildProblems, generation: Int) -> [UInt8] {
        let head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Almanac: the site has problems</title></head><body></body></html>"
        return page(Array(head.utf8), generation: generation, problems: problems)
    }

    /// The overlay listing `problems`, every piece of text escaped: messages quote content, which may hold markup.
    public static func overlay(_ problems: BuildProblems) -> String {
        var html = """
            <div id="almanac-problems" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
            background:rgba(20,20,20,.94);color:#fafafa;font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;\
            padding:2rem;box-sizing:border-box">
            <h2 style="margin:0 0 .5rem;color:#ff8a80;font-size:1.3rem">\(escaped(problems.headline))</h2>
            <p style="margin:0 0 1rem">\(escaped(problems.advice))</p>
            <ol style="padding-left:1.5rem">
            """
        for entry in problems.entries {
            html += "<li style=\"margin:.4rem 0\">"
            if let location = entry.location {
                html += "<code style=\"color:#80d8ff\">\(escaped(location))</code>: "
            }
            let colour = entry.severity == .error ? "#ff8a80" : "#ffe57f"
            html += "<span style=\"color:\(colour)\">\(entry.severity.rawValue)</span>: \(escaped(entry.message))</li>\n"
        }
        if problems.hiddenCount > 0 {
            html += "<li>… and \(problems.hiddenCount) more (see the terminal)</li>\n"
        }
        return html + "</ol></div>\n"
    }

    private static func escaped(_ text: String) -> String {
        MarkupEscaping.text(text.escapingInvisibleCharacters)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
