using System.Text;

namespace Reflekt.Projects.Scaffolding;

/// <summary>The text of every file a new project starts with.</summary>
public static class ProjectTemplates
{
    /// <summary><c>reflekt_project.yml</c> with upstream's keys, order and defaults.</summary>
    public static string ProjectFile(ScaffoldSettings settings) => $"""
        # Reflekt project configuration. Docs: see README.md.
        version: 1.0

        name: {YamlText.Scalar(settings.Name)}
        vendor: {YamlText.Scalar(settings.Vendor)}

        default_profile: {YamlText.Scalar(settings.ProfileName)}
        profiles_path: {YamlText.Scalar(settings.ProfilesPath)}

        schemas:
          conventions:
            event:
              casing: any             # title | snake | camel | pascal | any
              numbers: false          # allow digits in event names
              reserved: []            # event names nobody may use
            property:
              casing: any
              numbers: false
              reserved: []
            data_types: [string, integer, number, boolean, object, array, any, 'null']

        # lint:
        #   rules:                    # override a rule's severity: off | info | warn | error
        #     RK101: warn

        artifacts:
          dbt:
            sources:
              prefix: __src_
            models:
              prefix: stg_
              filter: ''
            docs:
              prefix: _stg_
              in_folder: false
              tests: {"{}"}

        """;

    /// <summary>One profile as a YAML block, indented under its name.</summary>
    public static string Profile(ScaffoldSettings settings)
    {
        var text = new StringBuilder();
        text.Append(YamlText.Scalar(settings.ProfileName)).Append(":\n");
        text.Append("  registry:");
        if (settings.Registry is null)
        {
            text.Append(" []\n");
        }
        else
        {
            text.Append('\n');
            AppendEntry(text, settings.Registry);
        }

        text.Append("  source:\n");
        AppendEntry(text, settings.Source);
        return text.ToString();
    }

    /// <summary>A new profiles file holding one profile.</summary>
    public static string ProfilesFile(ScaffoldSettings settings) =>
        "# Reflekt profiles: warehouse sources and schema registries. Keep secrets out of git:\n"
        + "# write them as {{ env_var('NAME') }} or ${NAME}.\n"
        + "version: 1.0\n\n"
        + Profile(settings);

    public const string GitIgnore = """
        reflekt_profiles.yml
        /.logs/
        /.reflekt_cache/
        .DS_Store

        """;

    public static string Readme(ScaffoldSettings settings) => $"""
        # {settings.Name}

        A [Reflekt](https://github.com/GClunies/reflekt)-compatible tracking plan: product-analytics events
        defined as JSON Schema files in git.

        ```
        schemas/<group>/<Event_Name>/<MAJOR>-<MINOR>.json   one file per event and version
        schemas/.reflekt/meta/1-0.json                      the meta-schema every event schema satisfies
        reflekt_project.yml                                 conventions, lint overrides, dbt settings
        {settings.ProfilesPath,-51} warehouse sources and registries (not in git)
        ```

        Common commands:

        ```bash
        reflekt debug                                  # check the configuration and connect to each source
        reflekt lint                                   # lint every schema (--select schemas/<folder> for some)
        reflekt build --artifact dbt --select <folder> --source <id>.<database>.<schema> --sdk segment
        ```

        A new event starts at `1-0.json`. Breaking changes (adding a required property, removing or
        renaming one, changing a type) need a new MAJOR file (`2-0.json`); other changes bump MINOR.

        """;

    /// <summary>Upstream's default meta-schema (spec §2.4), written by `init` and `init --demo` and used by lint when a project has none.</summary>
    public const string MetaSchema = """
        {
            "$schema": "http://json-schema.org/draft-07/schema#",
            "$id": ".reflekt/meta/1-0.json",
            "description": "Meta-schema used to ensure schemas defined in a Reflekt project have a Reflekt compatible structure. Not used to define or validate events collected by analytics SDKs.",
            "self": {
                "vendor": "reflekt",
                "name": "meta",
                "format": "jsonschema",
                "version": "1-0",
                "metadata": {}
            },
            "type": "object",
            "allOf": [
                {
                    "$ref": "http://json-schema.org/draft-07/schema#"
                },
                {
                    "properties": {
                        "self": {
                            "type": "object",
                            "properties": {
                                "vendor": {
                                    "type": "string",
                                    "description": "The company, application, team, or system that authored the schema (e.g., com.company, com.company.android, com.company.marketing)"
                                },
                                "name": {
                                    "type": "string",
                                    "description": "The schema name. Describes what the schema is meant to capture (e.g., pageViewed, clickedLink)"
                                },
                                "format": {
                                    "type": "string",
                                    "description": "The format of the schema",
                                    "const": "jsonschema"
                                },
                                "version": {
                                    "type": "string",
                                    "description": "The schema version, in MODEL-ADDITION format (e.g., 1-0, 1-1, 2-3, etc.)",
                                    "pattern": "^[1-9][0-9]*-(0|[1-9][0-9]*)$"
                                },
                                "metadata": {},
                                "lint": {"type": "boolean", "default": false},
                                "tests": {},
                                "metrics": {}
                            },
                            "required": ["vendor", "name", "format", "version", "metadata"],
                            "additionalProperties": false
                        },
                        "properties": {}
                    },
                    "required": ["self", "properties"]
                }
            ]
        }
        """;

    private static void AppendEntry(StringBuilder text, ProfileEntry entry)
    {
        // Sources read "- id: …" then "type: …"; registries start with "- type: …".
        var lines = entry.Settings.Where(s => s.Key == "id")
            .Append(new ProfileSetting("type", entry.Type))
            .Concat(entry.Settings.Where(s => s.Key != "id"))
            .ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var value = lines[i].Raw ? lines[i].Value : YamlText.Scalar(lines[i].Value);
            text.Append(i == 0 ? "    - " : "      ").Append(lines[i].Key).Append(": ").Append(value).Append('\n');
        }
    }
}
