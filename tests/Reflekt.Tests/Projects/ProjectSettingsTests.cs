using Reflekt.Projects;
using Reflekt.Testing;

namespace Reflekt.Tests.Projects;

public sealed class ProjectSettingsTests
{
    private static readonly ProfileEnvironment NoVariables = ProfileEnvironment.FromVariables(new Dictionary<string, string>(), "/home/tester");

    private static ReflektProject Load(string yaml, ProfileEnvironment? environment = null)
    {
        using var dir = new TempDirectory();
        dir.Write(ReflektProject.FileName, yaml);
        return ReflektProject.Load(dir.Path, environment ?? NoVariables);
    }

    [Fact]
    public void Models_filter_is_optional_and_defaults_to_empty()
    {
        var project = Load(ProjectFiles.Project);

        Assert.Equal("", project.Dbt.Models.Filter);
        Assert.Equal(Casing.Snake, project.Conventions.Property.Casing);
        Assert.True(project.Conventions.Property.Numbers);
        Assert.Equal(["id"], project.Conventions.Property.Reserved);
    }

    [Fact]
    public void Lint_rule_overrides_are_typed()
    {
        var project = Load(ProjectFiles.Project + "\nlint:\n  rules:\n    RK101: warn\n    RK102: off\n    RK103: error\n    RK104: info\n");

        Assert.Equal(LintRuleLevel.Warning, project.Lint.LevelOf("RK101"));
        Assert.Equal(LintRuleLevel.Off, project.Lint.LevelOf("RK102"));
        Assert.Equal(LintRuleLevel.Error, project.Lint.LevelOf("RK103"));
        Assert.Equal(LintRuleLevel.Info, project.Lint.LevelOf("RK104"));
        Assert.Null(project.Lint.LevelOf("RK999"));
        Assert.True(project.Positions.TryGetPosition("/lint/rules/RK102", out var position));
        Assert.Equal(30, position.Line);
    }

    [Fact]
    public void Lint_rule_override_with_a_bad_level_is_rejected()
    {
        var error = Assert.Throws<ReflektException>(() => Load(ProjectFiles.Project + "\nlint:\n  rules:\n    RK101: loud\n"));

        Assert.EndsWith("lint.rules.RK101: 'loud' is not one of: off, info, warn, warning, error", error.Message);
    }

    [Fact]
    public void Dbt_freshness_and_cast_are_typed()
    {
        var yaml = ProjectFiles.Project
            .Replace("      prefix: __src_", "      prefix: __src_\n      loaded_at_field: received_at\n      freshness:\n        warn_after: {count: 12, period: hour}\n        error_after: {count: 1, period: day}", StringComparison.Ordinal)
            .Replace("      prefix: stg_", "      prefix: stg_\n      cast: true", StringComparison.Ordinal);

        var project = Load(yaml);

        Assert.Equal("received_at", project.Dbt.Sources.LoadedAtField);
        Assert.Equal(new DbtFreshnessThreshold(12, DbtFreshnessPeriod.Hour), project.Dbt.Sources.Freshness!.WarnAfter);
        Assert.Equal(new DbtFreshnessThreshold(1, DbtFreshnessPeriod.Day), project.Dbt.Sources.Freshness.ErrorAfter);
        Assert.True(project.Dbt.Models.Cast);
    }

    [Fact]
    public void Missing_dbt_block_takes_upstream_defaults()
    {
        var project = Load(ProjectFiles.Project[..ProjectFiles.Project.IndexOf("  dbt:", StringComparison.Ordinal)] + "  {}\n");

        Assert.Equal(DbtSettings.Default, project.Dbt);
    }

    [Fact]
    public void Profiles_path_is_relative_to_the_project_and_expands_home()
    {
        using var dir = new TempDirectory();
        dir.Write(ReflektProject.FileName, ProjectFiles.Project);
        var relative = ReflektProject.Load(dir.Path, NoVariables);
        dir.Write(ReflektProject.FileName, ProjectFiles.Project.Replace("profiles_path: reflekt_profiles.yml", "profiles_path: ~/.reflekt/reflekt_profiles.yml", StringComparison.Ordinal));
        var home = ReflektProject.Load(dir.Path, NoVariables);

        Assert.Equal(Path.Combine(dir.Path, "reflekt_profiles.yml"), relative.ProfilesPath);
        Assert.Equal("/home/tester/.reflekt/reflekt_profiles.yml", home.ProfilesPath);
    }
}
