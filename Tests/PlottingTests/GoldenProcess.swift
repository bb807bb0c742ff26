import Foundation
import Testing

/// Renders the goldens in a child process: this test binary run again, filtered to one test, with an environment
/// variable naming the folder to write the SVGs into.
///
/// Swift seeds its hashing afresh in each process, so output that depends on dictionary or set order is the same
/// twice in one process and differs only from one process to the next. A child of the test binary itself needs no
/// extra target: SwiftPM's Linux test product is an executable that takes Swift Testing's `--filter`.
enum GoldenProcess {
    static let outputVariable = "ALMANAC_GOLDENS_OUTPUT"
    static let test = "PlottingTests.GoldenTests/isDeterministicAcrossProcesses"

    /// The folder to write into when this process is such a child, else nil.
    static var outputFolder: URL? {
        ProcessInfo.processInfo.environment[outputVariable].map { URL(fileURLWithPath: $0) }
    }

    /// Runs a child that writes every golden into a new folder; returns name → SVG text.
    static func render() throws -> [String: String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-goldens-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathExtension("log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--testing-library", "swift-testing", "--filter", test]
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = nil
        environment[outputVariable] = folder.path
        process.environment = environment
        let output = try FileHandle(forWritingTo: log)
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        let printed = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        try #require(process.terminationStatus == 0, "the child test process failed:\n\(printed)")

        var svgs: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            svgs[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return svgs
    }
}
