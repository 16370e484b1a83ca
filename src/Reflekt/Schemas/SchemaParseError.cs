namespace Reflekt.Schemas;

/// <summary>Why a schema file could not be read as JSON, and where.</summary>
public sealed record SchemaParseError(string Message, SourcePosition Position);
