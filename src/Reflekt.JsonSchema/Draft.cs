namespace Reflekt.Json.Schema;

/// <summary>The JSON Schema drafts this library understands.</summary>
public enum Draft
{
    /// <summary>draft-07 (http://json-schema.org/draft-07/schema#).</summary>
    Draft07,

    /// <summary>2019-09 (https://json-schema.org/draft/2019-09/schema).</summary>
    Draft201909,

    /// <summary>2020-12 (https://json-schema.org/draft/2020-12/schema).</summary>
    Draft202012,
}
