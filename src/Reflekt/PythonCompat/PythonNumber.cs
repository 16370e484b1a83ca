using System.Globalization;
using System.Numerics;
using System.Text;

namespace Reflekt.PythonCompat;

/// <summary>
/// A JSON number as Python writes it after <c>json.load</c>: an integer exactly, anything with a fraction or an
/// exponent as a float in <c>repr</c> style (<c>1e3</c> → <c>1000.0</c>, <c>1e-5</c> → <c>1e-05</c>).
/// </summary>
internal static class PythonNumber
{
    /// <summary><c>str()</c> of the loaded number (<c>inf</c> for a float that overflows).</summary>
    public static string Str(string rawJson) => Format(rawJson, "inf");

    /// <summary><c>json.dumps</c> of the loaded number (<c>Infinity</c> for a float that overflows).</summary>
    public static string Dumps(string rawJson) => Format(rawJson, "Infinity");

    /// <summary>The loaded number's value, for Python's <c>==</c> between an int and a float.</summary>
    public static double Value(string rawJson) => double.Parse(rawJson, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Format(string rawJson, string infinity)
    {
        if (rawJson.IndexOfAny(['.', 'e', 'E']) < 0)
        {
            return BigInteger.Parse(rawJson, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }
        var value = Value(rawJson);
        return double.IsInfinity(value) ? (value < 0 ? "-" : "") + infinity : FloatRepr(value);
    }

    // CPython's float_repr_style 'short': the shortest round-trip digits, in exponent form when the decimal point
    // falls before the 4th leading zero or after the 16th digit (Python/pystrtod.c, format_float_short).
    private static string FloatRepr(double value)
    {
        var sign = double.IsNegative(value) ? "-" : "";
        if (value == 0)
        {
            return sign + "0.0";
        }
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var decimalPoint = (point < 0 ? mantissa.Length : point) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        decimalPoint -= leadingZeros;

        var text = new StringBuilder(sign);
        if (decimalPoint <= -4 || decimalPoint > 16)
        {
            text.Append(digits[0]);
            if (digits.Length > 1)
            {
                text.Append('.').Append(digits, 1, digits.Length - 1);
            }
            var shown = decimalPoint - 1;
            text.Append('e').Append(shown < 0 ? '-' : '+').Append(Math.Abs(shown).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decimalPoint <= 0)
        {
            text.Append("0.").Append('0', -decimalPoint).Append(digits);
        }
        else if (decimalPoint >= digits.Length)
        {
            text.Append(digits).Append('0', decimalPoint - digits.Length).Append(".0");
        }
        else
        {
            text.Append(digits, 0, decimalPoint).Append('.').Append(digits, decimalPoint, digits.Length - decimalPoint);
        }
        return text.ToString();
    }
}
