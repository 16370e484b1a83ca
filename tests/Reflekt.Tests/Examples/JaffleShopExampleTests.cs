using System.Text.Json;
using Reflekt.Json.Schema;
using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Testing;

namespace Reflekt.Tests.Examples;

/// <summary>examples/jaffle_shop loads, and every schema is valid JSON, sits at its $id and satisfies the meta-schema.</summary>
public sealed class JaffleShopExampleTests
{
    private static readonly string Directory = Path.Combine(SharedFixtures.RepositoryRoot, "examples", "jaffle_shop");
    private static readonly ProfileEnvironment NoVariables = ProfileEnvironment.FromVariables(new Dictionary<string, string>());

    [Fact]
    public void Project_and_profile_load()
    {
        var project = ReflektProject.Load(Directory, NoVariables);
        var profile = ReflektProfile.Load(project, environment: NoVariables);

        Assert.Equal("jaffle_shop", project.Name);
        Assert.Equal(Casing.Title, project.Conventions.Event.Casing);
        Assert.Equal(Casing.Snake, project.Conventions.Property.Casing);
        Assert.True(project.Dbt.Models.Cast);
        Assert.Equal(new DbtFreshnessThreshold(12, DbtFreshnessPeriod.Hour), project.Dbt.Sources.Freshness!.WarnAfter);
        Assert.Equal("example", profile.Name);
    }

    [Fact]
    public void Every_schema_parses_sits_at_its_id_and_satisfies_the_meta_schema()
    {
        var catalog = ReflektProject.Load(Directory, NoVariables).LoadCatalog();
        using var metaDocument = JsonDocument.Parse(catalog.MetaSchema!.Text);
        var meta = JsonSchema.Compile(metaDocument.RootElement);

        Assert.Equal(12, catalog.Schemas.Count);
        foreach (var schema in catalog.Schemas)
        {
            Assert.True(schema.IsParsed, schema.RelativePath);
            Assert.Equal(schema.RelativePath, schema.DeclaredId);
            Assert.NotNull(schema.Id);
            var result = meta.Validate(schema.Root!.Value);
            Assert.True(result.IsValid, $"{schema.RelativePath}: {string.Join("; ", result.Errors.Select(e => e.InstanceLocation + " " + e.Message))}");
            Assert.Equal(schema.Id!.Name.Replace('_', ' '), schema.Root.Value.GetProperty("self").GetProperty("name").GetString());
        }
    }
}
