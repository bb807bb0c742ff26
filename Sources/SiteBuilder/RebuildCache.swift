import ContentChecks
import ContentLoading
import Foundation
import SitePages

/// What an `IncrementalBuilder` keeps from one load and plan to the next, so a rebuild after an edit of one file
/// does the work of that file rather than of the whole site; each part gives the same result as a build
/// without it.
final class RebuildCache: @unchecked Sendable {
    /// Parsed data files, by their bytes and what their parse reads.
    let dataFiles = DataFileCache()
    /// The data-quality findings on each indicator's data.
    let checks = IndicatorCheckCache()
    private let lock = NSLock()
    private var lastContext: SiteContext?

    /// The context of the last plan, whose lookups of unchanged indicators the next one keeps.
    var context: SiteContext? {
        get { lock.withLock { lastContext } }
        set { lock.withLock { lastContext = newValue } }
    }
}
