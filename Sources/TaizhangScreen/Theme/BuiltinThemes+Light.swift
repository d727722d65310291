extension BuiltinThemes {
    /// A byte-for-byte copy of `Themes/light.json`, compiled in so that a binary copied on
    /// its own still has the theme. `ThemeBuiltinTests` compares the two: change both together.
    static let lightJSON = #"""
    {
      "name": "light",
      "description": "For a light terminal background: dark text, a blue accent for focus and selection, soft grey bars.",
      "styles": {
        "normal": {
          "fg": "default",
          "bg": "default"
        },
        "border": {
          "fg": 247
        },
        "borderFocused": {
          "fg": 25,
          "bold": true
        },
        "title": {
          "fg": 237
        },
        "titleFocused": {
          "fg": 25,
          "bold": true
        },
        "selected": {
          "fg": 25,
          "bg": 231,
          "bold": true,
          "reverse": true
        },
        "selectedInactive": {
          "fg": 235,
          "bg": 252,
          "bold": true
        },
        "heading": {
          "fg": 18,
          "bold": true
        },
        "dim": {
          "fg": 243
        },
        "todo": {
          "fg": 237
        },
        "doing": {
          "fg": 26
        },
        "reported": {
          "fg": 91,
          "bold": true
        },
        "returned": {
          "fg": 130,
          "bold": true
        },
        "done": {
          "fg": 28
        },
        "barDone": {
          "fg": 28
        },
        "barOpen": {
          "fg": 251
        },
        "statusBar": {
          "fg": 252,
          "bg": 235,
          "reverse": true
        },
        "statusKey": {
          "fg": 252,
          "bg": 18,
          "bold": true,
          "reverse": true
        },
        "message": {
          "fg": 25
        },
        "error": {
          "fg": 160,
          "bg": 231,
          "bold": true,
          "reverse": true
        },
        "match": {
          "fg": 220,
          "bg": 16,
          "reverse": true
        },
        "overdue": {
          "fg": 160,
          "bold": true
        },
        "lightGreen": {
          "fg": 28
        },
        "lightYellow": {
          "fg": 136,
          "bold": true
        },
        "lightRed": {
          "fg": 160,
          "bold": true
        },
        "input": {
          "fg": 232,
          "bg": 254
        }
      }
    }

    """#
}
