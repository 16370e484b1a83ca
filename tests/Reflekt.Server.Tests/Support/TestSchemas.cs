namespace Reflekt.Server.Tests.Support;

/// <summary>A small tracking plan written into a temp schemas directory, one schema per event and version.</summary>
public static class TestSchemas
{
    public const string OrderCompleted10 = """
        {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop/Order_Completed/1-0.json",
         "self":{"vendor":"com.example","name":"Order Completed","format":"jsonschema","version":"1-0","metadata":{}},
         "type":"object",
         "properties":{"order_id":{"type":"string"},"revenue":{"type":"number"},
                       "products":{"type":"array","items":{"type":"object","properties":{"price":{"type":"number"}},"required":["price"]}}},
         "required":["order_id"],"additionalProperties":false}
        """;

    public const string OrderCompleted11 = """
        {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop/Order_Completed/1-1.json",
         "self":{"vendor":"com.example","name":"Order Completed","format":"jsonschema","version":"1-1","metadata":{}},
         "type":"object",
         "properties":{"order_id":{"type":"string"},"revenue":{"type":"number"},"coupon":{"type":"string"},
                       "products":{"type":"array","items":{"type":"object","properties":{"price":{"type":"number"}},"required":["price"]}}},
         "required":["order_id"],"additionalProperties":false}
        """;

    public const string Identify = """
        {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop/Identify/1-0.json",
         "self":{"vendor":"com.example","name":"Identify","format":"jsonschema","version":"1-0","metadata":{}},
         "type":"object","properties":{"email":{"type":"string"}},"required":["email"],"additionalProperties":false}
        """;

    public const string Group = """
        {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop/Group/1-0.json",
         "self":{"vendor":"com.example","name":"Group","format":"jsonschema","version":"1-0","metadata":{}},
         "type":"object","properties":{"plan":{"enum":["free","pro"]}},"required":["plan"]}
        """;

    public const string PageViewed = """
        {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop/Page_Viewed/1-0.json",
         "self":{"vendor":"com.example","name":"Page Viewed","format":"jsonschema","version":"1-0","metadata":{}},
         "type":"object","properties":{"path":{"type":"string"}},"required":["path"]}
        """;

    public const string ScreenViewed = """
        {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop/Screen_Viewed/1-0.json",
         "self":{"vendor":"com.example","name":"Screen Viewed","format":"jsonschema","version":"1-0","metadata":{}},
         "type":"object","properties":{"screen_width":{"type":"integer"}},"required":["screen_width"]}
        """;

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["shop/Order_Completed/1-0.json"] = OrderCompleted10,
        ["shop/Order_Completed/1-1.json"] = OrderCompleted11,
        ["shop/Identify/1-0.json"] = Identify,
        ["shop/Group/1-0.json"] = Group,
        ["shop/Page_Viewed/1-0.json"] = PageViewed,
        ["shop/Screen_Viewed/1-0.json"] = ScreenViewed,
    };

    public static string WriteAll(string directory)
    {
        foreach (var (id, text) in All)
        {
            var path = Path.Combine(directory, id);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        // A project's meta-schema lives under schemas/.reflekt/ and must not be served as an event schema.
        Directory.CreateDirectory(Path.Combine(directory, ".reflekt", "meta"));
        File.WriteAllText(Path.Combine(directory, ".reflekt", "meta", "1-0.json"), """{"$id":".reflekt/meta/1-0.json","type":"object"}""");
        return directory;
    }
}
