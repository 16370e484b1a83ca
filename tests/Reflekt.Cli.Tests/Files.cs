namespace Reflekt.Cli.Tests;

/// <summary>A small valid project and profiles file for CLI tests.</summary>
internal static class Files
{
    public const string Project = """
        version: 1.0
        name: demo
        vendor: com.example
        default_profile: dev
        profiles_path: reflekt_profiles.yml
        schemas:
          conventions:
            event:
              casing: title
              numbers: false
              reserved: []
            property:
              casing: snake
              numbers: false
              reserved: []
            data_types: [string, integer, number, boolean, object, array, any, 'null']
        artifacts:
          dbt:
            sources:
              prefix: __src_
            models:
              prefix: stg_
            docs:
              prefix: _stg_
              in_folder: false
              tests: {}

        """;

    public const string Profiles = """
        version: 1.0
        dev:
          registry: []
          source:
            - id: local
              type: sqlite
              path: ./warehouse.sqlite

        """;
}
