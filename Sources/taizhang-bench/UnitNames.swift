/// Unit names for a synthetic plan: the real plan's own names first, then the same kinds of
/// body (司法局, 教育局…) in made-up districts and counties (东安区司法局), so names have the
/// real length and share prefixes the way real ones do, which matters for search and width.
enum UnitNames {
    /// Characters that real Chinese place names are commonly made of.
    private static let placeCharacters = Array("东西南北安平阳山湖江海城华兴宁丰泰和新金斗香横洲沙桥源清")
    private static let placeKinds = ["区", "县", "镇"]

    static func make(count: Int, material: PlanMaterial, random: inout SplitMix64) -> [String] {
        var names: [String] = []
        var seen: Set<String> = []
        for name in material.unitNames where names.count < count {
            if seen.insert(name).inserted { names.append(name) }
        }
        let bodies = material.bodies.isEmpty ? ["政府办公室"] : material.bodies
        var attempts = 0
        while names.count < count {
            attempts += 1
            let first = random.pick(placeCharacters)
            let second = random.pick(placeCharacters)
            guard first != second else { continue }
            let place = String(first) + String(second) + random.pick(placeKinds)
            let name = place + random.pick(bodies)
            if seen.insert(name).inserted {
                names.append(name)
            } else if attempts > count * 50 {
                // Out of combinations: number the place so the count is always reached.
                let numbered = place + "第\(names.count)" + random.pick(bodies)
                if seen.insert(numbered).inserted { names.append(numbered) }
            }
        }
        return names
    }
}
