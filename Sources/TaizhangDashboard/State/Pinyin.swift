import TaizhangScreen
import Foundation

/// Pinyin for Chinese names, so `sfj` or `sifa` finds 市司法局. Foundation's Han-to-Latin
/// transform loads ICU data on first use (tens of milliseconds), so it is only called when
/// a search needs it, never at start-up.
public enum Pinyin {
    /// The full spelling without tones or spaces (`shisifaju`) and the initials (`ssfj`).
    public static func forms(of text: String) -> (full: String, initials: String) {
        let latin = text.applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?
            .lowercased() ?? text.lowercased()
        let syllables = latin.split { !$0.isLetter && !$0.isNumber }
        return (syllables.joined(), String(syllables.compactMap(\.first)))
    }

    /// Whether a query should also be tried as pinyin: only Latin letters.
    public static func looksLikePinyin(_ query: String) -> Bool {
        !query.isEmpty && query.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }
}
