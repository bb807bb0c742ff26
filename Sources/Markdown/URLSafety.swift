/// The URL check of cmark's safe mode, which this module renders without (it inserts HTML of its own).
/// Schemes that run code or read local files are dropped; data URLs are kept only for raster images.
enum URLSafety {
    private static let dangerousPrefixes = ["javascript:", "vbscript:", "file:", "data:"]
    private static let safeDataPrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    /// The URL itself, or "" if following it would be dangerous.
    static func sanitized(_ url: String) -> String {
        isDangerous(url) ? "" : url
    }

    static func isDangerous(_ url: String) -> Bool {
        // Browsers ignore leading spaces and control characters before a scheme; so does this check.
        let trimmed = url.drop { $0.unicodeScalars.allSatisfy { $0.value <= 0x20 } }.lowercased()
        if safeDataPrefixes.contains(where: trimmed.hasPrefix) { return false }
        return dangerousPrefixes.contains(where: trimmed.hasPrefix)
    }
}
