namespace Reflekt.Linting.Casing;

/// <summary>One naming convention of a project (event or property): casing, digits allowed, reserved names.</summary>
public sealed record NameConvention(CaseStyle Casing, bool Numbers, IReadOnlyList<string> Reserved)
{
    /// <summary>Upstream's `init` defaults: any casing, no digits, nothing reserved.</summary>
    public static NameConvention Default { get; } = new(CaseStyle.Any, false, []);
}
