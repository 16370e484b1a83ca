using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Reflekt.Server;
using Reflekt.Testing;
using Reflekt.Testing.StandIns;

namespace Reflekt.Cli.Tests.Commands.Pull;

/// <summary>push/pull end to end for the other registry types, configured only through the project and profile files.</summary>
public sealed class PullRegistriesTests
{
    [Fact]
    public async Task Avo_pull_maps_a_branch_name_to_its_id_from_the_project_file()
    {
        await using var avo = new AvoStandIn("ws1", "sa_x", "secret");
        await avo.StartAsync();
        avo.SetExport("HqC13KbRJ", JsonNode.Parse("""
            {"events":[{"id":"e1","name":"Order Completed","description":"Bought.","tags":["team: growth"],
              "rules":{"properties":{"properties":{"type":"object","properties":{
                "total":{"id":"p1","index":0,"description":"Total.","nameMapping":[],"type":"number"}},
                "required":["total"],"additionalProperties":false}}}}]}
            """)!.AsObject());
        using var dir = new TempDirectory("reflekt-cli-avo");
        dir.Write("reflekt_project.yml", Files.Project + "registry:\n  avo:\n    branches:\n      staging: HqC13KbRJ\n      main: main\n");
        dir.Write("reflekt_profiles.yml", Files.Profiles.Replace(
            "registry: []",
            $"registry:\n    - type: avo\n      workspace_id: ws1\n      service_account_name: sa_x\n      service_account_secret: secret\n      api_url: {avo.BaseUrl}",
            StringComparison.Ordinal));

        var result = await CliRunner.RunAsync(dir.Path, "pull", "-r", "avo", "-s", "staging");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("GET /workspaces/ws1/branches/HqC13KbRJ/export/v1", Assert.Single(avo.Requests).Line);
        Assert.Contains("  created   schemas/staging/Order_Completed/1-0.json\n", result.Out, StringComparison.Ordinal);
        Assert.Equal("""
            {
                "$schema": "http://json-schema.org/draft-07/schema#",
                "$id": "staging/Order_Completed/1-0.json",
                "description": "Bought.",
                "self": {
                    "vendor": "com.example",
                    "name": "Order Completed",
                    "format": "jsonschema",
                    "version": "1-0",
                    "metadata": {
                        "team": "growth"
                    }
                },
                "type": "object",
                "properties": {
                    "total": {
                        "description": "Total.",
                        "type": "number"
                    }
                },
                "required": [
                    "total"
                ],
                "additionalProperties": false
            }

            """, File.ReadAllText(Path.Combine(dir.Path, "schemas", "staging", "Order_Completed", "1-0.json")));
    }

    [Fact]
    public async Task Reflekt_registry_push_then_pull_through_the_real_server()
    {
        using var dir = new TempDirectory("reflekt-cli-server");
        Directory.CreateDirectory(Path.Combine(dir.Path, "served"));
        await using var app = ReflektServer.Build(new ReflektServerSettings
        {
            Port = 0,
            WriteKey = "w",
            ValidWriteKey = "v",
            InvalidWriteKey = "i",
            AdminToken = "admin",
            SegmentApiHost = "http://127.0.0.1:9",
            SpoolDirectory = Path.Combine(dir.Path, "spool"),
            SchemasDirectory = Path.Combine(dir.Path, "served"),
            Configuration = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" },
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        dir.Write("reflekt_project.yml", Files.Project);
        dir.Write("reflekt_profiles.yml", Files.Profiles.Replace(
            "registry: []",
            $"registry:\n    - type: reflekt\n      url: {app.BoundAddress()}\n      api_key: admin",
            StringComparison.Ordinal));
        var fixture = SharedFixtures.Path("fixtures", "reflekt-upstream", "schemas", "jaffle_shop", "Order_Completed", "1-0.json");
        dir.Write("schemas/jaffle_shop/Order_Completed/1-0.json", File.ReadAllText(fixture));

        var push = await CliRunner.RunAsync(dir.Path, "push", "-r", "reflekt", "-s", "jaffle_shop");
        File.Delete(Path.Combine(dir.Path, "schemas", "jaffle_shop", "Order_Completed", "1-0.json"));
        var pull = await CliRunner.RunAsync(dir.Path, "pull", "-r", "reflekt", "-s", "jaffle_shop");

        Assert.Equal(0, push.ExitCode);
        Assert.Contains("  + jaffle_shop/Order_Completed/1-0.json\n", push.Out, StringComparison.Ordinal);
        Assert.Equal(0, pull.ExitCode);
        Assert.Equal(File.ReadAllText(fixture), File.ReadAllText(Path.Combine(dir.Path, "schemas", "jaffle_shop", "Order_Completed", "1-0.json")));
        await app.StopAsync(TestContext.Current.CancellationToken);
    }
}
