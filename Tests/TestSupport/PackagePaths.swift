import Foundation

/// Folders of this package, found from this file's own path so tests run from any working directory.
public enum PackagePaths {
    /// The package root (the folder holding `Package.swift`).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The built-in theme: `templates/`, `i18n/`, `static/`.
    public static var assets: URL { root.appendingPathComponent("assets") }

    public static var sources: URL { root.appendingPathComponent("Sources") }
}
