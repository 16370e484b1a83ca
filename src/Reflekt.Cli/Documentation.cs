namespace Reflekt.Cli;

/// <summary>Where the project's documentation lives: the one place links in output (SARIF helpUri, workflow comments) come from; the README names the same address.</summary>
internal static class Documentation
{
    /// <summary>The repository whose README and docs/ folder this CLI ships from.</summary>
    public const string Repository = "https://github.com/reflekt-dotnet/reflekt";

    /// <summary>The docs/ folder on the main branch.</summary>
    public const string Docs = Repository + "/blob/main/docs";

    /// <summary>The lint rules page; each rule's section anchor is its lower-case id.</summary>
    public const string LintRules = Docs + "/lint-rules.md";
}
