namespace Reflekt.Projects.Profiles;

/// <summary>A credential from a profile. Prints as <c>****</c>; only <see cref="Reveal"/> gives the value, at the point of use.</summary>
public sealed class Secret : IEquatable<Secret>
{
    /// <summary>What every secret prints as.</summary>
    public const string Mask = "****";

    private readonly string _value;

    public Secret(string value) => _value = value;

    /// <summary>The secret value, for the connection or request that needs it. Never log it.</summary>
    public string Reveal() => _value;

    /// <summary>True when the secret is the empty string.</summary>
    public bool IsEmpty => _value.Length == 0;

    public override string ToString() => Mask;

    public bool Equals(Secret? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Secret);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);
}
