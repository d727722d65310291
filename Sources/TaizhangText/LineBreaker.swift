/// Wraps text into lines of at most `width` display columns, the way Chinese documents are
/// typeset: any two Han characters may be separated, but
/// - closing and trailing punctuation (，。）》…％) never starts a line and opening
///   punctuation (（《“) never ends one — the last character(s) of the line move down
///   with it instead (see `BreakRules`);
/// - runs of Latin letters and digits, with joiners such as + - . / % : inside them
///   (2022, 12366, 1+1+9, Latin-ASCII), move to the next line whole; only a run wider than
///   a whole line is split, at the width;
/// - ASCII spaces are break opportunities and are dropped where a line ends or starts
///   (including the start and end of the text, so no line begins or ends with one);
/// - "\n" (also "\r\n" and "\r") ends a paragraph; empty paragraphs give empty lines.
///
/// A line is never wider than `width`: where no break respects the rules (a run of closing
/// marks longer than a line) the text is broken at the width anyway. A width below 2 is
/// treated as 2, since one column cannot hold a Han character and every line must hold at
/// least one. Empty text gives one empty line.
///
/// Greedy and linear in the length of the text: the last permitted break before every
/// position is known in advance, so moving characters down never rescans a line.
public enum LineBreaker {
    public static func wrap(_ text: String, width: Int) -> [String] {
        // Text of simple scalars (nearly every plan) is broken scalar by scalar.
        SimpleScalars.all(text, allowingLineEnds: true)
            ? wrap(units: text.unicodeScalars, width: width)
            : wrap(units: text, width: width)
    }

    /// Walking `Character`s whatever the text: what `wrap` must always agree with.
    static func wrapByCharacters(_ text: String, width: Int) -> [String] {
        wrap(units: text, width: width)
    }

    private static func wrap<Units: Sequence>(units: Units, width: Int) -> [String] where Units.Element: BreakUnit {
        let width = max(width, 2)
        var lines: [String] = []
        var paragraph: [Units.Element] = []
        var afterCarriageReturn = false
        for unit in units {
            if unit.endsLine {
                // A line feed right after a carriage return ends the same line.
                if afterCarriageReturn, unit.isLineFeed {
                    afterCarriageReturn = false
                    continue
                }
                wrapParagraph(paragraph, width: width, into: &lines)
                paragraph.removeAll(keepingCapacity: true)
                afterCarriageReturn = unit.isCarriageReturn
            } else {
                paragraph.append(unit)
                afterCarriageReturn = false
            }
        }
        wrapParagraph(paragraph, width: width, into: &lines)
        return lines
    }

    /// The smallest unit a line is built from: one character, or a whole word (or a piece of
    /// a word too wide for any line), with the zero-width characters that follow it.
    private struct Segment {
        var start: Int
        var end: Int
        var width: Int
        /// Spaces between the previous segment and this one: kept inside a line, dropped at
        /// a break.
        var gap: Int
        /// Whether a line may end before this segment.
        var breakBefore: Bool
        /// Whether the line may not end after this segment (it ends with an opening mark).
        var holdsNext: Bool
        /// Width from the start of the paragraph through this segment, gaps included.
        var total: Int = 0
        /// The latest segment index at or before this one where a line may start.
        var lastBreak: Int = 0
    }

    private static func wrapParagraph<Unit: BreakUnit>(_ characters: [Unit], width: Int, into lines: inout [String]) {
        var segments = segment(characters, width: width)
        guard !segments.isEmpty else {
            lines.append("")
            return
        }
        var total = 0
        for index in segments.indices {
            total += segments[index].gap + segments[index].width
            segments[index].total = total
            segments[index].lastBreak = index > 0 && !segments[index].breakBefore
                ? segments[index - 1].lastBreak : index
        }
        func line(_ first: Int, _ last: Int) -> String {
            Unit.text(characters[segments[first].start..<segments[last].end])
        }
        var first = 0
        var next = 1
        while next < segments.count {
            let lineWidth = segments[next].total - segments[first].total + segments[first].width
            if lineWidth <= width {
                next += 1
                continue
            }
            // Break at the last permitted place; if that is the line's own start there is
            // none, and the line is cut at the width.
            let breakAt = segments[next].lastBreak > first ? segments[next].lastBreak : next
            lines.append(line(first, breakAt - 1))
            first = breakAt
            // The moved segments fitted on the longer line before, so they fit here; only
            // `next` needs checking again.
            if breakAt == next { next += 1 }
        }
        lines.append(line(first, segments.count - 1))
    }

    /// Splits a paragraph into segments and decides where breaks are permitted.
    private static func segment<Unit: BreakUnit>(_ characters: [Unit], width: Int) -> [Segment] {
        var segments: [Segment] = []
        var gap = 0
        var index = 0

        func append(_ start: Int, _ end: Int, width segmentWidth: Int, forcedBreak: Bool = false) {
            let firstCharacter = characters[start]
            var breakBefore = forcedBreak
            if !forcedBreak, let previous = segments.last {
                breakBefore = !previous.holdsNext
                    && !firstCharacter.forbidsBreakBefore
                    && !Unit.inseparable(characters[previous.end - 1], firstCharacter)
            }
            segments.append(Segment(
                start: start, end: end, width: segmentWidth, gap: gap,
                breakBefore: breakBefore,
                holdsNext: characters[end - 1].forbidsBreakAfter))
            gap = 0
        }

        /// A word wider than a line: cut it into line-wide pieces, keeping a joiner such as
        /// "." or ":" off the start of a piece where the piece before can spare a character.
        func appendPieces(of word: Range<Int>) {
            var pieceStart = word.lowerBound
            var pieceWidth = 0
            var position = word.lowerBound
            while position < word.upperBound {
                let characterWidth = characters[position].columns
                if pieceWidth + characterWidth > width {
                    var cut = position
                    var cutWidth = pieceWidth
                    if characters[cut].forbidsBreakBefore, cut - 1 > pieceStart {
                        cut -= 1
                        cutWidth -= characters[cut].columns
                    }
                    append(pieceStart, cut, width: cutWidth, forcedBreak: pieceStart != word.lowerBound)
                    pieceStart = cut
                    pieceWidth -= cutWidth
                }
                pieceWidth += characterWidth
                position += 1
            }
            append(pieceStart, word.upperBound, width: pieceWidth, forcedBreak: pieceStart != word.lowerBound)
        }

        while index < characters.count {
            let character = characters[index]
            if character.isSpace {
                gap += 1
                index += 1
                continue
            }
            let characterWidth = character.columns
            if characterWidth == 0, gap == 0, !segments.isEmpty {
                // Zero-width characters cost nothing and stay with what they follow.
                segments[segments.count - 1].end = index + 1
                index += 1
                continue
            }
            guard character.isWordCharacter else {
                append(index, index + 1, width: characterWidth)
                index += 1
                continue
            }
            var end = index + 1
            var wordWidth = characterWidth
            while end < characters.count {
                if characters[end].isWordCharacter {
                    wordWidth += characters[end].columns
                    end += 1
                } else if end + 1 < characters.count, characters[end].isJoiner,
                          characters[end + 1].isWordCharacter {
                    wordWidth += characters[end].columns + characters[end + 1].columns
                    end += 2
                } else {
                    break
                }
            }
            if wordWidth <= width {
                append(index, end, width: wordWidth)
            } else {
                appendPieces(of: index..<end)
            }
            index = end
        }
        return segments
    }
}
