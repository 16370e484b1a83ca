using Reflekt.Demo;
using Spectre.Console;

namespace Reflekt.Cli.Commands.Init;

/// <summary><c>reflekt init --demo DIR</c>: writes the demo project and warehouse, then says how to build it.</summary>
internal static class InitDemo
{
    public static async Task<int> ExecuteAsync(string directory, IAnsiConsole console, CliContext context, CancellationToken cancellationToken)
    {
        var rows = await DemoProject.CreateAsync(directory, cancellationToken: cancellationToken);
        context.Log.Open(directory);
        context.Log.Info($"init --demo: created demo project with {rows.Values.Sum()} raw rows in {DemoProject.WarehousePath}");
        console.MarkupLine($"Created Reflekt demo project [green]reflekt_demo[/] at {Markup.Escape(directory)}");
        console.WriteLine($"  {DemoProject.WarehousePath}: {string.Join(", ", rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}"))}");
        console.WriteLine($"Next: {NextStep.Command(context.Host, directory, DemoProject.BuildCommand["reflekt ".Length..])}");
        return ReflektCli.Success;
    }
}
