import ContentChecks
import ContentLoading

/// What an `IncrementalBuilder` keeps from one load and plan to the next, so a rebuild after an edit of one file
/// does the work of that file rather than of the whole site; each part gives the same result as a build
/// without it.
final class RebuildCache: Sendable {
    /// Parsed data files, by their bytes and what their parse reads.
    let dataFiles = DataFileCache()
    /// The data-quality findings on each indicator's data.
    let checks = IndicatorCheckCache()
}
