using System.CommandLine;
using Reflekt.Validation;

namespace Reflekt.Cli.Commands;

/// <summary>`--formats assert|annotate`, declared alike by `validate` and `serve` so both judge `format` the same way.</summary>
internal static class FormatsOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--formats")
        {
            Description = "Whether schemas' format keywords (date-time, email, uuid…) are checked: assert (default) or annotate (not checked). reflekt validate and reflekt serve share this default.",
            DefaultValueFactory = _ => FormatPolicies.Names[0],
        };
        option.AcceptOnlyFromAmong([.. FormatPolicies.Names]);
        return option;
    }
}
