import ContentLoading
import TestSupport
import Testing

/// Inputs that `make fuzz` (Fuzz/README.md) found to crash or hang a reader, kept as they were found or reduced.
@Suite struct FuzzRegressionTests {
    private let minimal = ContentFixture.minimal()

    /// Found by fuzz-site-yaml: nested aliases used as a mapping key kept Yams hashing an exponentially large key
    /// for hours (422 bytes with nine levels of ten). Three levels of two show the same shape, quickly.
    @Test func yamlAliasesAreRefusedBeforeComposing() throws {
        let fixture = minimal.replacing(
            "comparators: [\"100000\"]",
            with: "comparators: &a [\"100000\", \"100000\"]\nx: &b [*a, *a]\n? *b\n: 1", in: "site.yml")
        try expectSingleError(
            fixture, "content/site.yml:9:8: error: bad YAML: aliases such as \"*a\" are not supported (write the value out)")
    }

    @Test func yamlAliasInFrontMatterIsReportedAtItsFileLine() throws {
        let fixture = minimal.replacing("kind: bulletin", with: "kind: &k bulletin\nrole: *k", in: "documents/bulletin-2021.en.md")
        try expectError(
            fixture,
            "content/documents/bulletin-2021.en.md:6:7: error: bad YAML: aliases such as \"*k\" are not supported (write the value out)")
    }

    /// An `&` in text is not an anchor; the quick check must not refuse it.
    @Test func ampersandInTextIsNotAnAlias() throws {
        let fixture = minimal.replacing(
            "publisher: {zh: 甘肃省人民政府妇女儿童工作委员会办公室, en: Office of the Gansu Working Committee on Women and Children}",
            with: "publisher: {zh: 甘肃省人民政府妇女儿童工作委员会办公室, en: Office of Women & Children *2021*}", in: "site.yml")
        let outcome = try load(fixture)
        #expect(outcome.site != nil, "\(outcome.messages)")
    }
}
