import TaizhangScreen

/// Which action a key means in the dashboard's current mode: an overlay, a prompt, typing
/// a search, or browsing. A table, so every binding can be tested without a terminal.
public enum KeyMap {
    public static func action(for key: Key, in state: DashboardState) -> Action? {
        if case .resize(let width, let height) = key { return .resize(width: width, height: height) }
        if key == .ctrl("c") { return .quit }
        if state.showingHelp { return helping(key) }
        if state.prompt != nil { return editing(key) }
        if state.unitPicker != nil { return picking(key) }
        if state.menu != nil { return choosing(key) }
        if state.home.isOpen { return homeKeys(key) }
        if state.returnsPreview != nil { return collecting(key) }
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
        if !state.pendingNumber.isEmpty, let action = numbering(key) { return action }
        return browsing(key)
    }

    /// The preview of returned forms: `y` records it, anything else of note leaves it.
    private static func collecting(_ key: Key) -> Action? {
        switch key {
        case .char("y"), .char("Y"): .collectApply
        case .char("j"), .down: .collectScroll(1)
        case .char("k"), .up: .collectScroll(-1)
        case .pageDown, .char(" "): .collectScroll(10)
        case .pageUp: .collectScroll(-10)
        case .escape, .char("q"), .char("n"), .char("N"): .collectCancel
        default: nil
        }
    }

    /// The help scrolls where it does not fit; any other key closes it.
    private static func helping(_ key: Key) -> Action {
        switch key {
        case .char("j"), .down: .helpScroll(1)
        case .char("k"), .up: .helpScroll(-1)
        case .pageDown, .char(" "): .helpScroll(10)
        case .pageUp: .helpScroll(-10)
        default: .toggleHelp
        }
    }

    /// A menu of notes, plan details or report formats.
    private static func choosing(_ key: Key) -> Action? {
        switch key {
        case .char("j"), .down: .menuMove(1)
        case .char("k"), .up: .menuMove(-1)
        case .char("g"), .home: .menuMove(-Int(Int16.max))
        case .char("G"), .end: .menuMove(Int(Int16.max))
        case .enter, .char("e"): .menuChoose
        case .char("x"), .delete: .menuDelete
        case .escape, .char("q"), .char("n"), .char("T"), .char("R"): .closeOverlay
        default: navigationBase(of: key).flatMap(choosing)
        }
    }

    /// After digits in the task list: Enter goes to that task, Backspace takes a digit back;
    /// any other key is its usual self (and the digits are forgotten).
    private static func numbering(_ key: Key) -> Action? {
        switch key {
        case .enter: .jumpToPending
        case .backspace, .ctrl("h"): .pendingBackspace
        default: nil
        }
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
        case .char("r"): .reportDone
        case .char("x"): .signOff
        case .char("<"): .beginReturn
        case .char(let digit) where digit.isASCII && digit.isNumber: digit.wholeNumberValue.map(Action.digit)
        case .char(":"): .beginJump
        case .char("!"): .toggleOverdueOnly
        case .char("L"): .cycleLightFilter
        case .char("o"): .cycleSort
        case .char("e"): .toggleGroup
        case .char("a"): .beginNote
        case .char("n"): .openNotes
        case .char("d"): .beginDeadline
        case .char("A"): .beginUnits
        case .char("T"): .openPlanInfo
        case .char("m"): .openUnitPicker
        case .char("w"): .toggleWarnings
        case .char("R"): .openReports
        case .char("P"): .openPlanPicker
        case .char("U"): .openUnitsAcross
        case .char("C"): .beginCollect
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
