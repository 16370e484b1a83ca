using Reflekt.Json.Schema;
using Reflekt.Linting.Rules;

namespace Reflekt.Linting;

/// <summary>The default rules, as one list: adding a rule is one new file in Rules/ plus one line here.</summary>
public static class LintRuleSet
{
    /// <summary>Every built-in rule in id order; <paramref name="metaSchema"/> is the project's compiled meta-schema (default: upstream's).</summary>
    public static IReadOnlyList<LintRule> Default(JsonSchema? metaSchema = null) =>
    [
        metaSchema is null ? new MetaSchemaRule() : new MetaSchemaRule(metaSchema),
        new IdContainsSpaceRule(),
        new EventNameMatchesIdRule(),
        new EventVersionMatchesIdRule(),
        new EventCasingRule(),
        new EventNumbersRule(),
        new EventReservedRule(),
        new PropertyCasingRule(),
        new PropertyNumbersRule(),
        new PropertyReservedRule(),
        new PropertyDescriptionRule(),
        new PropertyTypeRequiredRule(),
        new PropertyTypeAllowedRule(),
        new IdMatchesPathRule(),
        new RequiredPropertiesExistRule(),
        new ColumnCollisionRule(),
        new VendorMatchesProjectRule(),
        new EnumDuplicatesRule(),
        new ImpossibleConstraintsRule(),
        new StringMaxLengthRule(),
        new KnownFormatRule(),
        new KnownDraftRule(),
        new OpenObjectRule(),
        new MinorVersionBreakingChangeRule(),
        new MajorVersionWithoutBreakingChangeRule(),
    ];
}
