namespace Reflekt.Cli.Rendering;

/// <summary>The outcome of one check shown by <c>reflekt debug</c>.</summary>
internal sealed record CheckResult(string Name, CheckStatus Status, string Detail)
{
    public static CheckResult Pass(string name, string detail) => new(name, CheckStatus.Pass, detail);

    public static CheckResult Fail(string name, string detail) => new(name, CheckStatus.Fail, detail);

    public static CheckResult Skip(string name, string detail) => new(name, CheckStatus.Skipped, detail);
}

/// <summary>Whether a check passed, failed or was not run.</summary>
internal enum CheckStatus
{
    Pass,
    Fail,
    Skipped,
}
