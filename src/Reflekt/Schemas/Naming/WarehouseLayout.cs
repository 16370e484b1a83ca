namespace Reflekt.Schemas.Naming;

/// <summary>Which CDP loaded the raw tables, and so which table and column layout they follow.</summary>
public enum WarehouseLayout
{
    Segment,
    RudderStack,
}
