import TaizhangScreen

/// Which action a key means in the dashboard's current mode: an overlay, a prompt, typing
/// a search, or browsing. A table, so every binding can be tested without a terminal.
public enum KeyMap {
    public static func action(for key: Key, in state: DashboardState) -> Action? {
        if case .resize(let width, let height) = key { return .resize(width: width, height: height) }
        if key == .ctrl("c") { return .quit }
        if state.showingHelp { return .toggleHelp }
        if state.prompt != nil { return editing(key) }
        if state.unitPicker != nil { return picking(key) }
        if state.home.isOpen { return homeKeys(key) }
        if state.showingWarnings { return .closeOverlay }
        if case .mouse(let event) = key {
            guard !state.isSearching else { return nil }
            let point = Point(x: event.column, y: event.row)
            switch event.kind {
            case .press: return .click(point)
            case .wheelUp: return .scroll(point, by: -3)
            case .wheelDown: return .scroll(point, by: 3)
            }
        }
        if state.isSearching { return searching(key) }
        return browsing(key)
    }

    /// Keys in a one-line editor, the way shells and readline handle them. Nothing but
    /// Enter and Esc leaves it: keys it has no use for (F-keys, Insert, Alt-letters, PgUp)
    /// do nothing, so a stray key never throws a typed note away.
    private static func editing(_ key: Key) -> Action? {
        switch key {
        case .modified(.left, let held) where !held.isDisjoint(with: [.ctrl, .alt]): .edit(.wordLeft)
        case .modified(.right, let held) where !held.isDisjoint(with: [.ctrl, .alt]): .edit(.wordRight)
        case .enter: .promptSubmit
        case .escape: .promptCancel
        case .backspace, .ctrl("h"): .edit(.deleteBackward)
        case .delete, .ctrl("d"): .edit(.deleteForward)
        case .left, .ctrl("b"): .edit(.left)
        case .right, .ctrl("f"): .edit(.right)
        case .home, .ctrl("a"): .edit(.home)
        case .end, .ctrl("e"): .edit(.end)
        case .ctrl("u"): .edit(.deleteToStart)
        case .char(let character): .edit(.insert(character))
        default: navigationBase(of: key).flatMap(editing)
        }
    }

    /// Shift-, Ctrl- or Alt- with a key that moves (an arrow, Home, End, PgUp, PgDn,
    /// Delete): that key, for the places that give the modifier no meaning of its own.
    /// Nil for anything else, Alt-letters included: those do nothing rather than type.
    private static func navigationBase(of key: Key) -> Key? {
        guard case .modified(let base, _) = key else { return nil }
        switch base {
        case .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .delete: return base
        default: return nil
        }
    }

    private static func picking(_ key: Key) -> Action? {
        switch key {
        case .char("j"), .down: .pickerMove(1)
        case .char("k"), .up: .pickerMove(-1)
        case .char(" "), .enter: .pickerToggle
        case .escape, .char("q"), .char("m"): .closeOverlay
        default: navigationBase(of: key).flatMap(picking)
        }
    }

    private static func searching(_ key: Key) -> Action? {
        switch key {
        case .enter: .searchCommit
        case .escape: .searchCancel
        case .backspace: .searchDeleteBackward
        case .ctrl("u"): .searchClear
        case .up: .move(-1)
        case .down: .move(1)
        case .char(let character): .searchInput(character)
        default: navigationBase(of: key).flatMap(searching)
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
        case .char("1"): .filterStatus(.todo)
        case .char("2"): .filterStatus(.doing)
        case .char("3"): .filterStatus(.done)
        case .char("0"): .filterStatus(nil)
        case .char("!"): .toggleOverdueOnly
        case .char("o"): .cycleSort
        case .char("e"): .toggleGroup
        case .char("a"): .beginNote
        case .char("d"): .beginDeadline
        case .char("m"): .openUnitPicker
        case .char("w"): .toggleWarnings
        case .char("R"): .writeReport
        case .char("P"): .openPlanPicker
        case .char("U"): .openUnitsAcross
        case .char("u"): .undo
        case .ctrl("r"): .redo
        case .char("/"): .beginSearch
        case .escape: .clearFilters
        case .char("?"), .function(1): .toggleHelp
        case .char("q"): .quit
        case .ctrl("l"): .redraw
        default: navigationBase(of: key).flatMap(browsing)
        }
    }
}
