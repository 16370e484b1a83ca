using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Lint;

/// <summary>A temp project with one clean and, on demand, one broken schema.</summary>
internal sealed class LintProject : IDisposable
{
    public const string CleanPath = "schemas/shop/Order_Completed/1-0.json";
    public const string BrokenPath = "schemas/shop/Add_to_Cart/1-0.json";

    public const string Clean = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "$id": "shop/Order_Completed/1-0.json",
          "description": "An order was completed.",
          "self": {"vendor": "com.example", "name": "Order Completed", "format": "jsonschema", "version": "1-0", "metadata": {}},
          "type": "object",
          "properties": {
            "order_id": {"description": "Order id.", "type": "string"}
          },
          "required": ["order_id"],
          "additionalProperties": false
        }
        """;

    // Title casing wants "Add To Cart"; the property is camelCase and has no description.
    public const string Broken = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "$id": "shop/Add_to_Cart/1-0.json",
          "description": "Added to cart.",
          "self": {"vendor": "com.example", "name": "Add to Cart", "format": "jsonschema", "version": "1-0", "metadata": {}},
          "type": "object",
          "properties": {
            "productId": {"type": "string"}
          }
        }
        """;

    public LintProject(string projectYaml = Files.Project)
    {
        Dir.Write("reflekt_project.yml", projectYaml);
        Dir.Write(CleanPath, Clean);
    }

    public TempDirectory Dir { get; } = new();

    public string Path => Dir.Path;

    public LintProject WithBroken()
    {
        Dir.Write(BrokenPath, Broken);
        return this;
    }

    public void Dispose() => Dir.Dispose();
}
