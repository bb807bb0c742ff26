import SiteModel

extension LanguageContext {
    /// Renders a page template (`templates/<name>.mustache`) with the shared layout and the page's own view.
    ///
    /// Templates see `{{layout.…}}`, `{{page.…}}` and `{{i18n.…}}`.
    func renderPage<View>(
        _ template: String, layout: LayoutView, view: View
    ) throws -> String {
        try theme.render(template, language: language, ["layout": layout, "page": view])
    }
}
