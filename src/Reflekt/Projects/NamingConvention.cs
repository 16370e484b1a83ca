namespace Reflekt.Projects;

/// <summary>Naming rules for event or property names: casing, whether digits are allowed, reserved names.</summary>
public sealed record NamingConvention(Casing Casing, bool Numbers, IReadOnlyList<string> Reserved)
{
    /// <summary>Upstream's default: any casing, no digits, nothing reserved.</summary>
    public static NamingConvention Default { get; } = new(Casing.Any, false, []);
}
