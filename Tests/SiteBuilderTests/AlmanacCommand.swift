import Foundation
import Testing
import TestSupport

/// The built `almanac` executable, run as a user runs it.
struct AlmanacCommand {
    struct Outcome {
        var status: Int32
        var reason: Process.TerminationReason
        var stdout: String
        var stderr: String
    }

    let executable: URL

    /// The `almanac` built beside this test bundle: SwiftPM puts products and the test runner in one folder.
    static func find() -> AlmanacCommand? {
        let manager = FileManager.default
        var folders = [
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("almanac")
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                manager.isExecutableFile(atPath: candidate.path)
            {
                return AlmanacCommand(executable: candidate)
            }
        }
        return nil
    }

    /// The command, or an issue saying how to get it (the tests need the `almanac` product built).
    static func require(sourceLocation: SourceLocation = #_sourceLocation) throws -> AlmanacCommand {
        try #require(
            find(), "no almanac executable beside the test bundle (\(CommandLine.arguments[0])); build it with swift build --build-tests",
            sourceLocation: sourceLocation)
    }

    /// Runs `almanac arguments…` in `directory`, with stdout and stderr captured through files (no pipe to fill up).
    ///
    /// - Parameters:
    ///   - environment: variables added to this process's own, e.g. a failure to inject.
    ///   - replacingEnvironment: the whole environment instead, e.g. without a variable the test runner sets.
    func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:],
        replacingEnvironment: [String: String]? = nil
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let replacingEnvironment {
            process.environment = replacingEnvironment.merging(environment) { $1 }
        } else if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = directory
        // Captured outside `directory`, so the command's folder holds only what the command made.
        let scratch = FileManager.default.temporaryDirectory
        let outURL = scratch.appendingPathComponent("almanac-test-stdout-\(UUID().uuidString)")
        let errURL = scratch.appendingPathComponent("almanac-test-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Outcome(
            status: process.terminationStatus, reason: process.terminationReason,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
