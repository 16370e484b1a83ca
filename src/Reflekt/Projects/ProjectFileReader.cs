using System.Text.Json;
using System.Text.RegularExpressions;
using Reflekt.Projects.Validation;
using Reflekt.Projects.Yaml;
using Reflekt.Schemas;

namespace Reflekt.Projects;

/// <summary>Turns <c>reflekt_project.yml</c> into a <see cref="ReflektProject"/>, checking it against the project schema's rules.</summary>
internal static partial class ProjectFileReader
{
    private static readonly IReadOnlyDictionary<string, Casing> CasingNames = new Dictionary<string, Casing>(StringComparer.Ordinal)
    {
        ["snake"] = Casing.Snake,
        ["camel"] = Casing.Camel,
        ["pascal"] = Casing.Pascal,
        ["title"] = Casing.Title,
        ["any"] = Casing.Any,
    };

    private static readonly IReadOnlyDictionary<string, DbtFreshnessPeriod> PeriodNames = new Dictionary<string, DbtFreshnessPeriod>(StringComparer.Ordinal)
    {
        ["minute"] = DbtFreshnessPeriod.Minute,
        ["hour"] = DbtFreshnessPeriod.Hour,
        ["day"] = DbtFreshnessPeriod.Day,
    };

    private static readonly IReadOnlyDictionary<string, DbtMaterialization> MaterializationNames = new Dictionary<string, DbtMaterialization>(StringComparer.Ordinal)
    {
        ["view"] = DbtMaterialization.View,
        ["table"] = DbtMaterialization.Table,
        ["incremental"] = DbtMaterialization.Incremental,
    };

    // Strings, so YAML cannot read 1.10 as the number 1.1.
    private static readonly IReadOnlyDictionary<string, DbtTarget> DbtTargetNames = new Dictionary<string, DbtTarget>(StringComparer.Ordinal)
    {
        ["1.7"] = DbtTarget.V1_7,
        ["1.8"] = DbtTarget.V1_8,
        ["1.10"] = DbtTarget.V1_10,
    };

    public static ReflektProject Read(string directory, ProfileEnvironment environment)
    {
        var path = Path.Combine(directory, ReflektProject.FileName);
        if (!File.Exists(path))
        {
            throw new ReflektException($"{path}: project file not found");
        }

        var document = YamlDocument.Load(path);
        var root = ConfigNode.Root(document);

        var profilesSetting = root.RequiredString("profiles_path");
        var fromEnvironment = environment.ProfilesPathOverride;
        var project = new ReflektProject
        {
            Directory = directory,
            Version = root.RequiredNumber("version"),
            Name = root.RequiredString("name"),
            Vendor = root.OptionalString("vendor"),
            DefaultProfile = root.RequiredString("default_profile"),
            ProfilesPathSetting = profilesSetting,
            ProfilesPath = environment.ResolvePath(fromEnvironment ?? profilesSetting, directory),
            ProfilesPathFromEnvironment = fromEnvironment is not null,
            Conventions = ReadConventions(root.RequiredMapping("schemas")),
            Registry = ReadRegistry(root.OptionalMapping("registry")),
            Lint = ReadLint(root.OptionalMapping("lint")),
            Dbt = ReadDbt(root.RequiredMapping("artifacts").OptionalMapping("dbt")),
            Positions = document.Positions,
        };

        // The typed reads above give the friendliest messages; the schema catches whatever they let through.
        ConfigSchema.ValidateProject(document);
        return project;
    }

    private static SchemaConventions ReadConventions(ConfigNode schemas)
    {
        var conventions = schemas.RequiredMapping("conventions");
        conventions.AllowOnly("event", "property", "data_types");
        var dataTypes = conventions.OptionalStringList("data_types") ?? throw conventions.Error(null, "required key 'data_types' is missing");
        var listPointer = JsonPointer.Append(conventions.Pointer, "data_types");
        for (var i = 0; i < dataTypes.Count; i++)
        {
            if (!SchemaConventions.AllDataTypes.Contains(dataTypes[i]))
            {
                throw ConfigNode.Error(conventions.Document, JsonPointer.Append(listPointer, i),
                    $"'{dataTypes[i]}' is not one of: {string.Join(", ", SchemaConventions.AllDataTypes)}");
            }
        }

        return new SchemaConventions(
            ReadNaming(conventions.RequiredMapping("event")),
            ReadNaming(conventions.RequiredMapping("property")),
            dataTypes);
    }

    private static NamingConvention ReadNaming(ConfigNode node)
    {
        node.AllowOnly("casing", "numbers", "reserved");
        var casing = node.OptionalChoice("casing", CasingNames) ?? throw node.Error(null, "required key 'casing' is missing");
        var reserved = node.OptionalStringList("reserved") ?? throw node.Error(null, "required key 'reserved' is missing");
        return new NamingConvention(casing, node.RequiredBoolean("numbers"), reserved);
    }

    private static RegistrySettings ReadRegistry(ConfigNode? registry)
    {
        var avo = registry?.OptionalMapping("avo");
        if (avo is null)
        {
            return RegistrySettings.Default;
        }

        avo.AllowOnly("branches");
        var branches = avo.RequiredMapping("branches");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in branches.Keys)
        {
            if (!BranchName().IsMatch(name))
            {
                throw branches.Error(name, $"branch name '{name}' must match ^[A-Za-z_][A-Za-z0-9_]*$");
            }

            result[name] = branches.OptionalString(name) ?? throw branches.Error(name, "expected a string (the Avo branch id)");
        }

        return new RegistrySettings(result);
    }

    private static LintSettings ReadLint(ConfigNode? lint)
    {
        if (lint is null)
        {
            return LintSettings.Default;
        }

        lint.AllowOnly("rules");
        var rules = lint.OptionalMapping("rules");
        var result = new Dictionary<string, LintRuleLevel>(StringComparer.Ordinal);
        foreach (var id in rules?.Keys ?? [])
        {
            if (!RuleId().IsMatch(id))
            {
                throw rules!.Error(id, $"'{id}' is not a lint rule id (expected e.g. RK101)");
            }

            result[id] = rules!.OptionalChoice(id, LintSettings.LevelNames)
                ?? throw rules.Error(id, "expected one of: off, info, warn, error");
        }

        return new LintSettings(result);
    }

    private static DbtSettings ReadDbt(ConfigNode? dbt)
    {
        if (dbt is null)
        {
            return DbtSettings.Default;
        }

        dbt.AllowOnly("sources", "models", "docs", "dbt_version");
        var sources = dbt.RequiredMapping("sources");
        sources.AllowOnly("prefix", "loaded_at_field", "freshness", "tables");
        var models = dbt.RequiredMapping("models");
        models.AllowOnly("prefix", "filter", "cast", "materialized", "lookback", "contract");
        var docs = dbt.RequiredMapping("docs");
        docs.AllowOnly("prefix", "in_folder", "tests");
        var lookbackText = models.OptionalString("lookback");
        var lookback = lookbackText is null
            ? null
            : DbtLookback.Parse(lookbackText) ?? throw models.Error("lookback", $"'{lookbackText}' is not a window such as '3 days' (minutes, hours or days)");

        return new DbtSettings(
            new DbtSourceSettings(
                sources.RequiredString("prefix"),
                sources.OptionalString("loaded_at_field"),
                ReadFreshness(sources.OptionalMapping("freshness")),
                ReadSourceTables(sources.OptionalMapping("tables"))),
            new DbtModelSettings(
                models.RequiredString("prefix"),
                models.OptionalString("filter") ?? "",
                models.OptionalBoolean("cast") ?? false,
                models.OptionalChoice("materialized", MaterializationNames) ?? DbtMaterialization.View,
                lookback,
                models.OptionalBoolean("contract") ?? false),
            new DbtDocsSettings(docs.RequiredString("prefix"), docs.RequiredBoolean("in_folder"), ReadTests(docs.RequiredMapping("tests"))),
            dbt.OptionalChoice("dbt_version", DbtTargetNames) ?? DbtTarget.V1_10);
    }

    private static Dictionary<string, DbtSourceTableSettings>? ReadSourceTables(ConfigNode? tables)
    {
        if (tables is null)
        {
            return null;
        }

        var result = new Dictionary<string, DbtSourceTableSettings>(StringComparer.Ordinal);
        foreach (var name in tables.Keys)
        {
            var table = tables.RequiredMapping(name);
            table.AllowOnly("loaded_at_field", "freshness");
            result[name] = new DbtSourceTableSettings(table.OptionalString("loaded_at_field"), ReadFreshness(table.OptionalMapping("freshness")));
        }

        return result;
    }

    private static DbtFreshness? ReadFreshness(ConfigNode? freshness)
    {
        if (freshness is null)
        {
            return null;
        }

        freshness.AllowOnly("warn_after", "error_after", "filter");
        return new DbtFreshness(
            ReadThreshold(freshness.OptionalMapping("warn_after")),
            ReadThreshold(freshness.OptionalMapping("error_after")),
            freshness.OptionalString("filter"));
    }

    private static DbtFreshnessThreshold? ReadThreshold(ConfigNode? threshold)
    {
        if (threshold is null)
        {
            return null;
        }

        threshold.AllowOnly("count", "period");
        var count = threshold.OptionalInteger("count") ?? throw threshold.Error(null, "required key 'count' is missing");
        if (count <= 0)
        {
            throw threshold.Error("count", "must be a positive integer");
        }

        var period = threshold.OptionalChoice("period", PeriodNames) ?? throw threshold.Error(null, "required key 'period' is missing");
        return new DbtFreshnessThreshold(count, period);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<JsonElement>> ReadTests(ConfigNode tests)
    {
        var result = new Dictionary<string, IReadOnlyList<JsonElement>>(StringComparer.Ordinal);
        foreach (var property in tests.Element.EnumerateObject())
        {
            result[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Array => property.Value.EnumerateArray().ToArray(),
                JsonValueKind.String or JsonValueKind.Object => [property.Value],
                _ => throw tests.Error(property.Name, "expected a list of dbt tests, e.g. [unique, not_null]"),
            };
        }

        return result;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex BranchName();

    [GeneratedRegex("^[A-Z]+[0-9]+$")]
    private static partial Regex RuleId();
}
