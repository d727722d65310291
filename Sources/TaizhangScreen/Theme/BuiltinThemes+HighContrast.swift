extension BuiltinThemes {
    /// A byte-for-byte copy of `Themes/high-contrast.json`, compiled in so that a binary copied on
    /// its own still has the theme. `ThemeBuiltinTests` compares the two: change both together.
    static let highContrastJSON = #"""
    {
      "name": "high-contrast",
      "description": "Maximum contrast on any terminal: bright basic colours on an explicit black background, bold focus and selection.",
      "styles": {
        "normal": {
          "fg": "bright-white",
          "bg": "black"
        },
        "border": {
          "fg": "white",
          "bg": "black"
        },
        "borderFocused": {
          "fg": "bright-yellow",
          "bg": "black",
          "bold": true
        },
        "title": {
          "fg": "bright-white",
          "bg": "black",
          "bold": true
        },
        "titleFocused": {
          "fg": "bright-yellow",
          "bg": "black",
          "bold": true,
          "reverse": true
        },
        "selected": {
          "fg": "bright-white",
          "bg": "black",
          "bold": true,
          "reverse": true
        },
        "selectedInactive": {
          "fg": "black",
          "bg": "white",
          "bold": true
        },
        "heading": {
          "fg": "bright-cyan",
          "bg": "black",
          "bold": true
        },
        "dim": {
          "fg": "white",
          "bg": "black"
        },
        "todo": {
          "fg": "bright-white",
          "bg": "black"
        },
        "doing": {
          "fg": "bright-yellow",
          "bg": "black",
          "bold": true
        },
        "reported": {
          "fg": "bright-cyan",
          "bg": "black",
          "bold": true
        },
        "returned": {
          "fg": "bright-magenta",
          "bg": "black",
          "bold": true
        },
        "done": {
          "fg": "bright-green",
          "bg": "black"
        },
        "barDone": {
          "fg": "bright-green",
          "bg": "black"
        },
        "barOpen": {
          "fg": "bright-black",
          "bg": "black"
        },
        "statusBar": {
          "fg": "white",
          "bg": "black",
          "reverse": true
        },
        "statusKey": {
          "fg": "white",
          "bg": "black",
          "bold": true,
          "underline": true,
          "reverse": true
        },
        "message": {
          "fg": "bright-cyan",
          "bg": "black"
        },
        "error": {
          "fg": "red",
          "bg": "bright-white",
          "bold": true,
          "reverse": true
        },
        "match": {
          "fg": "bright-yellow",
          "bg": "black",
          "underline": true,
          "reverse": true
        },
        "overdue": {
          "fg": "bright-red",
          "bg": "black",
          "bold": true,
          "underline": true
        },
        "lightGreen": {
          "fg": "bright-green",
          "bg": "black"
        },
        "lightYellow": {
          "fg": "bright-yellow",
          "bg": "black",
          "bold": true
        },
        "lightRed": {
          "fg": "bright-red",
          "bg": "black",
          "bold": true,
          "underline": true
        },
        "input": {
          "fg": "bright-white",
          "bg": "black",
          "underline": true
        }
      }
    }

    """#
}
