extension RegionPageView.Row {
    /// The row of the `region` template's indicator table, written by code (see `HTMLWriter`) with the markup the
    /// template had; `isHome` leaves out the home region's column, as on the home region's own page.
    func write(to out: inout HTMLWriter, isHome: Bool, strings: UIStrings) {
        let noValue = strings["table.no_value"]
        let (open, close) = (strings["punct.open_paren"], strings["punct.close_paren"])
        out.markup("<tr><th scope=\"row\"><a href=\"")
        out.text(href)
        out.markup("\">")
        out.text(name)
        out.markup("</a></th><td class=\"num\">")
        out.text(value ?? noValue)
        if let flag {
            out.markup("<abbr class=\"flag\">")
            out.text(flag)
            out.markup("</abbr>")
        }
        out.markup("<span class=\"period\">")
        out.text(open)
        out.text(period ?? "")
        out.text(close)
        out.markup("</span></td>")
        if !isHome {
            out.markup("<td class=\"num\">")
            if let homeValue {
                out.text(homeValue)
                out.markup("<span class=\"period\">")
                out.text(open)
                out.text(homePeriod ?? "")
                out.text(close)
                out.markup("</span>")
            } else {
                out.text(noValue)
            }
            out.markup("</td>")
        }
        out.markup("<td>")
        out.text(target ?? noValue)
        out.markup("</td><td>")
        status.write(to: &out)
        out.markup("</td></tr>\n")
    }
}
