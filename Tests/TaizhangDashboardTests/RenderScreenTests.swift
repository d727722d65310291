import TaizhangScreen
import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
@testable import TaizhangDashboard

/// Whole screens as text: what the coordinator sees, row by row.
@Suite struct RenderScreenTests {
    /// 80x24 after marking task 4 done: every pane, the cursor marker, the counts.
    @Test func screenAt80x24AfterMarkingTaskFourDone() {
        var state = Fixtures.state(width: 80, height: 24)
        Fixtures.press([.char("j"), .char("j"), .char("j"), .char(" ")], on: &state)
        let expected = [
            " taizhang  珠海市贯彻落实国家和省2022年政务公开工作要点分工方案       1/57 done ",
            "┌─ Work areas ───────────────────────┐┌─ Tasks 57/57 ──────────────────────────┐",
            "│ All tasks                     1/57 ││ 一、优化政务公开工作基础               │",
            "│ 一、优化政务公开工作基础      1/10 ││   1 [ ] 依托政府信息公开平台进一步完…  │",
            "│   （一）深化地方政府规章、规…  0/2 ││   2 [ ] 参照省级规范性文件库模式和要…  │",
            "│   （二）持续推进基层政务公开…  1/3 ││   3 [ ] 市、区政府部门要结合权责清单…  │",
            "│   （三）提升政府信息公开申请…  0/3 ││>  4 [x] 基层政府要继续落实基层政务公…  │",
            "│   （四）规范发布政府信息公开…  0/2 ││   5 [ ] 各区要优化公开方式，综合利用…  │",
            "│ 二、围绕服务中心工作、助力经… 0/16 ││   6 [ ] 规范使用全省政府信息依申请公…  │",
            "│   （一）持续做好疫情防控信息…  0/4 ││   7 [ ] 各级政府信息公开工作主管部门…  │",
            "│   （二）加强优化营商环境信息…  0/4 ││   8 [ ] 认真贯彻落实司法部《关于审理…  │",
            "│   （三）围绕扩大有效投资、推…  0/3 ││   9 [ ] 各级行政机关要提高认识，规范…  │",
            "└────────────────────────────────────┘└────────────────────────────────────────┘",
            "┌─ Unit workload ────────────────────┐┌─ Task 4 ───────────────────────────────┐",
            "│ Unit       All Open Doing Late Done││ 4  [x] done                            │",
            "│ 各区…会）   51   50     0    0 ▏░░░││ changed 2026-11-27 17:05 coordinator   │",
            "│ 市直各有…   36   36     0    0 ░░░░││                                        │",
            "│ 市政府办…   10   10     0    0 ░░░░││ 基层政府要继续落实基层政务公开标准化规 │",
            "│ 市政务服…    7    7     0    0 ░░░░││ 范化要求，持续做好基层政务公开标准目录 │",
            "│ 市卫生健…    5    5     0    0 ░░░░││ 的动态调整和落实，做好政府网站相关专栏 │",
            "│ 市直…单位    4    4     0    0 ░░░░││ 的更新维护。将政务公开触角延伸至基层农 │",
            "│ 各区政府（管委…: done 1/51 lead 51 ││ 村末端，推动基层政务公开与村（居）务公 │",
            "└────────────────────────────────────┘└────────────────────────────────────────┘",
            " /home/coordinator/.local…  ? help  / search  Space done  a note  d due  q quit ",
        ]
        let lines = Renderer.render(state).lines
        #expect(lines.count == expected.count)
        for (index, (line, wanted)) in zip(lines, expected).enumerated() {
            #expect(line == wanted, "row \(index)")
        }
    }
}
