using Reflekt.Validation;

namespace Reflekt.Cli.Rendering;

/// <summary>An invalid document as text: its number and line, then one line per error (pointer: message).</summary>
internal static class ValidationTextView
{
    public static void Write(TextWriter output, DocumentValidation result)
    {
        output.WriteLine($"document {result.Number} (line {result.Line}): invalid");
        foreach (var error in result.Errors)
        {
            var at = string.IsNullOrEmpty(error.Pointer) ? "(document)" : error.Pointer;
            var keyword = string.IsNullOrEmpty(error.SchemaLocation) ? "" : $" [{error.SchemaLocation}]";
            output.WriteLine($"  {at}: {error.Message}{keyword}");
        }
    }
}
