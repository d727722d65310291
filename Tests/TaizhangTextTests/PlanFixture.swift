import Foundation

/// The Zhuhai 2022 work plan in Plans/: real government text, with the mix of Han
/// characters, full-width and half-width punctuation and numbers that the dashboard shows.
enum PlanFixture {
    static let text: String = {
        // Resolve symlinks first so the path holds wherever the test folder is linked from.
        let testFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        let plan = testFolder.appendingPathComponent("../../Plans/zhuhai-2022.txt").standardizedFileURL
        do {
            return try String(contentsOf: plan, encoding: .utf8)
        } catch {
            fatalError("cannot read \(plan.path): \(error)")
        }
    }()

    /// Each non-empty line with its tab indentation removed, as the wrapping tests use it.
    static let paragraphs: [String] = text.split(separator: "\n")
        .map { String($0.filter { $0 != "\t" }) }
        .filter { !$0.isEmpty }
}
