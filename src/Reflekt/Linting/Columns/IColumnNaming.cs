namespace Reflekt.Linting.Columns;

/// <summary>
/// How a flattened property path becomes a warehouse column. Lint only needs this one question; the
/// naming authority (Schemas/Naming, owned by the dbt build) answers it for the real layouts.
/// </summary>
public interface IColumnNaming
{
    /// <summary>The column for a property path from the top level down, e.g. ["address", "streetName"] → address_street_name.</summary>
    string Column(IReadOnlyList<string> propertyPath);
}
