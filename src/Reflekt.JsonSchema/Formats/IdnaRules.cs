using System.Globalization;

namespace Reflekt.Json.Schema.Formats;

/// <summary>
/// The IDNA2008 checks on a decoded A-label that the hostname format needs (RFC 5891 §4.2.3, RFC 5892
/// exceptions and CONTEXTJ/CONTEXTO rules). Script membership is approximated by Unicode blocks.
/// </summary>
internal static class IdnaRules
{
    public static bool IsValidULabel(string label)
    {
        if (label.Length == 0)
        {
            return false;
        }

        var first = CharUnicodeInfo.GetUnicodeCategory(label, 0);
        if (first is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return false;
        }

        var arabicIndic = false;
        var extendedArabicIndic = false;
        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            var previous = i > 0 ? label[i - 1] : '\0';
            var next = i + 1 < label.Length ? label[i + 1] : '\0';
            switch (c)
            {
                case '\u0640' or '\u07FA' or '\u302E' or '\u302F' or (>= '\u3031' and <= '\u3035') or '\u303B':
                    return false; // RFC 5892 §2.6 exceptions: DISALLOWED
                case '\u00B7' when previous != 'l' || next != 'l':
                    return false; // MIDDLE DOT between two 'l'
                case '\u0375' when !IsGreek(next):
                    return false; // KERAIA followed by Greek
                case '\u05F3' or '\u05F4' when !IsHebrew(previous):
                    return false; // GERESH/GERSHAYIM after Hebrew
                case '\u30FB' when !label.Any(IsJapanese):
                    return false; // KATAKANA MIDDLE DOT with Hiragana, Katakana or Han
                case '\u200D' when !IsVirama(previous):
                    return false; // ZERO WIDTH JOINER after a virama
                case '\u200C' when !IsVirama(previous) && !IsJoiningContext(label, i):
                    return false; // ZERO WIDTH NON-JOINER after a virama or between joining letters
                case >= '\u0660' and <= '\u0669':
                    arabicIndic = true;
                    break;
                case >= '\u06F0' and <= '\u06F9':
                    extendedArabicIndic = true;
                    break;
            }
        }

        return !(arabicIndic && extendedArabicIndic);
    }

    private static bool IsGreek(char c) => c is (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF');

    private static bool IsHebrew(char c) => c is >= '\u0590' and <= '\u05FF';

    private static bool IsJapanese(char c) =>
        c != '\u30FB' && c is (>= '\u3040' and <= '\u309F') or (>= '\u30A0' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF')
            or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u31F0' and <= '\u31FF');

    // Characters with Canonical_Combining_Class = Virama (9) in the Basic Multilingual Plane.
    private static bool IsVirama(char c) => c is '\u094D' or '\u09CD' or '\u0A4D' or '\u0ACD' or '\u0B4D' or '\u0BCD'
        or '\u0C4D' or '\u0CCD' or '\u0D3B' or '\u0D3C' or '\u0D4D' or '\u0DCA' or '\u0E3A' or '\u0EBA' or '\u0F84'
        or '\u1039' or '\u103A' or '\u1714' or '\u1715' or '\u1734' or '\u17D2' or '\u1A60' or '\u1B44' or '\u1BAA'
        or '\u1BAB' or '\u1BF2' or '\u1BF3' or '\u2D7F' or '\uA806' or '\uA82C' or '\uA8C4' or '\uA953' or '\uA9C0'
        or '\uAAF6' or '\uABED';

    // RFC 5892 A.1: (L|D) T* ZWNJ T* (R|D), approximated by "Arabic-script letters on both sides".
    private static bool IsJoiningContext(string label, int index)
    {
        var before = index - 1;
        while (before >= 0 && CharUnicodeInfo.GetUnicodeCategory(label[before]) == UnicodeCategory.NonSpacingMark)
        {
            before--;
        }

        var after = index + 1;
        while (after < label.Length && CharUnicodeInfo.GetUnicodeCategory(label[after]) == UnicodeCategory.NonSpacingMark)
        {
            after++;
        }

        return before >= 0 && after < label.Length && IsJoining(label[before]) && IsJoining(label[after]);
    }

    private static bool IsJoining(char c) => c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or (>= '\u0710' and <= '\u074F');
}
