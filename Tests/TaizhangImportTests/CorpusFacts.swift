import Foundation

/// A corpus plan's facts as a person read them (Tests/Fixtures/plans/README.md).
struct CorpusFacts: Decodable {
    struct AreaFacts: Decodable {
        var title: String
        var sections: [String]
    }

    struct UnitFacts: Decodable, Equatable {
        var name: String
        var role: String
    }

    struct TaskFacts: Decodable {
        var label: String?
        var area: Int
        var section: Int?
        var text: String
        var units: [UnitFacts]
        var people: [String]
        var deadline: String?
        var inherited: Bool
        var whole: Bool
    }

    var source: String
    var year: Int?
    var title: String?
    var documentNumber: String?
    var issuer: String?
    var date: String?
    var forms: [String]
    var areas: [AreaFacts]
    var tasks: [TaskFacts]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/plans")

    /// Every plan folder's name, sorted.
    static func plans() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0 + "/facts.json").path) }.sorted()
    }

    static func load(_ plan: String) throws -> (text: [UInt8], facts: CorpusFacts) {
        let directory = folder.appendingPathComponent(plan)
        let text = try Data(contentsOf: directory.appendingPathComponent("plan.txt"))
        let facts = try JSONDecoder().decode(CorpusFacts.self, from: Data(contentsOf: directory.appendingPathComponent("facts.json")))
        return ([UInt8](text), facts)
    }
}
