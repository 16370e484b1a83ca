using System.CommandLine;
using Reflekt.Codegen;

namespace Reflekt.Cli.Commands.Codegen;

/// <summary><c>reflekt codegen</c>: typed tracking clients generated from the schemas in git.</summary>
internal static class CodegenCommand
{
    public static Option<string> Language { get; } = CreateLanguage();

    public static Option<string[]> Select { get; } = new("--select", "-s")
    {
        Description = "Schema file(s) or folder(s) to generate for. Starting with 'schemas/' is optional; '.' is every schema.",
        HelpName = "PATH",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string> Out { get; } = new("--out", "-o")
    {
        Description = "Output folder (replaced as a whole). Default: artifacts/codegen/<language>/ in the project.",
        HelpName = "DIR",
    };

    public static Option<string> Sdk { get; } = CreateSdk();

    public static Option<bool> Check { get; } = new("--check")
    {
        Description = "Write nothing; exit 1 naming the files when the output folder is not what would be generated (for CI).",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("codegen", "Generate a typed analytics client (one function per event) from the selected schemas.")
        {
            Language,
            Select,
            Out,
            Sdk,
            Check,
        };
        command.SetAction((parseResult, cancellationToken) => new CodegenHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }

    private static Option<string> CreateLanguage()
    {
        var option = new Option<string>("--language", "-l")
        {
            Description = "Language of the client.",
            Required = true,
        };
        option.AcceptOnlyFromAmong(CodeGenerators.All.Select(g => g.Language).ToArray());
        return option;
    }

    private static Option<string> CreateSdk()
    {
        var option = new Option<string>("--sdk")
        {
            Description = "SDK family the client calls (Segment's analytics-* or RudderStack's SDKs; same call shapes).",
            DefaultValueFactory = _ => "segment",
        };
        option.AcceptOnlyFromAmong("segment", "rudderstack");
        return option;
    }
}
