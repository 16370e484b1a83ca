namespace Reflekt.Reflection.Drift;

/// <summary>What the schemas of one event say its warehouse table should look like.</summary>
/// <param name="SchemaId">The latest version's <c>$id</c>, e.g. <c>segment/ecommerce/Order_Completed/2-0.json</c>.</param>
/// <param name="File">Schema file of the latest version, for diagnostics (relative to the project).</param>
/// <param name="Table">Event table name after the SDK's naming.</param>
/// <param name="Latest">Columns the latest version declares.</param>
/// <param name="AllVersions">Columns any version declares (a superset of <paramref name="Latest"/>).</param>
public sealed record EventExpectation(
    string SchemaId,
    string? File,
    string Table,
    IReadOnlyList<ExpectedColumn> Latest,
    IReadOnlyList<ExpectedColumn> AllVersions);
