using Reflekt.Projects;
using Reflekt.Testing;

namespace Reflekt.Tests.Projects;

/// <summary>The values upstream's tests/test_project.py expects from its own project files.</summary>
public sealed class UpstreamProjectTests
{
    private static readonly ProfileEnvironment NoVariables = ProfileEnvironment.FromVariables(new Dictionary<string, string>(), "/home/tester");

    [Fact]
    public void Root_project_loads_every_field()
    {
        var directory = SharedFixtures.Path("fixtures", "reflekt-upstream");

        var project = ReflektProject.Load(directory, NoVariables);

        Assert.Equal(Path.GetFullPath(directory), project.Directory);
        Assert.Equal(1.0, project.Version);
        Assert.Equal("jaffle_shop", project.Name);
        Assert.Equal("com.thejaffleshop", project.Vendor);
        Assert.Equal("dev_segment_snowflake", project.DefaultProfile);
        Assert.Equal("./reflekt_profiles.yml", project.ProfilesPathSetting);
        Assert.Equal(Path.Combine(project.Directory, "reflekt_profiles.yml"), project.ProfilesPath);
        Assert.Equal(new NamingConvention(Casing.Title, false, []), project.Conventions.Event with { Reserved = [] });
        Assert.Equal(Casing.Title, project.Conventions.Event.Casing);
        Assert.False(project.Conventions.Event.Numbers);
        Assert.Empty(project.Conventions.Event.Reserved);
        Assert.Equal(Casing.Snake, project.Conventions.Property.Casing);
        Assert.False(project.Conventions.Property.Numbers);
        Assert.Empty(project.Conventions.Property.Reserved);
        Assert.Equal(["string", "integer", "number", "boolean", "object", "array", "any", "null"], project.Conventions.DataTypes);
        Assert.Equal(new Dictionary<string, string> { ["staging"] = "HqC13KbRJ", ["main"] = "main" }, project.Registry.AvoBranches);
        Assert.Equal("__src_", project.Dbt.Sources.Prefix);
        Assert.Equal("stg_", project.Dbt.Models.Prefix);
        Assert.Equal("where received_at < getdate()", project.Dbt.Models.Filter);
        Assert.False(project.Dbt.Models.Cast);
        Assert.Equal("_stg_", project.Dbt.Docs.Prefix);
        Assert.False(project.Dbt.Docs.InFolder);
        Assert.Equal(["unique", "not_null"], project.Dbt.Docs.Tests["id"].Select(t => t.GetString()));
        Assert.Empty(project.Lint.Rules);
    }

    [Fact]
    public void Root_project_keeps_key_positions()
    {
        var project = ReflektProject.Load(SharedFixtures.Path("fixtures", "reflekt-upstream"), NoVariables);

        Assert.True(project.Positions.TryGetPosition("/name", out var name));
        Assert.Equal(new Reflekt.Schemas.SourcePosition(7, 1), name);
        Assert.True(project.Positions.TryGetPosition("/schemas/conventions/event/casing", out var casing));
        Assert.Equal(17, casing.Line);
        Assert.Equal(7, casing.Column);
    }

    [Fact]
    public void Test_fixture_project_loads_from_an_explicit_directory()
    {
        var project = ReflektProject.Load(SharedFixtures.Path("fixtures", "reflekt-upstream", "tests", "fixtures"), NoVariables);

        Assert.Equal("test_project", project.Name);
        Assert.Equal("com.reflekt-ci", project.Vendor);
        Assert.Equal("test_profile", project.DefaultProfile);
        Assert.Equal("./tests/fixtures/reflekt_profiles.yml", project.ProfilesPathSetting);
        Assert.Equal(new Dictionary<string, string> { ["staging"] = "abc123", ["main"] = "main" }, project.Registry.AvoBranches);
        Assert.Equal("", project.Dbt.Models.Filter);
    }

    [Fact]
    public void Test_fixture_project_loads_from_an_explicit_file_path()
    {
        var path = SharedFixtures.Path("fixtures", "reflekt-upstream", "tests", "fixtures", "reflekt_project.yml");

        var project = ReflektProject.Load(path, NoVariables);

        Assert.Equal("test_project", project.Name);
        Assert.Equal(Path.GetDirectoryName(path), project.Directory);
    }

    [Fact]
    public void Discovery_walks_up_from_a_schema_folder()
    {
        var root = SharedFixtures.Path("fixtures", "reflekt-upstream");

        var project = ReflektProject.Discover(Path.Combine(root, "schemas", "jaffle_shop", "Order_Completed"), NoVariables);

        Assert.Equal(Path.GetFullPath(root), project.Directory);
    }

    [Fact]
    public void Profiles_path_override_comes_from_the_environment()
    {
        var fixtures = SharedFixtures.Path("fixtures", "reflekt-upstream", "tests", "fixtures");
        var environment = ProfileEnvironment.FromVariables(new Dictionary<string, string>
        {
            [ProfileEnvironment.ProfilesPathVariable] = Path.Combine(fixtures, "reflekt_profiles.yml"),
        });

        var project = ReflektProject.Load(fixtures, environment);

        Assert.True(project.ProfilesPathFromEnvironment);
        Assert.Equal(Path.Combine(fixtures, "reflekt_profiles.yml"), project.ProfilesPath);
    }
}
