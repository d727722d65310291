/// A value kept in one shared box and copied only when changed while another copy shares
/// it. `PlanTask` keeps its strings and arrays in one, `HistoryEntry` its fields: a plan
/// held twice (the dashboard's ledger and the store's last saved one) then costs one
/// reference per task and entry to copy when a key changes it, not one per string.
struct CopyOnWrite<Value: Sendable>: Sendable {
    private final class Box: @unchecked Sendable {
        // Never changed while shared: `value`'s modify copies a shared box first.
        @exclusivity(unchecked) var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        get { box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }

    /// Whether both hold the very same box (then their values are equal without looking).
    func shares(with other: Self) -> Bool { box === other.box }
}
