import Foundation

extension Theme {
    /// The theme the dashboard should use.
    ///
    /// - `NO_COLOR` set and non-empty (https://no-color.org): `mono`, whatever `name` says,
    ///   stripped of any colour a user's own `mono.json` might bring in.
    /// - `name` nil: `default`.
    /// - `<userDirectory>/<name>.json`, if it exists, wins over a built-in of the same name,
    ///   so a user can restyle a shipped theme without renaming it; a broken user file is an
    ///   error rather than silently replaced, so the user learns why their change did nothing.
    /// - otherwise the built-in; an unknown name throws `.unknownTheme` listing every name.
    ///
    /// `environment` and `userDirectory` are parameters, not read here, so tests need neither
    /// a real home directory nor a changed process environment.
    public static func resolve(
        name: String?, environment: [String: String], userDirectory: String?
    ) throws(ThemeError) -> Theme {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            return try named("mono", userDirectory: userDirectory).adapted(toColorCount: 0)
        }
        return try named(name ?? "default", userDirectory: userDirectory)
    }

    /// Where users keep their own themes: `$XDG_CONFIG_HOME/taizhang/themes`, else
    /// `$HOME/.config/taizhang/themes`; nil with neither. A relative `XDG_CONFIG_HOME` is
    /// ignored, as the XDG base directory specification requires.
    public static func userThemeDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return (config as NSString).appendingPathComponent("taizhang/themes")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return (home as NSString).appendingPathComponent(".config/taizhang/themes")
        }
        return nil
    }

    /// Every name `resolve` accepts: the built-ins in their order, then the user's own.
    public static func availableNames(userDirectory: String?) -> [String] {
        var names = BuiltinThemes.names
        for name in userThemeNames(in: userDirectory) where !names.contains(name) {
            names.append(name)
        }
        return names
    }

    /// The largest user theme file read (1 MiB); the built-in ones are under 3 KB.
    public static let maximumFileSize = 1 << 20

    private static func named(_ name: String, userDirectory: String?) throws(ThemeError) -> Theme {
        // A name is a file name, never a path: "../x" must not reach outside the directory.
        let usable = !name.isEmpty && !name.contains("/") && !name.hasPrefix(".")
        if usable, let directory = userDirectory {
            let path = (directory as NSString).appendingPathComponent(name + ".json")
            if FileManager.default.fileExists(atPath: path) {
                // A theme is a few KB: anything past the limit is not one (a log, a device),
                // and is refused before it is read.
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                guard size <= maximumFileSize else {
                    throw .unreadableFile(file: path, reason: "\(size) bytes, more than a theme's limit of \(maximumFileSize)")
                }
                let data: Data
                do {
                    data = try Data(contentsOf: URL(fileURLWithPath: path))
                } catch {
                    throw .unreadableFile(file: path, reason: error.localizedDescription)
                }
                return try decode(Array(data), file: path)
            }
        }
        if usable, let builtin = try BuiltinThemes.theme(named: name) {
            return builtin
        }
        throw .unknownTheme(name: name, available: availableNames(userDirectory: userDirectory))
    }

    private static func userThemeNames(in directory: String?) -> [String] {
        guard let directory,
            let files = try? FileManager.default.contentsOfDirectory(atPath: directory)
        else { return [] }
        return files.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(".json".count)) }
            .sorted()
    }
}
