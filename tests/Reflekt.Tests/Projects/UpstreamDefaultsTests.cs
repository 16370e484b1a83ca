using Reflekt.Projects;
using Reflekt.Projects.Scaffolding;
using Reflekt.Testing;

namespace Reflekt.Tests.Projects;

/// <summary>Upstream's use_defaults=True values (spec §2.2 / §7) are our defaults, and init writes them so they load back.</summary>
public sealed class UpstreamDefaultsTests
{
    [Fact]
    public void Defaults_match_upstream()
    {
        Assert.Equal(new NamingConvention(Casing.Any, false, []).Casing, SchemaConventions.Default.Event.Casing);
        Assert.False(SchemaConventions.Default.Event.Numbers);
        Assert.Empty(SchemaConventions.Default.Property.Reserved);
        Assert.Equal(["string", "integer", "number", "boolean", "object", "array", "any", "null"], SchemaConventions.Default.DataTypes);
        Assert.Empty(RegistrySettings.Default.AvoBranches);
        Assert.Equal(("__src_", "stg_", "", "_stg_", false), (DbtSettings.Default.Sources.Prefix, DbtSettings.Default.Models.Prefix, DbtSettings.Default.Models.Filter, DbtSettings.Default.Docs.Prefix, DbtSettings.Default.Docs.InFolder));
        Assert.Empty(DbtSettings.Default.Docs.Tests);
    }

    [Fact]
    public async Task A_scaffolded_project_loads_back_with_the_defaults()
    {
        using var dir = new TempDirectory();
        var settings = new ScaffoldSettings
        {
            Directory = dir.Path,
            Name = "round_trip",
            Vendor = "com.example",
            ProfilesPath = "~/.reflekt/reflekt_profiles.yml",
            ProfileName = "dev",
            Source = new ProfileEntry("sqlite", [new ProfileSetting("id", "warehouse"), new ProfileSetting("path", "./warehouse.sqlite")]),
            ToolVersion = "0.1.0",
        };
        var environment = ProfileEnvironment.FromVariables(new Dictionary<string, string>(), Path.Combine(dir.Path, "home"));

        await ProjectScaffold.WriteAsync(ProjectScaffold.Plan(settings, environment), TestContext.Current.CancellationToken);
        var project = ReflektProject.Load(dir.Path, environment);

        Assert.Equal("~/.reflekt/reflekt_profiles.yml", project.ProfilesPathSetting);
        Assert.Equal(Path.Combine(dir.Path, "home", ".reflekt", "reflekt_profiles.yml"), project.ProfilesPath);
        Assert.Equal(SchemaConventions.Default.Event, project.Conventions.Event with { Reserved = SchemaConventions.Default.Event.Reserved });
        Assert.Equal(SchemaConventions.Default.DataTypes, project.Conventions.DataTypes);
        Assert.Equal(DbtSettings.Default.Models, project.Dbt.Models);
        Assert.Empty(project.Dbt.Docs.Tests);
        var profilesText = File.ReadAllText(project.ProfilesPath);
        Assert.StartsWith("# Reflekt profiles", profilesText);
        Assert.Contains("version: 1.0\n\ndev:\n  registry: []\n  source:\n    - id: warehouse\n      type: sqlite\n      path: ./warehouse.sqlite\n", profilesText);
        Assert.DoesNotContain("do_not_track", profilesText);
    }
}
