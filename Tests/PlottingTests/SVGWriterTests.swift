import Testing
@testable import Plotting

/// The one writer of every chart's markup: elements nested and closed, every value escaped, numbers and colours
/// written as the goldens expect, `font-size` only where it differs from the inherited one.
@Suite struct SVGWriterTests {
    private func written(_ write: (inout SVGWriter) -> Void) -> String {
        var svg = SVGWriter()
        write(&svg)
        return svg.markup
    }

    @Test func elementsNestOneALineAndEmptyOnesCloseThemselves() {
        let markup = written { svg in
            svg.open("g")
            svg.attribute("class", "outer")
            svg.open("g")
            svg.close()
            svg.open("rect")
            svg.attribute("x", 1.5)
            svg.close()
            svg.close()
        }
        #expect(markup == "<g class=\"outer\">\n<g/>\n<rect x=\"1.5\"/>\n</g>\n")
    }

    @Test func textElementsStayOnOneLineWithTheirSpans() {
        let markup = written { svg in
            svg.open("svg")
            svg.open("text")
            svg.attribute("x", 0)
            svg.open("tspan")
            svg.text("a")
            svg.close()
            svg.open("tspan")
            svg.close()
            svg.close()
            svg.open("title")
            svg.text("")
            svg.close()
            svg.open("desc")
            svg.close()
            svg.close()
        }
        #expect(markup == "<svg>\n<text x=\"0\"><tspan>a</tspan><tspan/></text>\n<title></title>\n<desc/>\n</svg>\n")
    }

    @Test func attributesAndTextAreEscaped() {
        let hostile = "<a href=\"x\">&'\u{1}\u{7F}\u{85}\u{FFFE}\t\n"
        let markup = written { svg in
            svg.open("text")
            svg.attribute("class", hostile)
            svg.attribute("id", "x", hostile)
            svg.text(hostile)
            svg.close()
        }
        let attribute = "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&#9;&#10;"
        #expect(markup == "<text class=\"\(attribute)\" id=\"x\(attribute)\">&lt;a href=\"x\"&gt;&amp;'\t\n</text>\n")
        #expect(SVGTree.parse("<svg>" + markup + "</svg>") != nil, "well-formed XML")
    }

    @Test func aStylesheetIsCopiedAsItIs() {
        let markup = written { svg in
            svg.open("style")
            svg.unescapedText(":where(.chart>text){fill:red}")
            svg.close()
        }
        #expect(markup == "<style>:where(.chart>text){fill:red}</style>\n")
    }

    @Test func numbersHaveAtMostTwoDecimalsAndColoursAreLowercaseHex() {
        let markup = written { svg in
            svg.open("line")
            svg.attribute("x1", 12.345)
            svg.attribute("x2", -0.001)
            svg.attribute("y1", 2.0)
            svg.attribute("y2", -1.005)
            svg.attribute("width", Double.nan)
            svg.attribute("dy", 0.32, unit: "em")
            svg.attribute("stroke", RGBColor(red: 0, green: 0x72, blue: 0xB2))
            svg.attribute("fill", RGBColor(red: 255, green: 10, blue: 1))
            svg.close()
        }
        #expect(markup == "<line x1=\"12.35\" x2=\"0\" y1=\"2\" y2=\"-1\" width=\"0\" dy=\"0.32em\""
            + " stroke=\"#0072b2\" fill=\"#ff0a01\"/>\n")
        #expect(SVGNumber.format(1234567.8) == "1234567.8")
        #expect(SVGNumber.format(-3.1) == "-3.1")
    }

    @Test func pathDataIsWrittenAsBuilt() {
        var path = SVGPath()
        path.move(0, 90.004)
        path.line(100.5, -80)
        path.dot(1, 2)
        path.close()
        let markup = written { svg in
            svg.open("path")
            svg.attribute("d", path)
            svg.close()
        }
        #expect(markup == "<path d=\"M0,90L100.5,-80M1,2h0Z\"/>\n")
    }

    @Test func aFontSizeEqualToTheInheritedOneIsLeftOut() {
        let markup = written { svg in
            svg.open("svg")
            svg.fontSize(13)
            svg.open("g")
            svg.fontSize(13.001)
            svg.open("text")
            svg.fontSize(12)
            svg.open("tspan")
            svg.fontSize(12)
            svg.close()
            svg.close()
            svg.open("text")
            svg.fontSize(13)
            svg.close()
            svg.close()
            svg.open("text")
            svg.fontSize(14)
            svg.close()
            svg.close()
        }
        #expect(markup == "<svg font-size=\"13\">\n<g>\n<text font-size=\"12\"><tspan/></text>\n<text/>\n</g>\n"
            + "<text font-size=\"14\"/>\n</svg>\n")
    }

    @Test func rightToLeftLabelsSwapTheirAnchorAndWriteItLast() {
        let paints = Paints(palette: .okabeIto)
        func label(_ anchor: TextLabel.Anchor, mirrored: Bool) -> String {
            written { svg in
                svg.mirrorsTextAnchors = mirrored
                TextLabel(lines: ["a"], x: 1, y: 2, fontSize: 12, anchor: anchor, className: "c")
                    .write(to: &svg, paints: paints, fill: .black)
            }
        }
        #expect(label(.end, mirrored: false) == "<text class=\"c\" x=\"1\" y=\"2\" font-size=\"12\" text-anchor=\"end\" fill=\"#000000\">a</text>\n")
        #expect(label(.start, mirrored: false) == "<text class=\"c\" x=\"1\" y=\"2\" font-size=\"12\" fill=\"#000000\">a</text>\n")
        #expect(label(.end, mirrored: true) == "<text class=\"c\" x=\"1\" y=\"2\" font-size=\"12\" fill=\"#000000\" text-anchor=\"start\">a</text>\n")
        #expect(label(.start, mirrored: true).hasSuffix("fill=\"#000000\" text-anchor=\"end\">a</text>\n"))
        #expect(label(.middle, mirrored: true).hasSuffix("fill=\"#000000\" text-anchor=\"middle\">a</text>\n"))
    }
}
