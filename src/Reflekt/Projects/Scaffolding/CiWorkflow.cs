using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reflekt.Projects.Scaffolding;

/// <summary>
/// The GitHub Actions workflow and local tool manifest `init` writes. GitHub reads workflows only at the repository
/// root, so a project nested in a repository gets the root's `.github/workflows/` and a `working-directory`; the tool
/// is restored from the manifest at the version that wrote it, never "whatever `reflekt` is on the feed today".
/// </summary>
public static class CiWorkflow
{
    /// <summary>The package id and command of the tool, as in the CLI's project file.</summary>
    public const string ToolPackage = "reflekt";

    /// <summary>Where the workflow goes for a project at <paramref name="projectDirectory"/> (the git root's `.github/workflows/`, else the project's).</summary>
    public static string WorkflowPath(string projectDirectory) =>
        Path.Combine(GitWorkTree.FindRoot(projectDirectory) ?? projectDirectory, ".github", "workflows", "reflekt.yml");

    /// <summary>The workflow text; <paramref name="projectDirectory"/> below the repository root becomes the jobs' working directory.</summary>
    public static string Workflow(string projectDirectory)
    {
        var root = GitWorkTree.FindRoot(projectDirectory) ?? projectDirectory;
        var relative = Path.GetRelativePath(root, projectDirectory).Replace(Path.DirectorySeparatorChar, '/');
        var nested = relative != ".";
        // upload-sarif reads paths from the workspace root, not the run steps' working directory.
        var sarif = nested ? $"{relative}/reflekt.sarif" : "reflekt.sarif";
        var defaults = nested
            ? $"""

                  defaults:
                    run:
                      working-directory: {relative}
              """
            : "";
        return $$$"""
            name: reflekt

            on:
              pull_request:
              push:
                branches: [main]

            # Read the code, upload lint results to code scanning; nothing else.
            permissions:
              contents: read
              security-events: write

            jobs:
              lint:
                runs-on: ubuntu-latest{{{defaults}}}
                steps:
                  - uses: actions/checkout@v4
                    with:
                      fetch-depth: 0 # diff --base needs the pull request's base commit
                  - uses: actions/setup-dotnet@v4
                    with:
                      dotnet-version: '10.0.x'
                  - name: Restore reflekt (the version pinned in .config/dotnet-tools.json)
                    run: dotnet tool restore
                  - name: Lint schemas
                    run: dotnet tool run reflekt lint --format sarif > reflekt.sarif
                  - name: Upload lint results
                    if: ${{ !cancelled() }}
                    uses: github/codeql-action/upload-sarif@v3
                    with:
                      sarif_file: {{{sarif}}}
                  - name: Breaking changes against the pull request's base
                    if: github.event_name == 'pull_request'
                    run: dotnet tool run reflekt diff --base "origin/$BASE_REF"
                    env:
                      BASE_REF: ${{ github.base_ref }}

            """;
    }

    /// <summary>`.config/dotnet-tools.json` pinning <paramref name="version"/>, merged into <paramref name="existing"/> (other tools kept).</summary>
    /// <exception cref="ReflektException">The existing manifest is not a JSON object.</exception>
    public static string ToolManifest(string? existing, string manifestPath, string version)
    {
        JsonObject manifest;
        try
        {
            manifest = existing is null ? new JsonObject { ["version"] = 1, ["isRoot"] = true } : JsonNode.Parse(existing) as JsonObject
                ?? throw new ReflektException($"{manifestPath}: a tool manifest must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new ReflektException($"{manifestPath}:{e.LineNumber + 1}:{e.BytePositionInLine + 1}: not valid JSON: {e.Message.Split(" Path:")[0]}", e);
        }

        if (manifest["tools"] is not JsonObject tools)
        {
            manifest["tools"] = tools = [];
        }

        tools[ToolPackage] = new JsonObject { ["version"] = version, ["commands"] = new JsonArray(ToolPackage) };
        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
