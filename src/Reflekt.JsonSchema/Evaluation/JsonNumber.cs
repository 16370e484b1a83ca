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
    private readonly decimal _decimal;
    private readonly bool _isDecimal;
    private readonly ExactNumber _exact;
    private readonly string _text;

    private JsonNumber(JsonElement number)
    {
        _isDecimal = TryGetExactDecimal(number, out _decimal);
        _exact = ExactNumber.Parse(JsonMarshal.GetRawUtf8Value(number));
        _text = number.GetRawText();
    }

    public static JsonNumber From(JsonElement number) => new(number);

    /// <summary>Compares an instance number with this limit (negative: instance is smaller).</summary>
    public int CompareInstance(JsonElement instance) =>
        _isDecimal && TryGetExactDecimal(instance, out var d)
            ? d.CompareTo(_decimal)
            : ExactNumber.Parse(JsonMarshal.GetRawUtf8Value(instance)).CompareTo(_exact);

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
