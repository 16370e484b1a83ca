using Reflekt.Projects;
using Reflekt.Warehouses;
using Reflekt.Schemas.Naming;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Dbt;

/// <summary>Everything a dbt build depends on besides the schemas and the catalog snapshot.</summary>
/// <param name="ProjectName">The Reflekt project name; the package is named <c>underscore(name)</c>.</param>
/// <param name="Source">The parsed <c>--source</c> argument.</param>
/// <param name="Layout">The <c>--sdk</c>: which CDP loaded the raw tables.</param>
/// <param name="WarehouseType">The profile source type, named in the source description.</param>
/// <param name="Dialect">How SQL fragments are spelled for this warehouse.</param>
/// <param name="Settings">The project's <c>artifacts.dbt</c> settings.</param>
public sealed record DbtBuildRequest(
    string ProjectName,
    SourceAddress Source,
    WarehouseLayout Layout,
    string WarehouseType,
    SqlDialect Dialect,
    DbtSettings Settings);
