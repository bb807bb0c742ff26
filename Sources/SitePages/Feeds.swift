import Plotting
import SiteModel

extension LanguageContext {
    /// An Atom feed of the documents in `language`, newest first; dates only, so the feed is reproducible.
    func atomFeed() -> String {
        let route = Route.feed(language)
        let title = text(site.settings.title)
        let id = absoluteURL(route) ?? "urn:almanac:\(XML.token(title)):\(language):feed"
        let entries = site.documents.compactMap { document -> String? in
            guard let version = document.version(for: language, fallbacks: languages) else { return nil }
            let target = Route.document(language, document.slug)
            let link = absoluteURL(target) ?? route.link(to: target)
            let entryID = absoluteURL(target) ?? "urn:almanac:\(XML.token(title)):\(language):document:\(document.slug)"
            var entry = version.language == language ? "  <entry>\n" : "  <entry xml:lang=\"\(version.language)\">\n"
            entry += "    <title>\(MarkupEscaping.text(version.title))</title>\n"
            entry += "    <id>\(MarkupEscaping.text(entryID))</id>\n"
            entry += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(MarkupEscaping.attribute(link))\"/>\n"
            entry += "    <updated>\(version.date)T00:00:00Z</updated>\n"
            if let author = version.author { entry += "    <author><name>\(MarkupEscaping.text(author))</name></author>\n" }
            if let kind = version.kind { entry += "    <category term=\"\(MarkupEscaping.attribute(kind))\"/>\n" }
            entry += "  </entry>\n"
            return entry
        }
        let updated = site.documents.compactMap { $0.version(for: language, fallbacks: languages)?.date }.max() ?? "1970-01-01"
        let selfLink = absoluteURL(route).map { "  <link rel=\"self\" href=\"\(MarkupEscaping.attribute($0))\"/>\n" } ?? ""
        let home = absoluteURL(.home(language)) ?? route.link(to: .home(language))
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language)">
              <title>\(MarkupEscaping.text(title))</title>
              <id>\(MarkupEscaping.text(id))</id>
              <updated>\(updated)T00:00:00Z</updated>
              <author><name>\(MarkupEscaping.text(text(site.settings.publisher)))</name></author>
              <link rel="alternate" type="text/html" href="\(MarkupEscaping.attribute(home))"/>
            \(selfLink)\(entries.joined())</feed>

            """
    }
}

extension SiteContext {
    /// `sitemap.xml` with every page in every language and its `hreflang` alternates; URLs are absolute
    /// when the site has a base URL, else relative to the root.
    func sitemap(pages: [Route]) -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        for page in pages {
            xml += "  <url>\n    <loc>\(MarkupEscaping.text(absoluteURL(page) ?? page.path))</loc>\n"
            for language in languages {
                let alternate = page.inLanguage(language)
                xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(language)\" href=\"\(MarkupEscaping.attribute(absoluteURL(alternate) ?? alternate.path))\"/>\n"
            }
            xml += "  </url>\n"
        }
        return xml + "</urlset>\n"
    }

    func robots() -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let sitemap = absoluteURL(.sitemap) { text += "Sitemap: \(sitemap)\n" }
        return text
    }
}

/// Feed ids for a site without a base URL.
enum XML {
    /// A stable URN-safe token (an FNV-1a hash) of a title, for feed ids when the site has no base URL.
    static func token(_ text: String) -> String {
        let hex = text.utf8.reduce(into: UInt64(14_695_981_039_346_656_037)) { hash, byte in
            hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
        }
        return String(hex, radix: 16)
    }
}
