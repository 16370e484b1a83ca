namespace Reflekt.Warehouses.Sql;

/// <summary>What a warehouse can do, declared once so callers branch on a capability, never on a type name.</summary>
/// <param name="Folding">How unquoted identifiers are folded.</param>
/// <param name="MaxIdentifierLength">Longest identifier the warehouse accepts.</param>
/// <param name="HasInformationSchema">Whether <c>information_schema.columns</c> lists the catalog.</param>
/// <param name="SupportsSchemas">Whether relations live in named schemas (SQLite has one per attached file).</param>
public sealed record WarehouseCapabilities(
    IdentifierFolding Folding,
    int MaxIdentifierLength,
    bool HasInformationSchema,
    bool SupportsSchemas)
{
    /// <summary>
    /// The key under which a physical column or table name is matched against a name computed from a schema
    /// (always lower-case snake). A name the warehouse stored folded (upper on Snowflake) compares in lower case;
    /// a name created quoted keeps its exact spelling and only matches exactly.
    /// </summary>
    public string MatchKey(string physicalName) => Folding switch
    {
        IdentifierFolding.Lower => physicalName,
        IdentifierFolding.Upper => physicalName == physicalName.ToUpperInvariant() ? physicalName.ToLowerInvariant() : physicalName,
        IdentifierFolding.CaseInsensitive => physicalName.ToLowerInvariant(),
        _ => throw new ArgumentOutOfRangeException(nameof(physicalName)),
    };

    /// <summary>The physical spelling an unquoted lower-case name gets when the warehouse creates it.</summary>
    public string Fold(string name) => Folding == IdentifierFolding.Upper ? name.ToUpperInvariant() : name;
}
