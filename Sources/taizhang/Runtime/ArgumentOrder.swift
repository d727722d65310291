/// Options every command takes may come before the subcommand, as people type them
/// (`taizhang --ledger X list`): ArgumentParser reads a subcommand's options only after it,
/// so they are moved there. Only the options shared by the commands are moved, and only when
/// all that comes before the subcommand is such options; anything else is left for
/// ArgumentParser to judge as typed.
enum ArgumentOrder {
    /// The options that take a value and belong to (nearly) every command.
    static let shared: Set<String> = ["--ledger", "--plan", "--lang", "--today"]

    /// `arguments` (without the program's name) with leading shared options moved after the
    /// subcommand that follows them.
    static func subcommandFirst(_ arguments: [String], subcommands: Set<String>) -> [String] {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if let equals = argument.firstIndex(of: "="), shared.contains(String(argument[..<equals])) {
                index += 1
            } else if shared.contains(argument), index + 1 < arguments.count {
                index += 2
            } else {
                break
            }
        }
        guard index > 0, index < arguments.count, subcommands.contains(arguments[index]) else { return arguments }
        return [arguments[index]] + arguments[..<index] + arguments[(index + 1)...]
    }
}
