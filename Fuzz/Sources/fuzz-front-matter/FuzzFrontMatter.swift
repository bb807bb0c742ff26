@testable import ContentLoading
import FuzzSupport
import SiteModel

/// A document file through its reader: front matter split (`FrontMatterSplit`), its YAML, the document's
/// fields (dates), the Markdown outline with its links, and the YAML of its chart blocks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzInput.write(FuzzInput.bytes(data, size), to: "documents/report.en.md")
    var state = LoadState(directory: FuzzInput.folder, displayPath: "content")
    let languages = [LanguageCode("en"), LanguageCode("zh")]
    var files = state.readMarkdownFolder("documents", languages: languages, slugKind: "slug")
    let references = MarkdownReferences(
        indicators: [IndicatorID("infant-mortality-rate")], regions: [RegionCode("620000")],
        documents: [DocumentSlug("report")], pages: [], dimensions: [IndicatorID("infant-mortality-rate"): ["sex"]],
        allowsRawHTML: false)
    for index in files.indices {
        state.checkMarkdown(&files[index], references: references)
    }
    _ = state.documents(from: files, languages: languages, indicators: references.indicators)
    for diagnostic in state.diagnostics {
        fuzzExpect(diagnostic.location.line.map { $0 >= 1 } ?? true, "diagnostic lines start at 1")
        fuzzExpect(diagnostic.location.column.map { $0 >= 1 } ?? true, "diagnostic columns start at 1")
    }
    return 0
}
