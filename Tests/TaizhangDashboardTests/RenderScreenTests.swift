import TaizhangScreen
import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
@testable import TaizhangDashboard

/// Whole screens as text: what the coordinator sees, row by row.
@Suite struct RenderScreenTests {
    /// 80x24 after marking task 4 done: every pane, the focus mark on the Tasks title, the
    /// cursor marker, the lights (green on the plan's day of issue; none once signed off),
    /// the counts, the detail's latest change and how much more it holds, and the status line
    /// naming the change.
    @Test func screenAt80x24AfterMarkingTaskFourDone() {
        var state = Fixtures.state(width: 80, height: 24)
        Fixtures.press([.char("j"), .char("j"), .char("j"), .char(" ")], on: &state)
        let expected = [
            " taizhang  珠海市贯彻落实国家和省2022年政务公开工作要点分工方案       1/57 done ",
            "┌─ Work areas ───────────────────────┐┌─[ Tasks 57/57 ]────────────────────────┐",
            "│ All tasks                     1/57 ││ 一、优化政务公开工作基础               │",
            "│ 一、优化政务公开工作基础      1/10 ││   1 [ ] G 依托政府信息公开平台进一步…  │",
            "│   （一）深化地方政府规章、规…  0/2 ││   2 [ ] G 参照省级规范性文件库模式和…  │",
            "│   （二）持续推进基层政务公开…  1/3 ││   3 [ ] G 市、区政府部门要结合权责清…  │",
            "│   （三）提升政府信息公开申请…  0/3 ││>  4 [x]   基层政府要继续落实基层政务…  │",
            "│   （四）规范发布政府信息公开…  0/2 ││   5 [ ] G 各区要优化公开方式，综合利…  │",
            "│ 二、围绕服务中心工作、助力经… 0/16 ││   6 [ ] G 规范使用全省政府信息依申请…  │",
            "│   （一）持续做好疫情防控信息…  0/4 ││   7 [ ] G 各级政府信息公开工作主管部…  │",
            "│   （二）加强优化营商环境信息…  0/4 ││   8 [ ] G 认真贯彻落实司法部《关于审…  │",
            "│   （三）围绕扩大有效投资、推…  0/3 ││   9 [ ] G 各级行政机关要提高认识，规…  │",
            "└────────────────────────────────────┘└────────────────────────────────────────┘",
            "┌─ Unit workload ────────────────────┐┌─ Task 4 ───────────────────────────────┐",
            "│ Unit        All Doing Late Lag Done││ 4  [x] done                            │",
            "│ 各区…委会）  51     0    0   0 ▏░░░││ status: to do → done  2026-11-27 17:0… │",
            "│ 市直各有关…  36     0    0   0 ░░░░││                                        │",
            "│ 市政府办公…  10     0    0   0 ░░░░││ 基层政府要继续落实基层政务公开标准化规 │",
            "│ 市政务服务…   7     0    0   0 ░░░░││ 范化要求，持续做好基层政务公开标准目录 │",
            "│ 市卫生健康…   5     0    0   0 ░░░░││ 的动态调整和落实，做好政府网站相关专栏 │",
            "│ 市直其他单…   4     0    0   0 ░░░░││ 的更新维护。将政务公开触角延伸至基层农 │",
            "│ 各区政府（管委…: done 1/51 lead 51 ││ 村末端，推动基层政务公开与村（居）务公 │",
            "└────────────────────────────────────┘└────────────────────────────── 17 more ─┘",
            " task 4 status: to do → done                                                    ",
        ]
        let lines = Renderer.render(state).lines
        #expect(lines.count == expected.count)
        for (index, (line, wanted)) in zip(lines, expected).enumerated() {
            #expect(line == wanted, "row \(index)")
        }
    }
}
