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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "TaizhangText"),
        .target(name: "TaizhangModel", dependencies: ["TaizhangText"]),
        .target(name: "TaizhangDashboard", dependencies: ["TaizhangModel", "TaizhangText"]),
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TaizhangTerminal", dependencies: ["CNCursesW", "TaizhangDashboard", "TaizhangText"]),
        .executableTarget(
            name: "taizhang",
            dependencies: [
                "TaizhangModel", "TaizhangDashboard", "TaizhangTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TaizhangTextTests", dependencies: ["TaizhangText", "TaizhangModel"]),
        .testTarget(name: "TaizhangModelTests", dependencies: ["TaizhangModel"]),
        .testTarget(name: "TaizhangDashboardTests", dependencies: ["TaizhangDashboard", "TaizhangModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TaizhangModel"]),
    ],
    swiftLanguageModes: [.v6]
)
