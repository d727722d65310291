extension BuiltinThemes {
    /// A byte-for-byte copy of `Themes/default.json`, compiled in so that a binary copied on
    /// its own still has the theme. `ThemeBuiltinTests` compares the two: change both together.
    static let defaultJSON = #"""
    {
      "name": "default",
      "description": "For a dark terminal: calm greys, one cyan accent for focus and selection, colour kept for status, overdue and errors.",
      "styles": {
        "normal": {
          "fg": "default",
          "bg": "default"
        },
        "border": {
          "fg": 240
        },
        "borderFocused": {
          "fg": 39,
          "bold": true
        },
        "title": {
          "fg": 250
        },
        "titleFocused": {
          "fg": 45,
          "bold": true
        },
        "selected": {
          "fg": 38,
          "bg": 234,
          "bold": true,
          "reverse": true
        },
        "selectedInactive": {
          "fg": 252,
          "bg": 238,
          "bold": true
        },
        "heading": {
          "fg": 255,
          "bold": true
        },
        "dim": {
          "fg": 244
        },
        "todo": {
          "fg": 252
        },
        "doing": {
          "fg": 214
        },
        "reported": {
          "fg": 141,
          "bold": true
        },
        "returned": {
          "fg": 168,
          "bold": true
        },
        "done": {
          "fg": 35
        },
        "barDone": {
          "fg": 35
        },
        "barOpen": {
          "fg": 238
        },
        "statusBar": {
          "fg": 238,
          "bg": 252,
          "reverse": true
        },
        "statusKey": {
          "fg": 238,
          "bg": 45,
          "bold": true,
          "reverse": true
        },
        "message": {
          "fg": 81
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
          "fg": 203,
          "bold": true
        },
        "lightGreen": {
          "fg": 35
        },
        "lightYellow": {
          "fg": 220,
          "bold": true
        },
        "lightRed": {
          "fg": 203,
          "bold": true
        },
        "input": {
          "fg": 231,
          "bg": 237
        }
      }
    }

    """#
}
