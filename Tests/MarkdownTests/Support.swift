import Foundation

/// A document that exercises every place a paragraph can sit.
enum Sample {
    static let document = """
        # 甘肃省妇女儿童发展规划

        第一段，中文文本
        跨行书写。

        - 紧凑列表一
        - 紧凑列表二
          - 嵌套
        - third

        1. loose one

        2. loose two

           with a second paragraph

        > A quote.
        >
        > - quoted item
        >
        > > nested quote

        ## Section

        - c
          ***
          d

        ```chart
        indicator: maternal-mortality-ratio
        ```

        <div>raw</div>

        Closing [link](indicator:foo) paragraph.
        """
}

/// The `cmark` command line, the reference for paragraph numbering.
enum CmarkCommandLine {
    /// The first `cmark` on the PATH.
    static let path: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
        .split(separator: ":")
        .map { "\($0)/cmark" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isInstalled: Bool { path != nil }

    /// The number of `<paragraph>` nodes in `cmark -t xml` output, or nil if the tool cannot be run.
    static func paragraphCount(of text: String) -> Int? {
        guard let path else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-t", "xml"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        do { try process.run() } catch { return nil }
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let xml = String(decoding: data, as: UTF8.self)
        return xml.components(separatedBy: "<paragraph").count - 1
    }
}
