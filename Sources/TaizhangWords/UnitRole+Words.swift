import TaizhangModel

extension UnitRole {
    /// The role as plans and offices say it: 牵头, 负责, 配合, 参照; lead, responsible,
    /// supporting, reference in English.
    public func words(_ language: Language) -> String {
        switch (self, language) {
        case (.lead, .chinese): "牵头"
        case (.responsible, .chinese): "负责"
        case (.supporting, .chinese): "配合"
        case (.reference, .chinese): "参照"
        case (.lead, .english): "lead"
        case (.responsible, .english): "responsible"
        case (.supporting, .english): "supporting"
        case (.reference, .english): "reference"
        }
    }
}
