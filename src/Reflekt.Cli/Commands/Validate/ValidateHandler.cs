using System.CommandLine;
using Reflekt.Cli.Rendering;
using Reflekt.Projects;
using Reflekt.Validation;

namespace Reflekt.Cli.Commands.Validate;

/// <summary>Compiles the schema once, validates each document of the input, renders the verdicts; exit 1 if any is invalid.</summary>
internal sealed class ValidateHandler(ParseResult parseResult, CliContext context)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        // A project is optional: --schema may name a file outside any project.
        var hasProject = context.ExplicitProjectDirectory(parseResult) is not null || ReflektProject.FindDirectory(context.Host.WorkingDirectory) is not null;
        var catalog = hasProject ? context.LoadCatalog(context.LoadProject(parseResult)) : null;
        var formats = FormatPolicies.Parse(parseResult.GetValue(ValidateCommand.Formats)!);
        var schema = ValidationSchemaLoader.Load(parseResult.GetValue(ValidateCommand.Schema)!, catalog, context.Host.WorkingDirectory, formats);
        var inputName = parseResult.GetValue(ValidateCommand.Input) ?? "-";
        // A file is read as UTF-8 bytes, line by line; standard input goes through the host's reader (Ctrl+C, tests).
        await using var file = inputName == "-" ? null : OpenFile(inputName);
        DocumentLines input = file is null ? new TextReaderLines(new InterruptibleReader(context.Host.In)) : new Utf8StreamLines(file);
        var validator = new EventValidator(schema, parseResult.GetValue(ValidateCommand.Raw));

        var json = parseResult.GetValue(ValidateCommand.Format) == "json";
        // A file is answered in batches of output; standard input line by line, so a live stream reports live.
        var output = file is null ? context.Host.Out : new BatchedWriter(context.Host.Out);
        var total = 0;
        var invalid = 0;
        try
        {
            // Streamed: an NDJSON line is validated as soon as it is read, in constant memory.
            await foreach (var result in validator.ValidateAllAsync(input, cancellationToken))
            {
                total++;
                invalid += result.Valid ? 0 : 1;
                if (json)
                {
                    ValidationJsonWriter.Write(output, result);
                }
                else if (!result.Valid)
                {
                    ValidationTextView.Write(output, result);
                }
            }
            // Ctrl+C also ends the producer of a pipe, so the input may simply end: that is still a cancelled run, not a pass.
            cancellationToken.ThrowIfCancellationRequested();
            if (!json)
            {
                await output.WriteLineAsync($"{total} document(s): {total - invalid} valid, {invalid} invalid.");
            }
        }
        finally
        {
            // Reports already made are written even when the run is cancelled.
            await output.FlushAsync(CancellationToken.None);
        }

        context.Log.Info($"validate {total} document(s), {invalid} invalid");
        return invalid > 0 ? ReflektCli.Findings : ReflektCli.Success;
    }

    private FileStream OpenFile(string input)
    {
        var path = Path.GetFullPath(input, context.Host.WorkingDirectory);
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan | FileOptions.Asynchronous)
            : throw new ReflektException($"{input}: no such file");
    }
}
