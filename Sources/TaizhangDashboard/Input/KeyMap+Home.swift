import TaizhangScreen

extension KeyMap {
    /// Keys in the plan picker and the cross-plan unit view.
    static func homeKeys(_ key: Key) -> Action? {
        switch key {
        case .char("j"), .down: .homeMove(1)
        case .char("k"), .up: .homeMove(-1)
        case .pageDown: .homeMove(10)
        case .pageUp: .homeMove(-10)
        case .enter: .homeActivate
        case .escape, .char("q"), .char("P"), .char("U"): .homeBack
        case .char("?"), .function(1): .toggleHelp
        default: nil
        }
    }
}
