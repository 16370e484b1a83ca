using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Testing;
using Reflekt.Warehouses.Snowflake;

namespace Reflekt.Tests.Projects;

/// <summary>The values and errors upstream's tests/test_profile.py expects from tests/fixtures/*.yml.</summary>
public sealed class UpstreamProfileTests
{
    private static ReflektProject FixtureProject(string profilesFile)
    {
        var fixtures = SharedFixtures.Path("fixtures", "reflekt-upstream", "tests", "fixtures");
        var environment = ProfileEnvironment.FromVariables(new Dictionary<string, string>
        {
            [ProfileEnvironment.ProfilesPathVariable] = Path.Combine(fixtures, profilesFile),
        });
        return ReflektProject.Load(fixtures, environment);
    }

    [Fact]
    public void Test_profile_has_two_registries_and_one_snowflake_source()
    {
        var project = FixtureProject("reflekt_profiles.yml");

        var profile = ReflektProfile.Load(project, environment: ProfileEnvironment.FromVariables(new Dictionary<string, string>()));

        Assert.Equal("test_profile", profile.Name);
        Assert.False(profile.DoNotTrack);
        Assert.Equal(["segment", "avo"], profile.Registries.Select(r => r.Type));
        var segment = Assert.IsType<SegmentRegistry>(profile.Registries[0]);
        Assert.Equal("test_token", segment.ApiToken.Reveal());
        var avo = Assert.IsType<AvoRegistry>(profile.Registries[1]);
        Assert.Equal("test_workspace_id", avo.WorkspaceId);
        Assert.Equal("test_service_account_name", avo.ServiceAccountName);
        Assert.Equal("test_secret", avo.ServiceAccountSecret.Reveal());
        var source = Assert.IsType<SnowflakeSource>(Assert.Single(profile.Sources));
        Assert.Equal("test_source", source.Id);
        Assert.Equal("test_account", source.Account);
        Assert.Equal("test_database", source.Database);
        Assert.Equal("test_warehouse", source.Warehouse);
        Assert.Equal("test_role", source.Role);
        Assert.Equal("test_user", source.User);
        Assert.Equal("test_password", source.Password!.Reveal());
        Assert.Same(source, profile.GetSource("test_source"));
    }

    [Fact]
    public void Secrets_are_masked_when_printed()
    {
        var profile = ReflektProfile.Load(FixtureProject("reflekt_profiles.yml"), environment: ProfileEnvironment.FromVariables(new Dictionary<string, string>()));

        var printed = string.Join("\n", profile.Sources.Select(s => s.ToString()).Concat(profile.Registries.Select(r => r.ToString())));

        Assert.DoesNotContain("test_password", printed);
        Assert.DoesNotContain("test_token", printed);
        Assert.DoesNotContain("test_secret", printed);
        Assert.Contains(Secret.Mask, printed);
        Assert.Contains("test_account", printed);
    }

    [Fact]
    public void Duplicate_source_ids_are_rejected_with_the_line()
    {
        var project = FixtureProject("reflekt_profiles_duplicate_source.yml");

        var error = Assert.Throws<ReflektException>(() => ReflektProfile.Load(project, environment: ProfileEnvironment.FromVariables(new Dictionary<string, string>())));

        Assert.Contains("reflekt_profiles_duplicate_source.yml:21:7:", error.Message);
        Assert.Contains("duplicate source id 'test_source' (first defined at line 12)", error.Message);
    }

    [Fact]
    public void Unknown_profile_is_rejected()
    {
        var error = Assert.Throws<ReflektException>(() => ReflektProfile.Load(FixtureProject("reflekt_profiles.yml"), "nope"));

        Assert.Contains("Profile 'nope' not found in", error.Message);
        Assert.Contains("(profiles: test_profile)", error.Message);
    }

    [Fact]
    public void Missing_profiles_file_is_rejected_naming_its_origin()
    {
        var error = Assert.Throws<ReflektException>(() => ReflektProfile.Load(FixtureProject("does_not_exist.yml")));

        Assert.Contains("does_not_exist.yml (set by REFLEKT_PROFILES_PATH) does not exist", error.Message);
    }
}
