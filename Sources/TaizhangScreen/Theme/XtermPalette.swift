/// The xterm 256-colour palette as RGB, for finding the nearest colour a smaller terminal has.
/// 0–15 use xterm's default values; other terminals tint these differently, but any fixed
/// choice gives a stable, testable mapping and xterm's is the one most terminals start from.
enum XtermPalette {
    struct RGB: Equatable {
        var red: Int
        var green: Int
        var blue: Int

        func distanceSquared(to other: RGB) -> Int {
            let r = red - other.red, g = green - other.green, b = blue - other.blue
            return r * r + g * g + b * b
        }
    }

    private static let basic: [RGB] = [
        RGB(red: 0, green: 0, blue: 0), RGB(red: 205, green: 0, blue: 0),
        RGB(red: 0, green: 205, blue: 0), RGB(red: 205, green: 205, blue: 0),
        RGB(red: 0, green: 0, blue: 238), RGB(red: 205, green: 0, blue: 205),
        RGB(red: 0, green: 205, blue: 205), RGB(red: 229, green: 229, blue: 229),
        RGB(red: 127, green: 127, blue: 127), RGB(red: 255, green: 0, blue: 0),
        RGB(red: 0, green: 255, blue: 0), RGB(red: 255, green: 255, blue: 0),
        RGB(red: 92, green: 92, blue: 255), RGB(red: 255, green: 0, blue: 255),
        RGB(red: 0, green: 255, blue: 255), RGB(red: 255, green: 255, blue: 255),
    ]

    /// The levels of each axis of the 6×6×6 cube (indexes 16–231).
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of a palette index 0–255.
    static func rgb(_ index: Int) -> RGB {
        precondition((0...255).contains(index), "palette index \(index) outside 0–255")
        switch index {
        case 0..<16:
            return basic[index]
        case 16..<232:
            let cube = index - 16
            return RGB(red: cubeLevels[cube / 36], green: cubeLevels[cube / 6 % 6], blue: cubeLevels[cube % 6])
        default:
            let grey = 8 + 10 * (index - 232)
            return RGB(red: grey, green: grey, blue: grey)
        }
    }

    /// The index in `0..<limit` whose RGB is nearest (squared distance; the lower index on a
    /// tie, so results never depend on iteration order).
    static func nearest(to rgb: RGB, below limit: Int) -> Int {
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<limit {
            let distance = basic[candidate].distanceSquared(to: rgb)
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    /// The index in `0..<limit` whose RGB is farthest: the most readable text colour on `rgb`.
    static func farthest(from rgb: RGB, below limit: Int) -> Int {
        var best = 0
        var bestDistance = -1
        for candidate in 0..<limit {
            let distance = basic[candidate].distanceSquared(to: rgb)
            if distance > bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }
}
