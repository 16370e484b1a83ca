using System.CommandLine;
using Reflekt.Cli.Rendering;
using Reflekt.Diagnostics;
using Reflekt.Linting;
using Reflekt.Schemas;
using Spectre.Console;

namespace Reflekt.Cli.Commands.Lint;

/// <summary>Loads project and catalog once, lints the selection, renders the findings; exit 1 on any error.</summary>
internal sealed class LintHandler(ParseResult parseResult, CliContext context)
{
    /// <summary>Below this many schemas a progress bar would only flicker.</summary>
    private const int ProgressThreshold = 200;

    public Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var format = parseResult.GetValue(LintCommand.Format) ?? "text";
        var project = context.LoadProject(parseResult);
        var catalog = context.LoadCatalog(project);
        var selected = catalog.Select(SchemaSelection.Of(parseResult.GetValue(LintCommand.Select), parseResult.GetValue(LintCommand.Exclude)));
        var rules = LintRuleSet.Default(ProjectMetaSchema.Compile(catalog));
        LintRuleOverrides.RequireKnown(project, rules);
        var linter = new Linter(LintOptions.From(project), rules);
        context.Log.Info($"lint {selected.Count} schema(s), format {format}");

        var console = context.CreateConsole(parseResult);
        LintReport report;
        if (format == "text" && context.Host.IsInteractive && selected.Count >= ProgressThreshold)
        {
            report = ProgressView.Run(console, $"Linting {selected.Count} schemas", selected.Count,
                progress => linter.Lint(selected, catalog.Schemas, progress, cancellationToken));
        }
        else
        {
            if (format == "text" && selected.Count >= ProgressThreshold)
            {
                // CI logs get one plain line instead of a redrawn bar.
                console.WriteLine($"Linting {selected.Count} schemas...");
            }
            report = linter.Lint(selected, catalog.Schemas, cancellationToken: cancellationToken);
        }

        // Paths relative to where the command runs (the repository root in CI), so editors and code scanning find them.
        var diagnostics = report.Diagnostics
            .Select(d => d.File is null ? d : d with { File = Path.GetRelativePath(context.Host.WorkingDirectory, Path.Combine(project.Directory, d.File)).Replace('\\', '/') })
            .ToList();
        switch (format)
        {
            case "json":
                DiagnosticJsonWriter.Write(context.Host.Out, diagnostics, report.SchemaCount);
                break;
            case "sarif":
                SarifWriter.Write(context.Host.Out, diagnostics, linter.ActiveRules.Select(r => r.Rule).ToList(), CliVersion.Current);
                break;
            case "github":
                GitHubAnnotationWriter.Write(context.Host.Out, diagnostics);
                break;
            default:
                DiagnosticTextView.Write(console, diagnostics, report.SchemaCount);
                break;
        }
        foreach (var diagnostic in diagnostics)
        {
            context.Log.Info($"{diagnostic.Severity} {diagnostic.RuleId} {diagnostic.File}:{diagnostic.Line}:{diagnostic.Column} {diagnostic.Message}");
        }
        return Task.FromResult(diagnostics.Any(d => d.Severity == Severity.Error) ? ReflektCli.Findings : ReflektCli.Success);
    }
}
