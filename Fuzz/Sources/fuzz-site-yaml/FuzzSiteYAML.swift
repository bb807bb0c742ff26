@testable import ContentLoading
import FuzzSupport

/// `site.yml` through its reader: decoding, YAML parsing (Yams) with positions, and every field's checks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSiteYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzInput.write(FuzzInput.bytes(data, size), to: "site.yml")
    var state = LoadState(directory: FuzzInput.folder, displayPath: "content")
    _ = state.loadSiteFile()
    for diagnostic in state.diagnostics {
        fuzzExpect(diagnostic.location.line.map { $0 >= 1 } ?? true, "diagnostic lines start at 1")
        fuzzExpect(diagnostic.location.column.map { $0 >= 1 } ?? true, "diagnostic columns start at 1")
    }
    return 0
}
