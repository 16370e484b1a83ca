using System.CommandLine;
using Reflekt.Codegen;
using Reflekt.Schemas;

namespace Reflekt.Cli.Commands.Codegen;

/// <summary>Plans the selected schemas' functions, renders one language, then writes the folder or checks it.</summary>
internal sealed class CodegenHandler(ParseResult parseResult, CliContext context)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var generator = CodeGenerators.For(parseResult.GetValue(CodegenCommand.Language)!);
        var sdk = parseResult.GetValue(CodegenCommand.Sdk) == "rudderstack" ? CodegenSdk.RudderStack : CodegenSdk.Segment;
        var project = context.LoadProject(parseResult);
        var selected = context.LoadCatalog(project).Select(SchemaSelection.Of(parseResult.GetValue(CodegenCommand.Select)));
        var schemas = selected.Select(file => file.RequireSchema()).ToList();
        if (schemas.Count == 0)
        {
            throw new ReflektException($"--select {string.Join(' ', parseResult.GetValue(CodegenCommand.Select) ?? [])}: no schemas to generate code for");
        }

        var plan = TrackingPlan.From(schemas);
        var files = generator.Generate(plan, new CodegenOptions(sdk));
        var outSetting = parseResult.GetValue(CodegenCommand.Out);
        var output = outSetting is null
            ? Path.Combine(project.Directory, "artifacts", "codegen", generator.Language)
            : Path.GetFullPath(outSetting, context.Host.WorkingDirectory);
        var shown = Path.GetRelativePath(context.Host.WorkingDirectory, output);
        cancellationToken.ThrowIfCancellationRequested();

        if (parseResult.GetValue(CodegenCommand.Check))
        {
            var stale = GeneratedCode.Stale(output, files);
            if (stale.Count == 0)
            {
                await context.Host.Out.WriteLineAsync($"{shown}: up to date ({plan.Events.Count} events, {files.Count} files)");
                return ReflektCli.Success;
            }

            foreach (var file in stale)
            {
                await context.Host.Out.WriteLineAsync($"{Path.Combine(shown, file)}: stale");
            }

            await context.Host.Out.WriteLineAsync($"{stale.Count} generated file(s) out of date: run 'reflekt codegen --language {generator.Language}' and commit the result");
            return ReflektCli.Findings;
        }

        GeneratedCode.Write(output, files);
        context.Log.Info($"codegen {generator.Language}: {plan.Events.Count} events into {output}");
        await context.Host.Out.WriteLineAsync($"Generated {generator.Language} client for {plan.Events.Count} events in {shown}");
        return ReflektCli.Success;
    }
}
