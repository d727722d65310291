extension BuiltinThemes {
    /// A byte-for-byte copy of `Themes/mono.json`, compiled in so that a binary copied on
    /// its own still has the theme. `ThemeBuiltinTests` compares the two: change both together.
    static let monoJSON = #"""
    {
      "name": "mono",
      "description": "No colour at all, only bold, underline, reverse and dim: for NO_COLOR, monochrome terminals and anyone who prefers plain text.",
      "styles": {
        "normal": {},
        "border": {
          "dim": true
        },
        "borderFocused": {
          "bold": true
        },
        "title": {},
        "titleFocused": {
          "bold": true,
          "reverse": true
        },
        "selected": {
          "bold": true,
          "reverse": true
        },
        "selectedInactive": {
          "underline": true
        },
        "heading": {
          "bold": true
        },
        "dim": {
          "dim": true
        },
        "todo": {},
        "doing": {
          "bold": true
        },
        "reported": {
          "underline": true
        },
        "returned": {
          "bold": true,
          "underline": true
        },
        "done": {
          "dim": true
        },
        "barDone": {
          "bold": true
        },
        "barOpen": {
          "dim": true
        },
        "statusBar": {
          "reverse": true
        },
        "statusKey": {
          "bold": true,
          "reverse": true
        },
        "message": {
          "bold": true
        },
        "error": {
          "bold": true,
          "underline": true,
          "reverse": true
        },
        "match": {
          "underline": true,
          "reverse": true
        },
        "overdue": {
          "bold": true,
          "underline": true
        },
        "lightGreen": {},
        "lightYellow": {
          "bold": true
        },
        "lightRed": {
          "bold": true,
          "reverse": true
        },
        "input": {
          "underline": true
        }
      }
    }

    """#
}
