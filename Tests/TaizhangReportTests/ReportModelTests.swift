import TaizhangImport
import TaizhangStore
import TaizhangWords
import Testing
import TaizhangModel
@testable import TaizhangReport

/// The numbers, checked against the fixture ledger (counted independently from its JSON).
@Suite struct ReportModelTests {
    @Test func headingNamesThePlanTheDayAndTheLedger() throws {
        let heading = try Fixture.report().heading
        #expect(heading.planTitle == "珠海市贯彻落实国家和省2022年政务公开工作要点分工方案")
        #expect(heading.documentNumber == "珠府办〔2022〕6号")
        #expect(heading.issuer == "珠海市人民政府办公室")
        #expect(heading.reportDate.description == "2023-01-05")
        // Kept for JSON only; no printed format shows a local path.
        #expect(heading.ledgerPath == "~/台账/ledger.json")
        #expect(try !Fixture.report().headingFields.contains { $0.value.contains("ledger.json") })
        #expect(heading.unit == nil && heading.area == nil)
    }

    @Test func overallCountsStatusesAndOverdue() throws {
        let overall = try Fixture.report().overall
        #expect(overall .basic == [57, 46, 4, 7, 2])
        #expect(ReportTable.Cell.percent(overall.fractionDone).text == "12.3%")
    }

    @Test func areasAndSectionsInPlanOrder() throws {
        let areas = try Fixture.report().areas
        #expect(areas.count == 5 + 17)
        #expect(areas[0].label == "一、优化政务公开工作基础")
        #expect(areas[0].counts .basic == [10, 5, 1, 4, 1])
        #expect(areas[1].label == "（一）深化地方政府规章、规范性文件集中公开。")
        #expect(areas[1].counts .basic == [2, 0, 0, 2, 0])
        #expect(areas[2].counts .basic == [3, 1, 1, 1, 1])
        let area2 = try #require(areas.first { $0.area == 2 && !$0.isSection })
        #expect(area2.counts .basic == [16, 13, 1, 2, 0])
        let bulletin = try #require(areas.first { $0.area == 4 && $0.section == 5 })
        #expect(bulletin.counts .basic == [1, 0, 1, 0, 1])
        let area5 = try #require(areas.first { $0.area == 5 })
        #expect(area5.counts .basic == [12, 11, 0, 1, 0])
        #expect(!areas.contains { $0.area == 5 && $0.isSection })
    }

    @Test func unitsFollowAliasesAndGroupsComeAfterTheirMembers() throws {
        let units = try Fixture.report().units
        #expect(units.map(\.unit) == [
            "各区政府（管委会）", "市直各有关单位", "市政府办公室", "市政务服务数据管理局", "政务公开牵头单位",
            "市卫生健康局", "市直其他有关单位", "市司法局", "各区政府", "市财政局", "市税务局",
            "市人力资源社会保障局", "市教育局", nil,
        ])
        // 市直其他单位 is an alias of 市直各有关单位: 36 + 4 tasks.
        #expect(units[1] == WorkloadRow(unit: "市直各有关单位", total: 40, done: 5, doing: 2, leads: 24, responsible: 4, supporting: 12))
        #expect(units[0].total == 51 && units[0].done == 5 && units[0].open == 46 && units[0].overdue == 1)
        #expect(units[2] == WorkloadRow(unit: "市政府办公室", total: 10, done: 2, doing: 1, leads: 10, overdue: 1))
        #expect(units[3].total == 7 && units[3].leads == 7 && units[3].done == 1)
        // The group counts each task once: 10 + 7 tasks, 3 of them shared.
        #expect(units[4] == WorkloadRow(
            unit: "政务公开牵头单位", members: ["市政府办公室", "市政务服务数据管理局"], namedInPlan: false,
            total: 14, done: 3, doing: 2, leads: 14, overdue: 1))
        #expect(units[9] == WorkloadRow(unit: "市财政局", total: 1, leads: 1, overdue: 1))
        #expect(units.last == WorkloadRow(unit: nil, total: 1))
        #expect(try Fixture.report().table(.units).rows.last?.cells.first == .text("（未明确单位）"))
    }

    /// The report's unit rows are the workload's: the same numbers the dashboard and
    /// `workload` show, only placed with groups after their members.
    @Test func unitRowsAreTheWorkloadsRows() throws {
        let workload = Workload(ledger: Fixture.ledger(), today: Fixture.today)
        let units = try Fixture.report().units
        #expect(Set(units) == Set(workload.rows))
        #expect(units.count == workload.rows.count)
    }

    @Test func openTasksCarryDeadlineAndLatestNote() throws {
        let open = try Fixture.report().open
        #expect(open.count == 50)
        #expect(open.prefix(4).map(\.number) == [4, 5, 7, 8])
        let four = open[0]
        #expect(four.status == .doing)
        #expect(four.latestNote?.text == "两个区完成试点，\"标准目录\"待审定")
        #expect(four.latestNoteDate == "2022-11-20")
        // Whole: every word of the task, as the ledger holds it.
        #expect(four.text == Fixture.ledger().plan.tasks[3].text)
        #expect(four.text.count > 150)
        let five = open[1]
        #expect(five.units == ["各区政府（管委会）", "市财政局"])
        #expect(five.deadline?.date == "2022-12-31" && five.overdue)
        #expect(open.filter(\.overdue).map(\.number) == [5, 45])
        #expect(open.first { $0.number == 13 }?.overdue == false)
        #expect(open.first { $0.number == 35 }?.units == [])
    }

    @Test func oneUnitsOwnLedger() throws {
        let report = try Fixture.report(unit: "市司法局")
        #expect(report.heading.unit == "市司法局")
        #expect(report.heading.title.hasSuffix("（市司法局）"))
        #expect(report.overall .basic == [3, 1, 0, 2, 0])
        #expect(report.areas.map(\.label) == ["一、优化政务公开工作基础", "（一）深化地方政府规章、规范性文件集中公开。", "（三）提升政府信息公开申请办理工作规范化程度。"])
        #expect(report.units == [WorkloadRow(unit: "市司法局", total: 3, done: 2, leads: 3)])
        #expect(report.open.map(\.number) == [8])
    }

    /// 市司法局 has done its part of task 8 (shared with 各区政府): its own report counts the
    /// task done, the whole report's 市司法局 row too, while the task stays open for the plan.
    @Test func aUnitsOwnPartDoneIsDoneInItsReport() throws {
        var ledger = Fixture.ledger()
        try ledger.apply(.unitDone(task: 8, unit: "市司法局", done: true), stamp: Stamp(at: "2022-12-02T10:00:00+08:00", by: "c"))
        let own = try Report.make(ledger: ledger, today: Fixture.today, unit: "市司法局")
        #expect(own.overall .basic == [3, 0, 0, 3, 0])
        #expect(own.open.isEmpty)
        #expect(own.units == [WorkloadRow(unit: "市司法局", total: 3, done: 3, leads: 3)])
        let whole = try Report.make(ledger: ledger, today: Fixture.today)
        #expect(whole.overall.done == 7)
        #expect(whole.units.first { $0.unit == "市司法局" }?.done == 3)
        #expect(whole.units.first { $0.unit == "各区政府" }?.done == 0)
        #expect(whole.open.contains { $0.number == 8 })
    }

    @Test func anAliasOrAGroupNamesTheUnit() throws {
        let aliased = try Fixture.report(unit: "市直其他单位")
        #expect(aliased.heading.unit == "市直各有关单位")
        #expect(aliased.overall.total == 40)
        let group = try Fixture.report(unit: "政务公开牵头单位")
        #expect(group.overall .basic == [14, 9, 2, 3, 1])
        #expect(group.units.map(\.unit) == ["市政府办公室", "市政务服务数据管理局", "政务公开牵头单位"])
    }

    @Test func oneArea() throws {
        let report = try Fixture.report(area: 4)
        #expect(report.heading.area == "四、优化政务公开平台建设")
        #expect(report.overall .basic == [10, 9, 1, 0, 1])
        #expect(report.areas.count == 6)
        #expect(report.open.map(\.number) == Array(36...45))
        let combined = try Fixture.report(unit: "市司法局", area: 4)
        #expect(combined.overall.total == 0 && combined.areas.isEmpty && combined.open.isEmpty)
    }

    @Test func unknownUnitListsCloseNames() {
        #expect(throws: ReportError.unknownUnit("市司法", closest: ["市司法局"])) { try Fixture.report(unit: "市司法") }
        #expect(throws: ReportError.unknownUnit("市卫生局", closest: ["市卫生健康局", "市司法局", "市教育局", "市税务局", "市财政局"])) {
            try Fixture.report(unit: "市卫生局")
        }
        let message = ReportError.unknownUnit("市司法", closest: ["市司法局"]).words(.english)
        #expect(message == "no unit named 市司法 in the ledger; closest: 市司法局")
    }

    @Test func unknownAreaSaysWhichExist() {
        #expect(throws: ReportError.unknownArea(9, areas: [1, 2, 3, 4, 5])) { try Fixture.report(area: 9) }
        #expect(ReportError.unknownArea(9, areas: [1, 2, 3, 4, 5]).words(.english) == "no work area 9 (areas are 1–5)")
    }

    @Test func formatsAndViewsAreNamedAsOnTheCommandLine() {
        #expect(ReportFormat.allCases.map(\.rawValue) == ["md", "csv", "xlsx", "html", "json", "docx"])
        #expect(ReportFormat(name: "XLSX") == .xlsx)
        #expect(ReportFormat(name: "markdown") == .markdown)
        #expect(ReportFormat(name: "pdf") == nil)
        #expect(ReportFormat(fileName: "out/报告.xlsx") == .xlsx)
        #expect(ReportFormat(fileName: "out.d/report") == nil)
        #expect(ReportView.allCases.map(\.rawValue) == ["overall", "areas", "units", "ranking", "returns", "open", "extensions", "evidence"])
        #expect(ReportError.unknownFormat("pdf").words(.english) == "unknown format pdf: use md, csv, xlsx, html, json, docx")
    }
}
