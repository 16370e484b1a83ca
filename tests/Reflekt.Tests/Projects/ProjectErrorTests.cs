using Reflekt.Projects;
using Reflekt.Testing;

namespace Reflekt.Tests.Projects;

public sealed class ProjectErrorTests
{
    private static readonly ProfileEnvironment NoVariables = ProfileEnvironment.FromVariables(new Dictionary<string, string>());

    private static string LoadError(string projectYaml)
    {
        using var dir = new TempDirectory();
        dir.Write(ReflektProject.FileName, projectYaml);
        var error = Assert.Throws<ReflektException>(() => ReflektProject.Load(dir.Path, NoVariables));
        Assert.DoesNotContain('\n', error.Message);
        return error.Message.Replace(dir.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_syntax_error_names_line_and_column()
    {
        var message = LoadError("version: 1.0\nname: [demo\ndefault_profile: dev\n");

        Assert.Matches(@"^reflekt_project\.yml:\d+:\d+: YAML syntax error: ", message);
    }

    [Fact]
    public void Bad_indentation_names_line_and_column()
    {
        var message = LoadError("version: 1.0\nname: demo\n  default_profile: dev\n");

        Assert.StartsWith("reflekt_project.yml:3:", message);
    }

    [Fact]
    public void Wrong_enum_value_names_key_path_and_position()
    {
        var message = LoadError(ProjectFiles.Project.Replace("casing: title", "casing: titel", StringComparison.Ordinal));

        Assert.Equal("reflekt_project.yml:9:7: schemas.conventions.event.casing: 'titel' is not one of: snake, camel, pascal, title, any", message);
    }

    [Fact]
    public void Missing_required_key_points_at_the_parent()
    {
        var message = LoadError(ProjectFiles.Project.Replace("default_profile: dev\n", "", StringComparison.Ordinal));

        Assert.Equal("reflekt_project.yml:1:1: (root): required key 'default_profile' is missing", message);
    }

    [Fact]
    public void Wrong_type_names_key_path()
    {
        var message = LoadError(ProjectFiles.Project.Replace("numbers: true", "numbers: maybe", StringComparison.Ordinal));

        Assert.Equal("reflekt_project.yml:14:7: schemas.conventions.property.numbers: expected true or false, found a string ('maybe')", message);
    }

    [Fact]
    public void Unknown_key_in_a_closed_block_is_rejected()
    {
        var message = LoadError(ProjectFiles.Project.Replace("      numbers: false", "      numbrs: false", StringComparison.Ordinal));

        Assert.Equal("reflekt_project.yml:10:7: schemas.conventions.event.numbrs: unknown key 'numbrs' (expected one of: casing, numbers, reserved)", message);
    }

    [Fact]
    public void Unknown_data_type_points_at_the_list_item()
    {
        var message = LoadError(ProjectFiles.Project.Replace("data_types: [string,", "data_types: [strng,", StringComparison.Ordinal));

        Assert.StartsWith("reflekt_project.yml:16:18: schemas.conventions.data_types[0]: 'strng' is not one of:", message);
    }

    [Fact]
    public void Missing_project_file_is_reported()
    {
        using var dir = new TempDirectory();

        var error = Assert.Throws<ReflektException>(() => ReflektProject.Load(dir.Path, NoVariables));

        Assert.EndsWith("reflekt_project.yml: project file not found", error.Message);
    }

    [Fact]
    public void Discovery_without_a_project_says_how_to_fix_it()
    {
        using var dir = new TempDirectory();

        var error = Assert.Throws<ReflektException>(() => ReflektProject.Discover(dir.Path, NoVariables));

        Assert.Contains("No reflekt_project.yml found in", error.Message);
        Assert.Contains("reflekt init", error.Message);
    }
}
