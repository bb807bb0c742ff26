import Foundation
import Testing

/// Golden SVG files next to this test file, found through `#filePath` so they work from any package that
/// includes the test target. `RECORD_GOLDENS=1 swift test` rewrites them.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// Compares `svg` with the stored golden `name`, or stores it when recording.
    static func check(_ svg: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = url(name)
        if isRecording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(svg.utf8).write(to: url)
            return
        }
        guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("Missing golden \(name); run with RECORD_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(stored == svg, "SVG differs from golden \(name); rerun with RECORD_GOLDENS=1 if intended",
                sourceLocation: sourceLocation)
    }
}
