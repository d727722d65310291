import TaizhangModel

extension DashboardState {
    /// The unit pane's rows in the chosen order, with expanded groups' members under them.
    /// Units only a group names (not the plan) are listed under their group alone. The sort
    /// key is always a column the pane shows; ties keep the workload's order. Its cost follows
    /// the number of units, not tasks.
    mutating func rebuildWorkloadLines() {
        let sort = workloadSort
        let rows = workload.rows
        let oversight = workload.oversight
        // Positions into the workload's rows are kept, filtered and sorted, and each line is
        // made once, at the end: a line copied through a filter, a map and the sort (each
        // copy retaining its strings) was most of what Space cost at 10,000 tasks.
        var shown: [Int] = []
        shown.reserveCapacity(rows.count)
        for index in rows.indices where rows[index].namedInPlan || rows[index].isGroup {
            shown.append(index)
        }
        var keys: [Double] = []
        var unassigned: [Bool] = []
        keys.reserveCapacity(shown.count)
        unassigned.reserveCapacity(shown.count)
        for index in shown {
            keys.append(sort.value(row: rows[index], oversight: oversight[index]))
            unassigned.append(rows[index].unit == nil)
        }
        let order = shown.indices.sorted { a, b in
            // The no-unit row stays last whatever the order.
            if unassigned[a] != unassigned[b] { return unassigned[b] }
            return keys[a] != keys[b] ? keys[a] > keys[b] : a < b
        }
        let previous = workloadLines.indices.contains(workloadCursor) ? workloadLines[workloadCursor] : nil
        if !expandedGroups.isEmpty || !updateLinesInPlace(shown: shown, order: order) {
            var lines: [WorkloadLine] = []
            lines.reserveCapacity(shown.count)
            for position in order {
                let row = rows[shown[position]]
                let isExpanded = row.isGroup && expandedGroups.contains(row.unit ?? "")
                lines.append(WorkloadLine(row: row, oversight: oversight[shown[position]], isGroup: row.isGroup, isExpanded: isExpanded))
                guard isExpanded else { continue }
                for member in row.members {
                    let memberRow = workload.row(member) ?? WorkloadRow(unit: member, namedInPlan: false)
                    lines.append(WorkloadLine(row: memberRow, oversight: workload.oversight(of: member) ?? OversightCounts(), group: row.unit))
                }
            }
            workloadLines = lines
        }
        workloadMeasure = WorkloadMeasure(workloadLines)
        // The cursor stays on its unit wherever the sort moved it.
        if let previous, let same = workloadLines.firstIndex(where: { $0.row.unit == previous.row.unit && $0.group == previous.group }) {
            workloadCursor = same
        }
        workloadCursor = Self.clamp(workloadCursor, count: workloadLines.count)
    }

    /// When no group is open and the pane keeps as many lines, each a group where it was one
    /// before (a status change: under the usual sort by load the order does not even move),
    /// only the lines whose unit or counts changed are written: making all 2,000 lines again
    /// at 10,000 tasks, and releasing the old ones, was most of what Space cost. False,
    /// having changed nothing, otherwise.
    private mutating func updateLinesInPlace(shown: [Int], order: [Int]) -> Bool {
        let rows = workload.rows
        guard workloadLines.count == order.count else { return false }
        for (index, position) in order.enumerated() {
            guard workloadLines[index].group == nil, !workloadLines[index].isExpanded, workloadLines[index].isGroup == rows[shown[position]].isGroup
            else { return false }
        }
        for (index, position) in order.enumerated() {
            let row = shown[position]
            if workloadLines[index].row != rows[row] { workloadLines[index].row = rows[row] }
            if workloadLines[index].oversight != workload.oversight[row] { workloadLines[index].oversight = workload.oversight[row] }
        }
        return true
    }
}
