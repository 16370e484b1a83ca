namespace Reflekt.Json.Schema.Evaluation;

/// <summary>
/// The annotations unevaluatedProperties/unevaluatedItems need: which properties and items the
/// adjacent keywords (and their in-place subschemas) evaluated. Only allocated when such a keyword exists.
/// </summary>
internal sealed class Evaluated
{
    private HashSet<string>? _properties;
    private HashSet<int>? _items;

    public bool AllProperties { get; set; }

    public bool AllItems { get; set; }

    /// <summary>Items [0, ItemPrefix) were evaluated (prefixItems / array-form items).</summary>
    public int ItemPrefix { get; private set; }

    public void AddProperty(string name) => (_properties ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);

    public bool HasProperty(string name) => AllProperties || (_properties is not null && _properties.Contains(name));

    public void AddItem(int index) => (_items ??= []).Add(index);

    public void AddItemPrefix(int count) => ItemPrefix = Math.Max(ItemPrefix, count);

    public bool HasItem(int index) => AllItems || index < ItemPrefix || (_items is not null && _items.Contains(index));

    public void Merge(Evaluated other)
    {
        AllProperties |= other.AllProperties;
        AllItems |= other.AllItems;
        ItemPrefix = Math.Max(ItemPrefix, other.ItemPrefix);
        if (other._properties is not null)
        {
            (_properties ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(other._properties);
        }

        if (other._items is not null)
        {
            (_items ??= []).UnionWith(other._items);
        }
    }
}
