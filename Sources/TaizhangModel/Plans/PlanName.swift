/// The name a plan has in the plans home (`plans/NAME.json`): what `--plan NAME` and
/// `?plan=NAME` say. Chinese, spaces and punctuation are all fine; what could leave the
/// folder, hide the file or not fit a file name is not.
public struct PlanName: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let text: String

    /// The longest name in UTF-8 bytes: with `.json`, and the dot-files kept beside a ledger
    /// (`.NAME.json.backups`), it still fits the 255 bytes a file name may have.
    public static let maximumBytes = 200
    /// The length of a name made from a title, in characters.
    public static let madeLength = 40

    /// Why a text is not a plan name.
    public enum Problem: Error, Equatable, Sendable {
        case empty
        /// A `/`, a control character, or a leading `.`: it would not name one plain file.
        case unusable(String)
        case tooLong(String)
    }

    public init(_ text: String) throws(Problem) {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { throw .empty }
        guard !trimmed.hasPrefix("."), !trimmed.contains("/"),
              !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { throw .unusable(text) }
        guard trimmed.utf8.count <= Self.maximumBytes else { throw .tooLong(text) }
        self.text = trimmed
    }

    public var description: String { text }

    /// A name this file made of ASCII letters, digits and `-` only: no check can refuse it.
    private init(checked text: String) {
        self.text = text
    }

    public static func < (a: PlanName, b: PlanName) -> Bool { a.text < b.text }

    /// The name a plan gets when none is chosen: its year and title (`2022-珠海市贯彻落实…`;
    /// the title alone when it starts with the year),
    /// cut to `madeLength` characters, and made unique among `taken` by `-2`, `-3`….
    public static func made(for plan: Plan, taken: Set<PlanName>) -> PlanName {
        var title = String(plan.title.map { character -> Character in
            if character == "/" { return "／" }
            if character.isWhitespace || character.unicodeScalars.contains(where: { $0.value < 0x20 }) { return " " }
            return character
        }).trimmingWhitespace
        while title.hasPrefix(".") { title.removeFirst() }
        // A title that starts with its year says it once (2022年11—12月…, not 2022-2022年…).
        let year = PlanYear.of(plan).map(String.init).flatMap { title.hasPrefix($0) ? nil : $0 }
        var base = [year, title.isEmpty ? nil : title].compactMap { $0 }.joined(separator: "-")
        if base.isEmpty { base = "plan" }
        base = String(base.prefix(madeLength)).trimmingWhitespace
        var candidate = base
        var number = 1
        while taken.contains(where: { $0.text == candidate }) {
            number += 1
            candidate = base + "-\(number)"
        }
        // Made only of characters checked above, and short: always a name.
        return (try? PlanName(candidate)) ?? PlanName(checked: "plan-\(number)")
    }
}

/// The year a plan is for: its date of issue, else the year in its document number
/// (珠府办〔2022〕6号), else the first year its title names; nil when none says.
public enum PlanYear {
    public static func of(_ plan: Plan) -> Int? {
        if let date = plan.date, let year = Int(date.prefix(4)), (1900...2999).contains(year) { return year }
        for text in [plan.documentNumber ?? "", plan.title] {
            if let year = firstYear(in: text) { return year }
        }
        return nil
    }

    static func firstYear(in text: String) -> Int? {
        let digits = Array(text.unicodeScalars)
        var index = 0
        while index < digits.count {
            var end = index
            while end < digits.count, ("0"..."9").contains(digits[end]) { end += 1 }
            if end - index == 4, let year = Int(String(String.UnicodeScalarView(digits[index..<end]))), (1900...2999).contains(year) {
                return year
            }
            index = max(end, index + 1)
        }
        return nil
    }
}
