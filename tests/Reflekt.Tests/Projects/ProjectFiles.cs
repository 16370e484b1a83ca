namespace Reflekt.Tests.Projects;

/// <summary>Small valid project and profiles files for tests to write into a temp directory and vary.</summary>
internal static class ProjectFiles
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
              numbers: true
              reserved: [id]
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
