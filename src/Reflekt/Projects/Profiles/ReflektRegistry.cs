namespace Reflekt.Projects.Profiles;

/// <summary>Our registry server, <c>reflekt serve</c> (<c>type: reflekt</c>).</summary>
public sealed record ReflektRegistry : RegistryProfile
{
    public override string Type => "reflekt";

    /// <summary>Base URL of the server, e.g. <c>http://127.0.0.1:8080</c>.</summary>
    public required string Url { get; init; }

    public required Secret ApiKey { get; init; }

    public override string Describe() => $"reflekt {Url}";
}
