@testable import TaizhangImport
import Testing
import TaizhangModel

/// A page whose table kept its bars but lost its words is said to, rather than read as a
/// plan of the few rows that kept text.
@Suite struct EmptyTableCellsTests {
    /// 厦门市集美区 2021年政务公开工作主要任务分解表 as its page is stored
    /// (http://www.jimei.gov.cn/zfxxgk/F1783/202107/t20210701_791510.htm, the notice and the
    /// table's start): the header and the areas' rows kept their text, every other cell is a
    /// bar alone. 44 empty cells, the first on line 14.
    static let jimei = """
        各镇、街,各管委会,区直各办、局,各有关单位 :
        为贯彻落实《国务院办公厅关于印发2021年政务公开工作要点的通知》(国办发〔2021〕12号)、《福建省人民政府办公厅关于印发2021年全省政务公开工作主要任务分解表的通知》(闽政办函〔2021〕34号)精神和《厦门市人民政府办公厅关于印发2021年全市政务公开工作主要任务分解表的通知》(厦府办〔2021〕44号)要求,进一步加强全区政务公开工作,有效提升政务公开规范化水平,现将《2021年全区政务公开工作主要任务分解表》印发给你们,请认真组织实施。
        各部门要把落实2021年全区政务公开工作主要任务作为一项重要工作抓紧抓好,认真对照工作任务和工作要求,细化职责分工,确保落实到位。
        附件:2021年政务公开工作主要任务分解表
        厦门市集美区人民政府办公室
        2021年6月29日
        (此件主动公开)
        2021年政务公开工作主要任务分解表
        工作任务 |
        工作要求 |
        牵头单位 |
        责任单位 |
        一、紧扣“十四五”开好局起好步,进一步深化政务公开 |
        |||
        |
        |||
        |
        |
        |
        |
        |
        |
        |
        |
        |
        |
        |
        |
        |
        |||
        |
        |
        |
        |
        二、紧扣宏观政策落地见效,进一步深化政务公开 |
        |||
        |
        |||
        |
        |
        |
        |
        三、紧扣强基础抓基层,进一步深化政务公开 |
        |||
        |
        |||
        |
        |
        """

    @Test func aTableThatLostItsWordsIsSaid() throws {
        let result = try PlanImporter.importDocument(Array(Self.jimei.utf8), fileName: "plan.txt")
        #expect(result.warnings.first == ImportWarning(line: 14, .emptyTableCells(count: 44)))
        #expect(EmptyTableCells.find(in: Self.jimei)?.count == 44)
    }

    /// A table copied one cell per line with a bar on each line between cells (池州, 乔城),
    /// and the corpus's every other plan, have no empty cells to speak of.
    @Test func noCorpusPlanIsSaidToHaveLostItsWords() throws {
        for plan in CorpusFacts.plans() {
            let (text, _) = try CorpusFacts.load(plan)
            #expect(EmptyTableCells.find(in: try #require(PlanImporter.copyText(text))) == nil, "\(plan)")
        }
        // A few empty cells among words are cells left blank, not a lost table.
        let some = "工作任务 |\n责任单位 |\n|\n推进公开 |\n|||\n市政府办 |\n"
        #expect(EmptyTableCells.find(in: some) == nil)
    }
}
