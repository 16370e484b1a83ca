namespace Reflekt.Linting;

/// <summary>
/// Which keywords a schema object declares, among those the lint rules read. Found in the walk's single pass
/// over the object's members, so a rule skips the many schemas without its keyword instead of looking it up.
/// </summary>
[Flags]
public enum SchemaKeywords
{
    None = 0,
    Type = 1 << 0,
    Description = 1 << 1,
    Properties = 1 << 2,
    Items = 1 << 3,
    AdditionalProperties = 1 << 4,
    Required = 1 << 5,
    Enum = 1 << 6,
    Const = 1 << 7,
    Format = 1 << 8,
    MaxLength = 1 << 9,

    /// <summary>Any numeric bound: <c>minimum</c>, <c>exclusiveMaximum</c>, <c>minLength</c>, <c>maxItems</c>, <c>minContains</c>….</summary>
    Bounds = 1 << 10,
}
