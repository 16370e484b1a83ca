using System.Numerics;

namespace Reflekt.Json.Schema.Evaluation;

/// <summary>
/// A JSON number exactly as written: a signed integer mantissa times a power of ten, with trailing zeros moved
/// into the exponent (so 1.50, 15e-1 and 0.15e1 are the same value). The slow path behind <see cref="JsonNumber"/>
/// for what neither long nor decimal holds exactly: 1e400, 1e-400, 0.1000000000000000000000000000001.
/// </summary>
internal readonly struct ExactNumber : IComparable<ExactNumber>
{
    private ExactNumber(BigInteger mantissa, long exponent)
    {
        Mantissa = mantissa;
        Exponent = exponent;
    }

    public BigInteger Mantissa { get; }

    public long Exponent { get; }

    public bool IsInteger => Mantissa.IsZero || Exponent >= 0;

    /// <summary>The value's order of magnitude: mantissa digits plus exponent (1.5 → 1, 150 → 3).</summary>
    private long Magnitude => Mantissa.IsZero ? long.MinValue : DigitCount(Mantissa) + Exponent;

    /// <summary>Parses JSON number text (already validated by the JSON reader).</summary>
    public static ExactNumber Parse(ReadOnlySpan<byte> text)
    {
        var negative = text.Length > 0 && text[0] == (byte)'-';
        var i = negative ? 1 : 0;
        var digits = new System.Text.StringBuilder(text.Length);
        long exponent = 0;
        for (; i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9'; i++)
        {
            digits.Append((char)text[i]);
        }

        if (i < text.Length && text[i] == (byte)'.')
        {
            for (i++; i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9'; i++)
            {
                digits.Append((char)text[i]);
                exponent--;
            }
        }

        if (i < text.Length && text[i] is (byte)'e' or (byte)'E')
        {
            i++;
            var exponentNegative = text[i] == (byte)'-';
            if (text[i] is (byte)'-' or (byte)'+')
            {
                i++;
            }

            long written = 0;
            for (; i < text.Length; i++)
            {
                // Beyond ±10^15 the exact value no longer matters for any comparison a schema can make.
                written = Math.Min(written * 10 + (text[i] - '0'), 1_000_000_000_000_000);
            }

            exponent += exponentNegative ? -written : written;
        }

        var mantissa = BigInteger.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        if (mantissa.IsZero)
        {
            return new ExactNumber(BigInteger.Zero, 0);
        }

        while (mantissa % 10 == 0)
        {
            mantissa /= 10;
            exponent++;
        }

        return new ExactNumber(negative ? -mantissa : mantissa, exponent);
    }

    public int CompareTo(ExactNumber other)
    {
        var sign = Mantissa.Sign.CompareTo(other.Mantissa.Sign);
        if (sign != 0 || Mantissa.IsZero)
        {
            return sign;
        }

        // Same sign, both non-zero: the larger magnitude wins (reversed for negatives); only equal magnitudes
        // need the mantissas aligned, and then the exponents differ by less than the digit counts.
        var magnitude = Magnitude.CompareTo(other.Magnitude);
        if (magnitude != 0)
        {
            return Mantissa.Sign * magnitude;
        }

        var shift = Exponent - other.Exponent;
        return shift >= 0
            ? (Mantissa * BigInteger.Pow(10, (int)shift)).CompareTo(other.Mantissa)
            : Mantissa.CompareTo(other.Mantissa * BigInteger.Pow(10, (int)-shift));
    }

    /// <summary>True when this value divided by <paramref name="divisor"/> (positive) is an integer.</summary>
    public bool IsMultipleOf(ExactNumber divisor)
    {
        if (Mantissa.IsZero)
        {
            return true;
        }

        var shift = Exponent - divisor.Exponent;
        if (shift >= 0)
        {
            // m1·10^shift mod m2, without building 10^shift (1e1000000 multipleOf 7 stays cheap).
            return BigInteger.Abs(Mantissa) * BigInteger.ModPow(10, shift, divisor.Mantissa) % divisor.Mantissa == 0;
        }

        // m1 would have to be a multiple of m2·10^-shift, hence of 10, but a normalized mantissa has no trailing zero.
        return false;
    }

    private static long DigitCount(BigInteger value)
    {
        value = BigInteger.Abs(value);
        var estimate = (long)Math.Floor(BigInteger.Log10(value)) + 1;
        // Log10 can be off by one at exact powers of ten.
        var power = BigInteger.Pow(10, (int)(estimate - 1));
        return value < power ? estimate - 1 : value >= power * 10 ? estimate + 1 : estimate;
    }
}
