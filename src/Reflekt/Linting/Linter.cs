using Reflekt.Diagnostics;
using Reflekt.Projects;
using Reflekt.Schemas;

namespace Reflekt.Linting;

/// <summary>
/// Runs a rule set over schema files: each file is parsed once, rules see the parsed tree, and every
/// problem (including unreadable JSON and rule failures) comes back as a <see cref="Diagnostic"/>.
/// </summary>
public sealed class Linter
{
    /// <summary>Id of the finding for a file that is empty or not JSON.</summary>
    public const string InvalidJsonRuleId = "RK100";

    /// <summary>Id of the finding for a rule that failed unexpectedly (a bug in Reflekt, reported, not thrown).</summary>
    public const string InternalErrorRuleId = "RK000";

    private readonly LintOptions _settings;
    private readonly IReadOnlyList<(LintRule Rule, Severity Severity)> _active;

    public Linter(LintOptions settings, IReadOnlyList<LintRule> rules)
    {
        _settings = settings;
        _active = rules
            .Select(rule => (rule, Level: EffectiveLevel(rule, settings)))
            .Where(x => x.Level != LintRuleLevel.Off)
            .Select(x => (x.rule, ToSeverity(x.Level)))
            .ToList();
    }

    /// <summary>The rules that will run, with their effective severity.</summary>
    public IReadOnlyList<(LintRule Rule, Severity Severity)> ActiveRules => _active;

    /// <summary>
    /// Lints <paramref name="files"/>; <paramref name="context"/> (default: the same files) are the other schemas
    /// the version rules may compare with. <paramref name="progress"/> receives the number of files done so far.
    /// </summary>
    public LintReport Lint(
        IReadOnlyList<EventSchemaFile> files,
        IReadOnlyList<EventSchemaFile>? context = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        // The context holds every schema for the version rules, which read only their documents; each file is
        // walked in a LintedSchema of its own, so its walk is garbage as soon as its rules have run (keeping
        // 10,000 walks alive until the end made most of the run's GC work).
        var inContext = new Dictionary<EventSchemaFile, LintedSchema>(ReferenceEqualityComparer.Instance);
        foreach (var file in context ?? files)
        {
            if (file.Schema is { } schema)
            {
                inContext[file] = new LintedSchema(schema);
            }
        }
        var lintContext = new LintContext(_settings, [.. inContext.Values]);
        var findings = new List<Diagnostic>[files.Count];
        var done = 0;
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var list = new List<Diagnostic>();
            if (files[i].Schema is { } schema)
            {
                Check(new LintedSchema(schema), lintContext, list);
            }
            else
            {
                list.Add(ParseFailure(files[i]));
            }
            findings[i] = list;
            progress?.Report(Interlocked.Increment(ref done));
        });
        var all = findings.SelectMany(f => f)
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ToList();
        return new LintReport(all, files.Count);
    }

    private void Check(LintedSchema schema, LintContext context, List<Diagnostic> into)
    {
        foreach (var (rule, severity) in _active)
        {
            try
            {
                foreach (var finding in rule.Check(schema, context))
                {
                    into.Add(finding with { Severity = severity });
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                into.Add(new Diagnostic(InternalErrorRuleId, Severity.Error,
                    Messages.RuleFailed(rule.Id, exception.Message), schema.FilePath));
            }
        }
    }

    private static Diagnostic ParseFailure(EventSchemaFile file)
    {
        var path = "schemas/" + file.RelativePath;
        var error = file.ParseError ?? new SchemaParseError("the file could not be parsed", SourcePosition.Unknown);
        var message = string.IsNullOrWhiteSpace(file.Text) ? Messages.EmptyFile(path) : Messages.InvalidJson(path, error.Message);
        return new Diagnostic(InvalidJsonRuleId, Severity.Error, message, path, error.Position.Line, error.Position.Column, "");
    }

    private static LintRuleLevel EffectiveLevel(LintRule rule, LintOptions settings) =>
        settings.Rules.TryGetValue(rule.Id, out var level) ? level
        : !rule.EnabledByDefault ? LintRuleLevel.Off
        : rule.DefaultSeverity switch
        {
            Severity.Error => LintRuleLevel.Error,
            Severity.Warning => LintRuleLevel.Warning,
            _ => LintRuleLevel.Info,
        };

    private static Severity ToSeverity(LintRuleLevel level) => level switch
    {
        LintRuleLevel.Error => Severity.Error,
        LintRuleLevel.Warning => Severity.Warning,
        _ => Severity.Info,
    };
}
