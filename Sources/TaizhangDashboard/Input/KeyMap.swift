/// Which action a key means in the dashboard's current mode: help shown, typing a search,
/// or browsing. A table, so every binding can be tested without a terminal.
public enum KeyMap {
    public static func action(for key: Key, in state: DashboardState) -> Action? {
        if case .resize(let width, let height) = key { return .resize(width: width, height: height) }
        if case .mouse(let event) = key {
            guard !state.showingHelp, !state.isSearching else { return nil }
            let point = Point(x: event.column, y: event.row)
            switch event.kind {
            case .press: return .click(point)
            case .wheelUp: return .scroll(point, by: -3)
            case .wheelDown: return .scroll(point, by: 3)
            }
        }
        if state.showingHelp {
            return key == .ctrl("c") ? .quit : .toggleHelp
        }
        if state.isSearching { return searching(key) }
        return browsing(key)
    }

    private static func searching(_ key: Key) -> Action? {
        switch key {
        case .enter: .searchCommit
        case .escape: .searchCancel
        case .backspace: .searchDeleteBackward
        case .ctrl("u"): .searchClear
        case .ctrl("c"): .quit
        case .up: .move(-1)
        case .down: .move(1)
        case .char(let character): .searchInput(character)
        default: nil
        }
    }

    private static func browsing(_ key: Key) -> Action? {
        switch key {
        case .char("j"), .down: .move(1)
        case .char("k"), .up: .move(-1)
        case .char("g"), .home: .first
        case .char("G"), .end: .last
        case .pageDown, .ctrl("d"), .ctrl("f"): .page(1)
        case .pageUp, .ctrl("u"), .ctrl("b"): .page(-1)
        case .tab, .char("l"), .right: .focusNext
        case .backTab, .char("h"), .left: .focusPrevious
        case .enter: .activate
        case .char(" "): .toggleDone
        case .char("s"): .cycleStatus
        case .char("/"): .beginSearch
        case .escape: .clearFilters
        case .char("?"): .toggleHelp
        case .char("q"), .ctrl("c"): .quit
        case .ctrl("l"): .redraw
        default: nil
        }
    }
}
