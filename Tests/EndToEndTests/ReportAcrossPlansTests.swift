import Foundation
import TaizhangTestSupport
import Testing

/// `report --all` (issue 19): every unit across the plans home, per plan and in total, in
/// Markdown, xlsx (read back by openpyxl) and HTML, each with the numbers of
/// `workload --all --json`; and the options it refuses.
@Suite("report across plans")
struct ReportAcrossPlansTests {
    static let today = ["--today", "2026-12-01"]
    static let counts = ["total", "done", "doing", "open", "overdue"]

    /// `unit|plan` → the five counts, from `workload --all --json`; `plan` is 全部方案 for a
    /// unit's sum over all plans. A unit is named as the report names it.
    static func expected(_ json: String) throws -> [String: [Int]] {
        let across = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let units = try #require(across["units"] as? [[String: Any]])
        var expected: [String: [Int]] = [:]
        for unit in units {
            let name: String
            switch unit["kind"] as? String {
            case "group": name = (unit["unit"] as? String ?? "") + "（合计）"
            case "unassigned": name = "（未明确单位）"
            default: name = unit["unit"] as? String ?? ""
            }
            expected[name + "|全部方案"] = counts.map { unit[$0] as? Int ?? -1 }
            for share in try #require(unit["plans"] as? [[String: Any]]) {
                expected[name + "|" + (share["plan"] as? String ?? "")] = counts.map { share[$0] as? Int ?? -1 }
            }
        }
        return expected
    }

    @Test func markdownXLSXAndHTMLHoldTheNumbersOfWorkloadAll() async throws {
        let (scratch, environment) = try await PlansHomeTests.threePlans()
        let done = try await CommandLineRun.taizhang(["done", "1", "--plan", "韶关"], scratch: scratch, environment: environment)
        #expect(done.status == 0, "\(done.stderr)")
        let workload = try await CommandLineRun.taizhang(["workload", "--all", "--json"] + Self.today, scratch: scratch, environment: environment)
        #expect(workload.status == 0, "\(workload.stderr)")
        let expected = try Self.expected(workload.stdout)
        #expect(expected.count > 3)
        #expect(expected.values.contains { $0[1] > 0 }, "one task is done")

        // Markdown: every row is unit | plan | five counts | 迟报, padded by display width;
        // 迟报 is blank, as no plan here collects returns.
        let markdown = try await CommandLineRun.taizhang(["report", "--all", "--format", "md"] + Self.today, scratch: scratch, environment: environment)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.hasPrefix("# 各方案单位任务汇总\n"))
        #expect(markdown.stdout.contains("- 方案数：3\n"))
        var found: [String: [Int]] = [:]
        let lines = markdown.stdout.split(separator: "\n").filter { $0.hasPrefix("| ") }
        for line in lines.dropFirst(2) {
            let cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells.count == 8 && cells[7].isEmpty, "\(line)")
            guard cells.count == 8 else { continue }
            found[cells[0] + "|" + cells[1]] = cells[2..<7].map { Int($0) ?? -1 }
        }
        #expect(found == expected)
        // The pipes line up in the raw text: Chinese counts two columns.
        let widths = Set(lines.compactMap { Self.columns(String($0)) })
        #expect(widths.count == 1, "\(widths)")

        // xlsx, read by openpyxl: the same rows under the title, subtitle and header.
        let book = scratch.file("全部.xlsx")
        let xlsx = try await CommandLineRun.taizhang(["report", "--all", "--out", book] + Self.today, scratch: scratch, environment: environment)
        #expect(xlsx.status == 0, "\(xlsx.stderr)")
        let script = """
            import json, sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
            rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
            print(json.dumps([[c.value for c in sheet[3]], rows], ensure_ascii=False))
            """
        let read = try #require(try Python.json(script, [book]))
        #expect(read[0]?.strings == ["单位", "方案", "任务数", "已完成", "推进中", "未完成", "逾期", "迟报"])
        var inBook: [String: [Int]] = [:]
        for row in read[1]?.array ?? [] {
            let cells = row.array ?? []
            guard cells.count == 8, cells[7].string == nil, let unit = cells[0].string, let plan = cells[1].string else {
                Issue.record("row \(row)")
                continue
            }
            inBook[unit + "|" + plan] = cells[2..<7].map { $0.int ?? -1 }
        }
        #expect(inBook == expected)

        // HTML: each unit's row over all plans, whole, with its counts.
        let html = try await CommandLineRun.taizhang(["report", "--all", "--format", "html"] + Self.today, scratch: scratch, environment: environment)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        for (key, numbers) in expected where key.hasSuffix("|全部方案") {
            let unit = String(key.dropLast("|全部方案".count))
            let row = "<td>\(Self.escape(unit))</td><td>全部方案</td>" + numbers.map { "<td class=\"n\">\($0)</td>" }.joined() + "<td></td>"
            #expect(html.stdout.contains(row), "\(row)")
        }
    }

    @Test func optionsThatPickPartOfOnePlanAreRefusedInBothLanguages() async throws {
        let scratch = ScratchFolder()
        let environment = ["XDG_DATA_HOME": scratch.file("data")]
        let chinese = environment.merging(["LANG": "zh_CN.UTF-8"]) { $1 }
        for (option, value) in [("--unit", "市财政局"), ("--area", "1"), ("--view", "units"), ("--rank", "overdue")] {
            let english = try await CommandLineRun.taizhang(["report", "--all", option, value], scratch: scratch, environment: environment)
            #expect(english.status != 0)
            #expect(english.stderr.contains("cannot be used with \(option)"), "\(english.stderr)")
            let zh = try await CommandLineRun.taizhang(["report", "--all", option, value], scratch: scratch, environment: chinese)
            #expect(zh.status != 0)
            #expect(zh.stderr.contains("不能与 \(option) 同用"), "\(zh.stderr)")
        }
        let json = try await CommandLineRun.taizhang(["report", "--all", "--format", "json"], scratch: scratch, environment: environment)
        #expect(json.status != 0)
        #expect(json.stderr.contains("workload --all --json"), "\(json.stderr)")
        let archived = try await CommandLineRun.taizhang(["report", "--archived"], scratch: scratch, environment: chinese)
        #expect(archived.status != 0)
        #expect(archived.stderr.contains("--archived 只能与 --all 同用"), "\(archived.stderr)")
        // Nothing was written: not even a plans home.
        #expect(!FileManager.default.fileExists(atPath: scratch.file("data/taizhang/plans")))
    }

    /// Display columns of a line of ASCII and CJK (ideographs, CJK and full-width
    /// punctuation, two columns each); nil for a line with anything else.
    static func columns(_ line: String) -> Int? {
        var width = 0
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x20..<0x7F: width += 1
            case 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF60: width += 2
            default: return nil
            }
        }
        return width
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }
}
