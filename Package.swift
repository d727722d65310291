// swift-tools-version: 6.0
import PackageDescription

/// The layers, lowest first: text measurement and the pure model know nothing of files or
/// terminals; the importer and the store sit on the model; the dashboard core turns state
/// into a cell grid; only TaizhangTerminal touches ncurses; TaizhangApp runs the loop
/// between a terminal and the dashboard; the executable wires them together with the
/// command line.
/// Our modules ask for a concrete generic type's metadata through its accessor, passing the
/// conformances it needs, instead of by its mangled name. By name, the runtime checked the
/// type's requirements the first time, and each conformance it had not seen yet was found by
/// scanning all 8,500 conformance records of the binary (about 0.1 ms each): a sixth of the
/// dashboard's CPU before its first frame (BENCHMARKS.md, "Start-up").
///
/// In release builds each function also gets a section of its own, so that the link can put
/// the ones a start runs side by side (`startOrder`).
let metadataByAccessor: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
    .unsafeFlags(["-Xfrontend", "-function-sections"], .when(configuration: .release)),
]

/// Release executables are linked with lld, the functions a start runs first and together, in
/// the order `scripts/start-order.txt` lists them (made by `scripts/start-order`, which runs
/// the dashboard, `list`, `units`, `done` and `--help` under callgrind). Of a 29 MB text, a start runs
/// 2 MB; laid out as compiled, the kernel mapped 12 MB of it 64 KB at a time around what ran,
/// and every page mapped counts in the dashboard's resident memory. Names the list no longer
/// matches are skipped: a stale list costs memory, never correctness.
let startOrder: [LinkerSetting] = [
    .unsafeFlags(
        [
            "-use-ld=lld", "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/scripts/start-order.txt",
            "-Xlinker", "--no-warn-symbol-ordering",
        ],
        .when(configuration: .release)),
]

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
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.9.0"..<"6.0.0"),
    ],
    targets: [
        /// Display widths, Chinese line breaking, terminal-safe text.
        .target(name: "TaizhangText", swiftSettings: metadataByAccessor),
        /// JSON as a value: a strict parser that says where a document is broken, and a writer
        /// with a stable key order. The ledger's codec and the theme files read through it.
        .target(name: "TaizhangJSON", swiftSettings: metadataByAccessor),
        /// Pure values and rules: plan, tasks, units, statuses, changes and their history,
        /// the one workload rule, and the ledger's JSON codec. No file, clock or terminal.
        .target(name: "TaizhangModel", dependencies: ["TaizhangJSON"], swiftSettings: metadataByAccessor),
        /// Any plan document → one cell grid → a plan; the bundled Zhuhai plan.
        .target(name: "TaizhangImport", dependencies: ["TaizhangModel", "TaizhangText", "ZIPFoundation"], swiftSettings: metadataByAccessor),
        /// Where ledgers live: the JSON file store (atomic writes, locks, merges, backups,
        /// signals) behind the file-system seam; the clock and the user.
        .target(name: "TaizhangStore", dependencies: ["TaizhangModel"], swiftSettings: metadataByAccessor),
        /// The shared ledger on a PostgreSQL server, behind the same store seam as the file:
        /// schema and migrations, transactions that check what they replace, LISTEN/NOTIFY,
        /// unit accounts under row-level security. The only code that speaks to PostgreSQL.
        .target(
            name: "TaizhangPostgres",
            dependencies: [
                "TaizhangModel", "TaizhangStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: metadataByAccessor
        ),
        /// Office Open XML packages written with ZIPFoundation: workbooks (print setup, drop-down
        /// lists, protection, hidden sheets) and Word documents. Knows nothing of ledgers.
        .target(name: "TaizhangOffice", dependencies: ["TaizhangText", "ZIPFoundation"], swiftSettings: metadataByAccessor),
        /// Progress reports out of the ledger: Markdown, CSV, xlsx, HTML, JSON, and the 通报 (docx).
        .target(name: "TaizhangReport", dependencies: ["TaizhangModel", "TaizhangStore", "TaizhangText", "TaizhangWords", "TaizhangOffice"], swiftSettings: metadataByAccessor),
        /// The 台账 out and back: a form per unit (xlsx), the units' returns read back and
        /// matched to the ledger as changes, and the chase (催报) for units that did not return.
        .target(name: "TaizhangForms", dependencies: ["TaizhangModel", "TaizhangImport", "TaizhangStore", "TaizhangText", "TaizhangWords", "TaizhangOffice"], swiftSettings: metadataByAccessor),
        /// The interface's words, Chinese and English, for what the model, importer and store
        /// say as types: errors, warnings, history, deadlines. The dashboard and the command
        /// line both speak through it.
        .target(name: "TaizhangWords", dependencies: ["TaizhangModel", "TaizhangImport", "TaizhangStore", "TaizhangText"], swiftSettings: metadataByAccessor),
        /// What a terminal needs to paint: the cell grid, style roles, keys, themes.
        .target(name: "TaizhangScreen", dependencies: ["TaizhangText", "TaizhangJSON"], swiftSettings: metadataByAccessor),
        /// The dashboard as a pure function: state, keys → actions, update, render.
        .target(name: "TaizhangDashboard", dependencies: ["TaizhangModel", "TaizhangScreen", "TaizhangText", "TaizhangWords"], swiftSettings: metadataByAccessor),
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        /// The only code that touches ncurses: paints a Screen, reads and decodes keys, gives
        /// the terminal back on every way out, a crash included.
        .target(name: "TaizhangTerminal", dependencies: ["CNCursesW", "TaizhangScreen", "TaizhangText"], swiftSettings: metadataByAccessor),
        /// The run loop behind a terminal port: keys → actions → update → effects (save,
        /// report) → their results back through update as actions.
        .target(name: "TaizhangApp", dependencies: ["TaizhangDashboard", "TaizhangScreen", "TaizhangModel", "TaizhangStore", "TaizhangReport", "TaizhangWords"], swiftSettings: metadataByAccessor),
        .executableTarget(
            name: "taizhang",
            dependencies: [
                "TaizhangModel", "TaizhangImport", "TaizhangStore", "TaizhangScreen", "TaizhangDashboard", "TaizhangTerminal",
                "TaizhangApp", "TaizhangReport", "TaizhangForms", "TaizhangWords", "TaizhangPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: metadataByAccessor,
            /// The release binary is one static executable: the Swift runtime, Foundation, ncursesw
            /// and glibc linked in. It runs on a machine without Swift or ncursesw, and a command
            /// starts without the dynamic loader: loading and binding libstdc++, ncursesw and the
            /// rest was a sixth of the dashboard's start; with `metadataByAccessor`, `--help` went
            /// from 10.2 to 5.7 ms and `list` at 57 tasks from 12.0 to 7.6 (BENCHMARKS.md). A static executable is also linked at a fixed address
            /// with no dynamic symbol table, which the two flags this replaced (`-no-pie`,
            /// `--no-export-dynamic`) asked for. The link prints glibc's notices that getpwuid,
            /// dlopen and iconv load the system's NSS and gconv modules at run time: the change
            /// stamp's user name and the GB18030 import use them, from the machine's glibc.
            /// ncursesw's static library needs its terminfo library named. Debug builds and the
            /// tests link as before.
            linkerSettings: startOrder + [
                .unsafeFlags(["-static-executable", "-Xlinker", "-ltinfo"], .when(configuration: .release)),
            ]
        ),
        /// Synthetic plans and the benchmark harness (BENCHMARKS.md); not part of the tests.
        .executableTarget(
            name: "taizhang-bench",
            dependencies: [
                "TaizhangModel", "TaizhangImport", "TaizhangStore", "TaizhangScreen", "TaizhangDashboard", "TaizhangText",
                "TaizhangReport", "TaizhangWords", "TaizhangPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: metadataByAccessor,
            linkerSettings: startOrder
        ),
        /// Saves a ledger in a loop for the kill-at-random-moments test of LedgerSafetyTests.
        .executableTarget(name: "taizhang-stress", dependencies: ["TaizhangModel", "TaizhangImport", "TaizhangStore"], swiftSettings: metadataByAccessor),
        /// Helpers every test target shares: temporary folders, a seeded generator, a fake disk.
        .target(name: "TaizhangTestSupport", dependencies: ["TaizhangModel", "TaizhangStore"], path: "Tests/TestSupport"),
        .testTarget(name: "TaizhangTextTests", dependencies: ["TaizhangTestSupport", "TaizhangText", "TaizhangImport"]),
        .testTarget(name: "TaizhangModelTests", dependencies: ["TaizhangTestSupport", "TaizhangModel", "TaizhangImport", "TaizhangStore", "TaizhangWords"]),
        .testTarget(name: "TaizhangImportTests", dependencies: ["TaizhangTestSupport", "TaizhangModel", "TaizhangImport", "TaizhangWords", "TaizhangText"]),
        .testTarget(name: "TaizhangDashboardTests", dependencies: ["TaizhangTestSupport", "TaizhangDashboard", "TaizhangScreen", "TaizhangModel", "TaizhangImport", "TaizhangWords"]),
        .testTarget(name: "TaizhangWordsTests", dependencies: ["TaizhangWords", "TaizhangModel"]),
        .testTarget(name: "TaizhangReportTests", dependencies: ["TaizhangTestSupport", "TaizhangReport", "TaizhangOffice", "TaizhangModel", "TaizhangImport", "TaizhangWords"]),
        .testTarget(name: "TaizhangFormsTests", dependencies: ["TaizhangTestSupport", "TaizhangForms", "TaizhangOffice", "TaizhangModel", "TaizhangImport", "TaizhangWords"]),
        .testTarget(name: "LedgerSafetyTests", dependencies: ["TaizhangTestSupport", "TaizhangModel", "TaizhangImport", "TaizhangStore", "TaizhangWords"]),
        .testTarget(name: "TaizhangTerminalTests", dependencies: ["TaizhangTerminal", "TaizhangScreen"]),
        .testTarget(name: "TaizhangAppTests", dependencies: [
            "TaizhangTestSupport", "TaizhangApp", "TaizhangDashboard", "TaizhangScreen", "TaizhangModel", "TaizhangImport", "TaizhangStore",
        ]),
        .testTarget(name: "EndToEndTests", dependencies: ["TaizhangTestSupport", "TaizhangModel", "TaizhangImport", "TaizhangStore", "TaizhangDashboard"]),
        /// The PostgreSQL store against a real server (scripts/test starts a throwaway one).
        .testTarget(
            name: "PostgresTests",
            dependencies: ["TaizhangTestSupport", "TaizhangModel", "TaizhangImport", "TaizhangStore", "TaizhangPostgres", "TaizhangWords"]),
    ],
    swiftLanguageModes: [.v6]
)
