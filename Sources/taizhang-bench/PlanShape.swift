import TaizhangImport
import TaizhangStore
import TaizhangModel

/// The outline of a synthetic plan: its areas and sections and how many tasks each holds.
/// The real plan has 5 areas, 17 sections and about 3 tasks a section; bigger plans (a
/// province, or several years kept in one ledger) get more areas (about √N/2) rather than
/// endless sections, so every list the dashboard shows grows, not just the task list.
struct PlanShape {
    /// One place tasks go: an area's section, or an area that has no sections.
    struct Slot {
        var area: Int
        var section: Int?
        var tasks: Int
    }

    let areas: [Area]
    let slots: [Slot]

    init(tasks: Int, material: PlanMaterial, random: inout SplitMix64) {
        let realCount = material.areaTitles.count
        let areaCount = max(realCount, Int(Double(tasks).squareRoot() / 2))
        var areas: [Area] = []
        var slots: [Slot] = []
        var weights: [Double] = []
        for index in 0..<areaCount {
            let number = index + 1
            // Areas past the real ones are later years' plans with the same headings.
            var title = material.areaTitles[index % realCount]
            if index >= realCount { title += "（\(2022 + index / realCount)年）" }
            let sectionCount = index < realCount ? material.sectionsPerArea[index] : random.pick(material.sectionsPerArea)
            var sections: [Section] = []
            for s in 0..<sectionCount {
                let sectionTitle = index < realCount
                    ? material.plan.areas[index].sections[s].title
                    : random.pick(material.sectionTitles)
                sections.append(Section(number: s + 1, title: sectionTitle))
                slots.append(Slot(area: number, section: s + 1, tasks: 0))
                weights.append(0.5 + random.unit())
            }
            if sections.isEmpty {
                slots.append(Slot(area: number, section: nil, tasks: 0))
                weights.append(1.5 + random.unit())
            }
            areas.append(Area(number: number, title: title, sections: sections))
        }
        // Share the tasks out in proportion to the weights, at least one each while they last.
        let totalWeight = weights.reduce(0, +)
        var given = 0
        for index in slots.indices {
            let share = tasks >= slots.count ? max(1, Int(Double(tasks) * weights[index] / totalWeight)) : 0
            slots[index].tasks = share
            given += share
        }
        var index = 0
        while given < tasks {
            slots[index % slots.count].tasks += 1
            given += 1
            index += 1
        }
        index = slots.count - 1
        while given > tasks {
            if slots[index].tasks > 1 {
                slots[index].tasks -= 1
                given -= 1
            }
            index = index == 0 ? slots.count - 1 : index - 1
        }
        self.areas = areas
        self.slots = slots
    }
}
