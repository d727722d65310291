/// The words of collecting returned forms from the dashboard (`C`).
extension UIStrings {
    var collectPrompt: String { zh ? "收取回执（文件或文件夹）：" : "Collect returns (file or folder): " }
    var collectPathNeeded: String { zh ? "请输入回执文件或所在文件夹" : "type a returned form or the folder holding them" }
    var collectTitle: String { zh ? "收取回执预览" : "Returns to collect" }
    var collectConfirmFooter: String { zh ? "y 记入台账  j/k 滚动  Esc 放弃" : "y record  j/k scroll  Esc discard" }
    var collectCloseFooter: String { zh ? "没有可记入的变更  Esc 关闭" : "nothing to record  Esc close" }
    var collectCancelled: String { zh ? "回执未记入台账" : "returns not recorded" }
    var collectStale: String { zh ? "台账在预览后已有变化，未记入：请按 C 重新收取" : "the ledger changed since the preview; nothing recorded: press C to read the forms again" }
    func collectRecorded(_ count: Int) -> String {
        zh ? "已记入回执：\(count) 项变更（u 逐项撤销）" : "returns recorded: \(count) changes (u undoes them one by one)"
    }
}
