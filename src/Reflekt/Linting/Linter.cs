using System.Text;
using System.Text.Json;
using Reflekt.Diagnostics;

namespace Reflekt.Linting;

/// <summary>
/// Runs a rule set over schema files: each file is parsed once, rules see the parsed tree, and every
/// problem (including unreadable JSON and rule failures) comes back as a <see cref="Diagnostic"/>.
/// </summary>
public sealed class Linter
{
    /// <summary>Deeper documents are reported as unparseable rather than risking deep recursion later.</summary>
    public const int MaxNesting = 256;

    /// <summary>Id of the finding for a file that is empty or not JSON.</summary>
    public const string InvalidJsonRuleId = "RK100";

    /// <summary>Id of the finding for a rule that failed unexpectedly (a bug in Reflekt, reported, not thrown).</summary>
    public const string InternalErrorRuleId = "RK000";

    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = MaxNesting };

    private readonly LintSettings _settings;
    private readonly IReadOnlyList<(LintRule Rule, Severity Severity)> _active;

    public Linter(LintSettings settings, IReadOnlyList<LintRule> rules)
    {
        _settings = settings;
        _active = rules
            .Select(rule => (rule, Level: EffectiveLevel(rule, settings)))
            .Where(x => x.Level != RuleLevel.Off)
            .Select(x => (x.rule, ToSeverity(x.Level)))
            .ToList();
    }

    /// <summary>The rules that will run, with their effective severity.</summary>
    public IReadOnlyList<(LintRule Rule, Severity Severity)> ActiveRules => _active;

    /// <summary>Lints the documents; <paramref name="progress"/> receives the number of files done so far.</summary>
    public LintReport Lint(IReadOnlyList<LintDocument> documents, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var parsed = new (LintedSchema? Schema, JsonDocument? Json, Diagnostic? Failure)[documents.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, documents.Count, options, i => parsed[i] = Parse(documents[i]));
        try
        {
            var schemas = parsed.Where(p => p.Schema is not null).Select(p => p.Schema!).ToList();
            var context = new LintContext(_settings, schemas);
            var findings = new List<Diagnostic>[documents.Count];
            var done = 0;
            Parallel.For(0, documents.Count, options, i =>
            {
                var list = new List<Diagnostic>();
                if (parsed[i].Failure is { } failure)
                {
                    list.Add(failure);
                }
                else
                {
                    Check(parsed[i].Schema!, context, list);
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
            return new LintReport(all, documents.Count);
        }
        finally
        {
            foreach (var (_, json, _) in parsed)
            {
                json?.Dispose();
            }
        }
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
                    Messages.RuleFailed(rule.Id, exception.Message), schema.Document.Path));
            }
        }
    }

    private static (LintedSchema?, JsonDocument?, Diagnostic?) Parse(LintDocument document)
    {
        var utf8 = Encoding.UTF8.GetBytes(document.Text.TrimStart('\uFEFF'));
        if (document.Text.Trim().Length == 0)
        {
            return (null, null, new Diagnostic(InvalidJsonRuleId, Severity.Error, Messages.EmptyFile(document.Path), document.Path, 1, 1, ""));
        }
        try
        {
            var json = JsonDocument.Parse(utf8, ParseOptions);
            return (new LintedSchema(document, json.RootElement, utf8), json, null);
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = (int)(exception.BytePositionInLine ?? 0) + 1;
            return (null, null, new Diagnostic(InvalidJsonRuleId, Severity.Error,
                Messages.InvalidJson(document.Path, FirstSentence(exception.Message)), document.Path, line, column, ""));
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static RuleLevel EffectiveLevel(LintRule rule, LintSettings settings) =>
        settings.Rules.TryGetValue(rule.Id, out var level) ? level
        : !rule.EnabledByDefault ? RuleLevel.Off
        : rule.DefaultSeverity switch
        {
            Severity.Error => RuleLevel.Error,
            Severity.Warning => RuleLevel.Warn,
            _ => RuleLevel.Info,
        };

    private static Severity ToSeverity(RuleLevel level) => level switch
    {
        RuleLevel.Error => Severity.Error,
        RuleLevel.Warn => Severity.Warning,
        _ => Severity.Info,
    };
}
