using System.Collections.Frozen;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Keywords;
using D07 = Reflekt.Json.Schema.Keywords.Draft07;
using D2019 = Reflekt.Json.Schema.Keywords.Draft201909;

namespace Reflekt.Json.Schema.Dialects;

/// <summary>
/// A draft as an explicit list of keyword handlers, in evaluation order (cheap checks first, unevaluated* last).
/// Custom meta-schemas narrow the list to the vocabularies they declare.
/// </summary>
internal sealed class Dialect
{
    private Dialect(Draft draft, IReadOnlyList<KeywordHandler> keywords, bool formatAssertion)
    {
        Draft = draft;
        Keywords = keywords;
        ByName = keywords.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);
        FormatAssertion = formatAssertion;
    }

    public Draft Draft { get; }

    public IReadOnlyList<KeywordHandler> Keywords { get; }

    public FrozenDictionary<string, KeywordHandler> ByName { get; }

    /// <summary>draft-07: <c>$ref</c> replaces its sibling keywords, and <c>$id</c> may carry a plain-name fragment.</summary>
    public bool RefOverridesSiblings => Draft == Draft.Draft07;

    /// <summary>The meta-schema declares the format-assertion vocabulary.</summary>
    public bool FormatAssertion { get; }

    public static readonly Dialect Draft07 = new(Draft.Draft07,
    [
        RefKeyword.Handler,
        D07.DefinitionsKeyword.Handler,
        TypeKeyword.Handler,
        EnumKeyword.Handler,
        ConstKeyword.Handler,
        MultipleOfKeyword.Handler,
        MaximumKeyword.Handler,
        ExclusiveMaximumKeyword.Handler,
        MinimumKeyword.Handler,
        ExclusiveMinimumKeyword.Handler,
        MaxLengthKeyword.Handler,
        MinLengthKeyword.Handler,
        PatternKeyword.Handler,
        FormatKeyword.Handler,
        RequiredKeyword.Handler,
        MaxPropertiesKeyword.Handler,
        MinPropertiesKeyword.Handler,
        PropertiesKeyword.Handler,
        PatternPropertiesKeyword.Handler,
        AdditionalPropertiesKeyword.Handler,
        D07.DependenciesKeyword.Handler,
        PropertyNamesKeyword.Handler,
        MaxItemsKeyword.Handler,
        MinItemsKeyword.Handler,
        UniqueItemsKeyword.Handler,
        D2019.ItemsKeyword.Handler,
        D2019.AdditionalItemsKeyword.Handler,
        D07.ContainsKeyword.Handler,
        AllOfKeyword.Handler,
        AnyOfKeyword.Handler,
        OneOfKeyword.Handler,
        NotKeyword.Handler,
        IfKeyword.Handler,
        ThenKeyword.Handler,
        ElseKeyword.Handler,
    ], formatAssertion: false);

    public static readonly Dialect Draft201909 = new(Draft.Draft201909,
    [
        RefKeyword.Handler,
        D2019.RecursiveRefKeyword.Handler,
        DefsKeyword.Handler,
        TypeKeyword.Handler,
        EnumKeyword.Handler,
        ConstKeyword.Handler,
        MultipleOfKeyword.Handler,
        MaximumKeyword.Handler,
        ExclusiveMaximumKeyword.Handler,
        MinimumKeyword.Handler,
        ExclusiveMinimumKeyword.Handler,
        MaxLengthKeyword.Handler,
        MinLengthKeyword.Handler,
        PatternKeyword.Handler,
        FormatKeyword.Handler with { Vocabulary = Vocabularies.Format },
        RequiredKeyword.Handler,
        DependentRequiredKeyword.Handler,
        MaxPropertiesKeyword.Handler,
        MinPropertiesKeyword.Handler,
        PropertiesKeyword.Handler,
        PatternPropertiesKeyword.Handler,
        AdditionalPropertiesKeyword.Handler,
        DependentSchemasKeyword.Handler,
        PropertyNamesKeyword.Handler,
        MaxItemsKeyword.Handler,
        MinItemsKeyword.Handler,
        UniqueItemsKeyword.Handler,
        D2019.ItemsKeyword.Handler,
        D2019.AdditionalItemsKeyword.Handler,
        ContainsKeyword.Handler,
        AllOfKeyword.Handler,
        AnyOfKeyword.Handler,
        OneOfKeyword.Handler,
        NotKeyword.Handler,
        IfKeyword.Handler,
        ThenKeyword.Handler,
        ElseKeyword.Handler,
        ContentEncodingKeyword.Handler,
        ContentMediaTypeKeyword.Handler,
        ContentSchemaKeyword.Handler,
        UnevaluatedPropertiesKeyword.Handler with { Vocabulary = Vocabularies.Applicator },
        UnevaluatedItemsKeyword.Handler with { Vocabulary = Vocabularies.Applicator },
    ], formatAssertion: false);

    public static readonly Dialect Draft202012 = new(Draft.Draft202012,
    [
        RefKeyword.Handler,
        DynamicRefKeyword.Handler,
        DefsKeyword.Handler,
        TypeKeyword.Handler,
        EnumKeyword.Handler,
        ConstKeyword.Handler,
        MultipleOfKeyword.Handler,
        MaximumKeyword.Handler,
        ExclusiveMaximumKeyword.Handler,
        MinimumKeyword.Handler,
        ExclusiveMinimumKeyword.Handler,
        MaxLengthKeyword.Handler,
        MinLengthKeyword.Handler,
        PatternKeyword.Handler,
        FormatKeyword.Handler with { Vocabulary = Vocabularies.FormatAnnotation },
        RequiredKeyword.Handler,
        DependentRequiredKeyword.Handler,
        MaxPropertiesKeyword.Handler,
        MinPropertiesKeyword.Handler,
        PropertiesKeyword.Handler,
        PatternPropertiesKeyword.Handler,
        AdditionalPropertiesKeyword.Handler,
        DependentSchemasKeyword.Handler,
        PropertyNamesKeyword.Handler,
        MaxItemsKeyword.Handler,
        MinItemsKeyword.Handler,
        UniqueItemsKeyword.Handler,
        PrefixItemsKeyword.Handler,
        ItemsKeyword.Handler,
        ContainsKeyword.Handler,
        AllOfKeyword.Handler,
        AnyOfKeyword.Handler,
        OneOfKeyword.Handler,
        NotKeyword.Handler,
        IfKeyword.Handler,
        ThenKeyword.Handler,
        ElseKeyword.Handler,
        ContentEncodingKeyword.Handler,
        ContentMediaTypeKeyword.Handler,
        ContentSchemaKeyword.Handler,
        UnevaluatedPropertiesKeyword.Handler,
        UnevaluatedItemsKeyword.Handler,
    ], formatAssertion: false);

    public static Dialect For(Draft draft) => draft switch
    {
        Draft.Draft07 => Draft07,
        Draft.Draft201909 => Draft201909,
        Draft.Draft202012 => Draft202012,
        _ => throw new ArgumentOutOfRangeException(nameof(draft)),
    };

    /// <summary>This draft restricted to the given vocabularies (core is always on).</summary>
    public Dialect WithVocabularies(IReadOnlySet<string> vocabularies)
    {
        var keep = Keywords
            .Where(k => k.Vocabulary == Vocabularies.Core || vocabularies.Contains(k.Vocabulary)
                        || (k.Vocabulary == Vocabularies.FormatAnnotation && vocabularies.Contains(Vocabularies.FormatAssertion)))
            .ToArray();
        return new Dialect(Draft, keep, vocabularies.Contains(Vocabularies.FormatAssertion));
    }
}
