using System.Globalization;
using System.Text.Json;

namespace Reflekt.Json.Schema.Evaluation;

/// <summary>A numeric limit from a schema: exact decimal when it fits, double otherwise.</summary>
internal readonly struct JsonNumber
{
    private readonly decimal _decimal;
    private readonly double _double;
    private readonly bool _isDecimal;

    private JsonNumber(decimal value)
    {
        _decimal = value;
        _double = (double)value;
        _isDecimal = true;
    }

    private JsonNumber(double value)
    {
        _double = value;
    }

    public static JsonNumber From(JsonElement number) =>
        number.TryGetDecimal(out var d) ? new JsonNumber(d) : new JsonNumber(ToDouble(number));

    /// <summary>Compares an instance number with this limit (negative: instance is smaller).</summary>
    public int CompareInstance(JsonElement instance)
    {
        if (_isDecimal && instance.TryGetInt64(out var whole))
        {
            return ((decimal)whole).CompareTo(_decimal);
        }

        if (_isDecimal && instance.TryGetDecimal(out var d))
        {
            return d.CompareTo(_decimal);
        }

        return ToDouble(instance).CompareTo(_double);
    }

    /// <summary>True when the instance is an integer multiple of this (positive) divisor.</summary>
    public bool Divides(JsonElement instance)
    {
        if (_isDecimal && instance.TryGetDecimal(out var d))
        {
            try
            {
                return d % _decimal == 0;
            }
            catch (OverflowException)
            {
                // fall through to floating point
            }
        }

        var quotient = ToDouble(instance) / _double;
        return double.IsFinite(quotient) && Math.Abs(quotient - Math.Round(quotient)) < 1e-9;
    }

    public bool IsPositive => _isDecimal ? _decimal > 0 : _double > 0;

    public override string ToString() =>
        _isDecimal ? _decimal.ToString(CultureInfo.InvariantCulture) : _double.ToString("R", CultureInfo.InvariantCulture);

    public static double ToDouble(JsonElement number)
    {
        if (number.TryGetDouble(out var value))
        {
            return value;
        }

        // Out of double range: only the sign matters for comparisons.
        return number.GetRawText().StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
    }

    public static bool IsInteger(JsonElement number)
    {
        if (number.TryGetInt64(out _))
        {
            return true;
        }

        if (number.TryGetDecimal(out var d))
        {
            return d == decimal.Truncate(d);
        }

        var value = ToDouble(number);
        return double.IsInfinity(value) || Math.Floor(value) == value;
    }
}
