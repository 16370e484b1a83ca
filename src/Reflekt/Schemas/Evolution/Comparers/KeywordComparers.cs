namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary>
/// The registered keyword comparers: every keyword of drafts 07, 2019-09 and 2020-12 that constrains instances.
/// A new keyword is one comparer file plus one line here.
/// </summary>
internal static class KeywordComparers
{
    public static IReadOnlyList<IKeywordComparer> All { get; } =
    [
        new RefComparer(),
        new TypeComparer(),
        new EnumComparer(),
        new ConstComparer(),
        new MinimumComparer(),
        new ExclusiveMinimumComparer(),
        new MaximumComparer(),
        new ExclusiveMaximumComparer(),
        new MultipleOfComparer(),
        new MinLengthComparer(),
        new MaxLengthComparer(),
        new PatternComparer(),
        new FormatComparer(),
        new PropertiesComparer(),
        new AdditionalPropertiesComparer(),
        new PatternPropertiesComparer(),
        new PropertyNamesComparer(),
        new MinPropertiesComparer(),
        new MaxPropertiesComparer(),
        new UnevaluatedPropertiesComparer(),
        new DependentRequiredComparer(),
        new DependentSchemasComparer(),
        new DependenciesComparer(),
        new ItemsComparer(),
        new PrefixItemsComparer(),
        new AdditionalItemsComparer(),
        new ContainsComparer(),
        new MinContainsComparer(),
        new MaxContainsComparer(),
        new MinItemsComparer(),
        new MaxItemsComparer(),
        new UniqueItemsComparer(),
        new UnevaluatedItemsComparer(),
        new AllOfComparer(),
        new AnyOfComparer(),
        new OneOfComparer(),
        new NotComparer(),
        new IfThenElseComparer(),
        new DescriptionComparer(),
    ];
}
