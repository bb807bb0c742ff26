/// Why an indicator has no statistics (yet), from the `reporting` column of `indicators.csv`.
///
/// Sites that publish a whole framework (all SDG indicators, as Open SDG sites do) keep a page for every
/// indicator, and the page says why it shows no figures; an indicator without a status is reported as usual.
public enum ReportingStatus: String, Sendable, Hashable, CaseIterable {
    /// Statistics are being prepared.
    case inProgress = "in_progress"
    /// Nobody reports on it yet.
    case notStarted = "not_started"
    /// It is not measured by a statistic: its text is what the page shows.
    case nonStatistical = "non_statistical"
}
