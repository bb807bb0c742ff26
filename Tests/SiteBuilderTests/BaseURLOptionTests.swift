import Foundation
import SiteBuilder
import Testing
import TestSupport

/// `--base-url` is checked as `site.yml`'s `base_url`: a bad one stops the build and keeps the previous site.
@Suite struct BaseURLOptionTests {
    @Test(arguments: ["javascript:alert(1)//", "example.org", "https://example.org/a b", "//example.org/", "https://example.org/?x="])
    func badBaseURLFailsBeforeAnythingIsWritten(_ baseURL: String) throws {
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            try workspace.build()
            let before = try workspace.outputFiles()
            do throws(BuildFailure) {
                try workspace.build(baseURL: baseURL)
                Issue.record("the build was meant to fail")
            } catch {
                #expect(error.stage == "reading the options")
                #expect(error.description.hasPrefix("error: --base-url: bad address \"\(baseURL)\": "), "\(error)")
            }
            #expect(try workspace.outputFiles().files == before.files)
        }
    }

    @Test func commandExitsNonZeroAndSaysWhy() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            let arguments = ["build", "--content", "content", "--output", "site", "--assets", PackagePaths.assets.path]
            let outcome = try almanac.run(arguments + ["--base-url", "javascript:alert(1)//"], in: workspace.root)
            #expect(outcome.status == 1)
            #expect(outcome.stderr.split(separator: "\n") == [
                "error: --base-url: bad address \"javascript:alert(1)//\": javascript: addresses are not allowed; use https:// or http://",
                "build failed while reading the options: 1 error; site/ was left as it was",
            ])
            #expect(workspace.entries == ["content"], "nothing written")
        }
    }
}
