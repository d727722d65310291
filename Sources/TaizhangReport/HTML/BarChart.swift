import TaizhangText

/// A horizontal bar chart as inline SVG: one bar per row, done and in-progress stacked on a
/// grey track as long as the row's total. Numbers are written beside each bar, so the chart
/// reads without colour too.
enum BarChart {
    struct Bar {
        var label: String
        var done: Int
        var doing: Int
        var total: Int
    }

    static let labelWidth = 300
    static let barWidth = 320
    static let numberWidth = 120
    static let rowHeight = 22

    static func svg(_ bars: [Bar], caption: String) -> String {
        let width = labelWidth + barWidth + numberWidth
        let height = rowHeight * bars.count + 24
        // Bars share one scale, the largest total, so lengths compare across rows.
        let scale = Double(barWidth) / Double(max(bars.map(\.total).max() ?? 1, 1))
        var out = "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(HTMLWriter.escape(caption))\">\n"
        out += legend()
        for (index, bar) in bars.enumerated() {
            let y = 24 + index * rowHeight
            let percent = ReportTable.Cell.percentText(bar.total == 0 ? 0 : Double(bar.done) / Double(bar.total))
            let label = TextFit.truncate(bar.label, toWidth: 46)
            out += "<g class=\"row\"><title>\(HTMLWriter.escape("\(bar.label)：已完成 \(bar.done)，进行中 \(bar.doing)，共 \(bar.total)"))</title>"
            out += "<text x=\"0\" y=\(quoted(y + 15))>\(HTMLWriter.escape(label))</text>"
            out += rect("bar track", x: labelWidth, y: y + 3, width: length(bar.total, scale))
            out += rect("bar done", x: labelWidth, y: y + 3, width: length(bar.done, scale))
            out += rect("bar doing", x: labelWidth + length(bar.done, scale), y: y + 3, width: length(bar.doing, scale))
            out += "<text x=\(quoted(labelWidth + barWidth + 8)) y=\(quoted(y + 15))>\(bar.done)/\(bar.total) \(percent)</text></g>\n"
        }
        return out + "</svg>\n<figcaption>\(HTMLWriter.escape(caption))</figcaption>\n</figure>\n"
    }

    private static func legend() -> String {
        var out = "<g class=\"legend\">"
        for (index, (kind, name)) in [("done", "已完成"), ("doing", "进行中"), ("track", "未开始")].enumerated() {
            let x = labelWidth + index * 90
            out += "<rect class=\"\(kind)\" x=\(quoted(x)) y=\"4\" width=\"12\" height=\"12\"/>"
            out += "<text x=\(quoted(x + 16)) y=\"15\">\(name)</text>"
        }
        return out + "</g>\n"
    }

    private static func length(_ count: Int, _ scale: Double) -> Int { Int((Double(count) * scale).rounded()) }

    private static func rect(_ kind: String, x: Int, y: Int, width: Int) -> String {
        "<rect class=\"\(kind)\" x=\(quoted(x)) y=\(quoted(y)) width=\(quoted(width)) height=\(quoted(rowHeight - 6))/>"
    }

    private static func quoted(_ value: Int) -> String { "\"\(value)\"" }
}
