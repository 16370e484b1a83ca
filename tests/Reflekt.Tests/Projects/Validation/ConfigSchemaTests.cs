using Reflekt.Projects.Validation;
using Reflekt.Projects.Yaml;
using Reflekt.Testing;

namespace Reflekt.Tests.Projects.Validation;

/// <summary>The embedded project/profile JSON Schemas, checked with the JSON Schema engine, report file, position and key path.</summary>
public sealed class ConfigSchemaTests
{
    private static string ProjectError(string yaml) =>
        Assert.Throws<ReflektException>(() => ConfigSchema.ValidateProject(YamlDocument.Parse("p.yml", yaml))).Message;

    [Fact]
    public void Upstream_fixture_projects_are_valid()
    {
        foreach (var path in new[] { SharedFixtures.Path("fixtures", "reflekt-upstream", "reflekt_project.yml"), SharedFixtures.Path("fixtures", "reflekt-upstream", "tests", "fixtures", "reflekt_project.yml") })
        {
            ConfigSchema.ValidateProject(YamlDocument.Load(path));
        }
    }

    [Fact]
    public void Enum_violation_names_position_and_key_path()
    {
        var message = ProjectError(ProjectFiles.Project.Replace("casing: title", "casing: titel", StringComparison.Ordinal));

        Assert.StartsWith("p.yml:9:7: schemas.conventions.event.casing: \"titel\" is not one of", message);
    }

    [Fact]
    public void Missing_required_property_points_at_the_parent()
    {
        var message = ProjectError(ProjectFiles.Project.Replace("name: demo\n", "", StringComparison.Ordinal));

        Assert.Equal("p.yml:1:1: (root): missing required property \"name\"", message);
    }

    [Fact]
    public void Models_filter_is_optional()
    {
        ConfigSchema.ValidateProject(YamlDocument.Parse("p.yml", ProjectFiles.Project));
    }

    [Fact]
    public void Lint_rule_levels_are_checked()
    {
        var message = ProjectError(ProjectFiles.Project + "\nlint:\n  rules:\n    RK101: loud\n");

        Assert.StartsWith("p.yml:29:5: lint.rules.RK101: \"loud\" is not one of", message);
    }

    [Fact]
    public void Profile_with_an_incomplete_bigquery_key_is_rejected()
    {
        var document = YamlDocument.Parse("profiles.yml", "dev:\n  source:\n    - id: bq\n      type: bigquery\n      keyfile_json:\n        type: service_account\n");

        var error = Assert.Throws<ReflektException>(() => ConfigSchema.ValidateProfile(document, document.Root.GetProperty("dev"), "/dev"));

        Assert.StartsWith("profiles.yml:5:7: dev.source[0].keyfile_json: missing required property", error.Message);
    }

    [Fact]
    public void Upstream_fixture_profile_is_valid()
    {
        var document = YamlDocument.Load(SharedFixtures.Path("fixtures", "reflekt-upstream", "tests", "fixtures", "reflekt_profiles.yml"));

        ConfigSchema.ValidateProfile(document, document.Root.GetProperty("test_profile"), "/test_profile");
    }
}
