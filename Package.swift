// swift-tools-version: 6.0
import PackageDescription

/// The layers, lowest first: text measurement and the plan/ledger model know nothing of
/// terminals; the dashboard core turns state into a cell grid; only TaizhangTerminal touches
/// ncurses; the executable wires them together with the command line.
let package = Package(
    name: "taizhang",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "taizhang", targets: ["taizhang"]),
        .executable(name: "taizhang-bench", targets: ["taizhang-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .target(name: "TaizhangText"),
        .target(name: "TaizhangModel", dependencies: ["TaizhangText", "ZIPFoundation"]),
        /// Progress reports out of the ledger: Markdown, CSV, xlsx, HTML, JSON.
        .target(name: "TaizhangReport", dependencies: ["TaizhangModel", "TaizhangText", "ZIPFoundation"]),
        .target(name: "TaizhangDashboard", dependencies: ["TaizhangModel", "TaizhangText"]),
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TaizhangTerminal", dependencies: ["CNCursesW", "TaizhangDashboard", "TaizhangText"]),
        .executableTarget(
            name: "taizhang",
            dependencies: [
                "TaizhangModel", "TaizhangDashboard", "TaizhangTerminal", "TaizhangReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// Synthetic plans and the benchmark harness (BENCHMARKS.md); not part of the tests.
        .executableTarget(
            name: "taizhang-bench",
            dependencies: [
                "TaizhangModel", "TaizhangDashboard", "TaizhangText", "TaizhangReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// Saves a ledger in a loop for the kill-at-random-moments test of LedgerSafetyTests.
        .executableTarget(name: "taizhang-stress", dependencies: ["TaizhangModel"]),
        /// Helpers every test target shares: temporary folders, a seeded generator.
        .target(name: "TaizhangTestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TaizhangTextTests", dependencies: ["TaizhangText", "TaizhangModel"]),
        .testTarget(name: "TaizhangModelTests", dependencies: ["TaizhangTestSupport", "TaizhangModel"]),
        .testTarget(name: "TaizhangDashboardTests", dependencies: ["TaizhangDashboard", "TaizhangModel"]),
        .testTarget(name: "TaizhangReportTests", dependencies: ["TaizhangTestSupport", "TaizhangReport", "TaizhangModel"]),
        .testTarget(name: "LedgerSafetyTests", dependencies: ["TaizhangTestSupport", "TaizhangModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TaizhangTestSupport", "TaizhangModel"]),
    ],
    swiftLanguageModes: [.v6]
)
