using Reflekt.Projects.Profiles;
using Reflekt.Projects.Scaffolding;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses;

/// <summary>
/// Everything one warehouse type brings, the dbt-adapter shape: how its profile entry is read and validated,
/// how it connects, how its SQL is spelled, its catalog and reflection queries, and where an address's schema
/// physically lives. One instance per type, registered in <see cref="WarehouseProviders"/>.
/// </summary>
public abstract class WarehouseProvider
{
    /// <summary>The profile's <c>type:</c> value (<c>postgres</c>, <c>duckdb</c>…).</summary>
    public abstract string Type { get; }

    /// <summary>Other spellings of <see cref="Type"/> accepted where a type is named by hand.</summary>
    public virtual IReadOnlyList<string> Aliases => [];

    /// <summary>Quoting, reserved words, casts and types of the warehouse (used by the dbt build).</summary>
    public abstract SqlDialect Dialect { get; }

    /// <summary>The catalog query (the one both the dbt build and reflection read) and the reflection queries.</summary>
    public abstract ReflectionSql Queries { get; }

    /// <summary>
    /// JSON Schema (draft-07) of the type's own keys in a profile <c>source:</c> item, applied when <c>type</c> is
    /// <see cref="Type"/>; the profile schema is composed from these.
    /// </summary>
    public abstract string SettingsSchema { get; }

    /// <summary>Reads one <c>source:</c> item of this type.</summary>
    /// <exception cref="ReflektException">A required key is missing or a value is invalid; the message names the line.</exception>
    public abstract SourceProfile Read(SourceSettings settings);

    /// <summary>A connection to <paramref name="source"/> (a source of this type).</summary>
    public abstract IWarehouse Connect(SourceProfile source);

    /// <summary>
    /// The settings <c>reflekt init</c> writes for a new source of this type (all but <c>id</c>), each asked through
    /// <paramref name="answers"/>: the warehouse knows which keys it needs and their defaults.
    /// </summary>
    /// <exception cref="ReflektException">An answer cannot make a working source (a missing key file, a refused flag).</exception>
    public abstract ProfileEntry AskInitSettings(ISourceAnswers answers);

    /// <summary>
    /// The address as queries must name it. By default the schema is where it says; a file warehouse whose tables
    /// live in <c>main</c> maps its file stem there (and refuses other schemas).
    /// </summary>
    /// <exception cref="ReflektException">The schema cannot exist in this source.</exception>
    public virtual SourceAddress Locate(SourceProfile source, SourceAddress address) => address;
}

/// <summary>A provider whose sources are <typeparamref name="TSource"/> records.</summary>
public abstract class WarehouseProvider<TSource> : WarehouseProvider
    where TSource : SourceProfile
{
    public sealed override SourceProfile Read(SourceSettings settings) => ReadSource(settings);

    public sealed override IWarehouse Connect(SourceProfile source) => Connect(Typed(source));

    public sealed override SourceAddress Locate(SourceProfile source, SourceAddress address) => Locate(Typed(source), address);

    /// <inheritdoc cref="Read"/>
    protected abstract TSource ReadSource(SourceSettings settings);

    /// <inheritdoc cref="WarehouseProvider.Connect"/>
    protected abstract IWarehouse Connect(TSource source);

    /// <inheritdoc cref="WarehouseProvider.Locate"/>
    protected virtual SourceAddress Locate(TSource source, SourceAddress address) => address;

    private TSource Typed(SourceProfile source) => source as TSource
        ?? throw new ArgumentException($"source '{source.Id}' is a {source.Type} source, not {Type}", nameof(source));
}
