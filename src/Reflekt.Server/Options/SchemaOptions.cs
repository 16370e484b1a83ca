namespace Reflekt.Server.Options;

/// <summary>Where schemas come from and who may change them through the schema API.</summary>
public sealed class SchemaOptions
{
    public const string Section = "Schemas";

    /// <summary>The schemas directory (a Reflekt project's `schemas/`); null serves no schemas until some are PUT.</summary>
    public string? Directory { get; set; }

    /// <summary>Bearer token for the schema API (REGISTRY_ADMIN_TOKEN); when empty, the schema API answers 401 to everyone except GET /health.</summary>
    public string? AdminToken { get; set; }

    /// <summary>`--formats`: whether `format` is asserted (the default, as `reflekt validate` does) or only annotates.</summary>
    public Reflekt.Validation.FormatPolicy Formats { get; set; } = Reflekt.Validation.FormatPolicy.Assert;

    /// <summary>Reload schemas when files in <see cref="Directory"/> change.</summary>
    public bool Watch { get; set; } = true;
}
