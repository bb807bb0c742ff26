import Foundation
import Testing
import TestSupport

/// The same content gives byte-identical output, whatever the folder or the order of work, within one process;
/// `CrossProcessDeterminismTests` builds in separate processes, where hashing seeds differ.
@Suite struct DeterminismTests {
    private func differences(_ a: SiteFiles, _ b: SiteFiles) -> [String] {
        let paths = Set(a.files.keys).union(b.files.keys)
        return paths.filter { a.files[$0] != b.files[$0] }.sorted()
    }

    @Test func twoBuildsFromTwoFoldersAreByteIdentical() throws {
        let first = try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            try workspace.build(parallelism: 1)
            return try workspace.outputFiles()
        }
        let second = try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            try workspace.build(parallelism: 8)
            return try workspace.outputFiles()
        }
        #expect(first.files.count > 80)
        #expect(differences(first, second).isEmpty, "\(differences(first, second))")
    }

    @Test func rebuildingIntoTheSameFolderChangesNothing() throws {
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            try workspace.build()
            let before = try workspace.outputFiles()
            try workspace.build(parallelism: 3)
            #expect(differences(before, try workspace.outputFiles()).isEmpty)
            #expect(workspace.entries == ["content", "site"], "no old or staging folder left")
        }
    }
}
