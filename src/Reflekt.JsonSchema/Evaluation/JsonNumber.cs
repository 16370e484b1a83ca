using System.Runtime.InteropServices;
using System.Text.Json;

namespace Reflekt.Json.Schema.Evaluation;

/// <summary>
/// A numeric limit from a schema (minimum, multipleOf…), compared exactly with any instance number: through
/// decimal when both sides are exactly decimals (the common case, no allocation), through <see cref="ExactNumber"/>
/// otherwise. Messages show the limit as the schema wrote it.
/// </summary>
internal readonly struct JsonNumber
{
    private static readonly Int128[] PowersOfTen = [.. Enumerable.Range(0, 19).Select(e => Enumerable.Repeat((Int128)10, e).Aggregate((Int128)1, (p, t) => p * t))];

    private readonly decimal _decimal;
    private readonly bool _isDecimal;
    private readonly ExactNumber _exact;
    private readonly string _text;
    private readonly bool _isSmall;
    private readonly long _smallMantissa;
    private readonly int _smallScale;

    private JsonNumber(JsonElement number)
    {
        _isDecimal = TryGetExactDecimal(number, out _decimal);
        _exact = ExactNumber.Parse(JsonMarshal.GetRawUtf8Value(number));
        _text = number.GetRawText();
        _isSmall = TryParseSmall(JsonMarshal.GetRawUtf8Value(number), out _smallMantissa, out _smallScale);
    }

    public static JsonNumber From(JsonElement number) => new(number);

    /// <summary>Compares an instance number with this limit (negative: instance is smaller).</summary>
    public int CompareInstance(JsonElement instance)
    {
        var raw = JsonMarshal.GetRawUtf8Value(instance);
        return _isSmall && TryParseSmall(raw, out var mantissa, out var scale)
            ? CompareSmall(mantissa, scale, _smallMantissa, _smallScale)
            : CompareSlow(instance, raw);
    }

    private int CompareSlow(JsonElement instance, ReadOnlySpan<byte> raw) =>
        _isDecimal && TryGetExactDecimal(instance, out var d)
            ? d.CompareTo(_decimal)
            : ExactNumber.Parse(raw).CompareTo(_exact);

    /// <summary>
    /// Plain notation with at most 18 digits (<c>-19.99</c>, <c>42</c>: what events carry) as mantissa / 10^scale,
    /// exactly and without parsing through decimal; exponents, longer numbers and anything else are left to the slow path.
    /// </summary>
    private static bool TryParseSmall(ReadOnlySpan<byte> raw, out long mantissa, out int scale)
    {
        mantissa = 0;
        scale = 0;
        var i = raw.Length > 0 && raw[0] == (byte)'-' ? 1 : 0;
        var digits = 0;
        var dot = -1;
        for (; i < raw.Length; i++)
        {
            var b = raw[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                if (++digits > 18)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (b - '0');
            }
            else if (b == (byte)'.' && dot < 0)
            {
                dot = i;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        scale = dot < 0 ? 0 : raw.Length - dot - 1;
        mantissa = raw[0] == (byte)'-' ? -mantissa : mantissa;
        return true;
    }

    // Both sides brought to the larger scale: at most 18 + 18 digits, which Int128 holds exactly.
    private static int CompareSmall(long left, int leftScale, long right, int rightScale)
    {
        var scale = Math.Max(leftScale, rightScale);
        return (left * Pow10(scale - leftScale)).CompareTo(right * Pow10(scale - rightScale));
    }

    private static Int128 Pow10(int exponent) => PowersOfTen[exponent];

    /// <summary>True when the instance is an integer multiple of this (positive) divisor.</summary>
    public bool Divides(JsonElement instance)
    {
        if (_isDecimal && TryGetExactDecimal(instance, out var d))
        {
            try
            {
                return d % _decimal == 0;
            }
            catch (OverflowException)
            {
                // exact path below
            }
        }

        return ExactNumber.Parse(JsonMarshal.GetRawUtf8Value(instance)).IsMultipleOf(_exact);
    }

    public bool IsPositive => _exact.Mantissa.Sign > 0;

    public override string ToString() => _text;

    public static bool IsInteger(JsonElement number)
    {
        var raw = JsonMarshal.GetRawUtf8Value(number);
        return raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 || ExactNumber.Parse(raw).IsInteger;
    }

    /// <summary>
    /// The number as a decimal when that is exact: System.Text.Json rounds to 28-29 significant digits and
    /// underflows tiny values to 0, so only plain notation with at most 28 digits qualifies.
    /// </summary>
    private static bool TryGetExactDecimal(JsonElement number, out decimal value)
    {
        if (number.TryGetInt64(out var whole))
        {
            value = whole;
            return true;
        }

        var raw = JsonMarshal.GetRawUtf8Value(number);
        value = 0;
        if (raw.Length > 30 || raw.IndexOfAny((byte)'e', (byte)'E') >= 0)
        {
            return false;
        }

        var digits = 0;
        foreach (var b in raw)
        {
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
            }
        }

        return digits <= 28 && number.TryGetDecimal(out value);
    }
}
