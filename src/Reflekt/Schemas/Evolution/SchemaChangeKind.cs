using System.Globalization;

namespace Reflekt.Schemas.Evolution;

/// <summary>
/// The catalogue of every change the comparers can report: a stable id, its verdict, and a message template
/// where {0} is the JSON pointer, {1} the old value and {2} the new one. One place, so ids and wording stay stable.
/// </summary>
public sealed record SchemaChangeKind(string Id, ChangeImpact Verdict, string Template)
{
    public static readonly SchemaChangeKind NotAnalysed = new("changed-not-analysed", ChangeImpact.NotAnalysed, "{0}: changed from {1} to {2}, not analysed — treated as breaking");
    public static readonly SchemaChangeKind SchemaReplaced = new("schema-replaced", ChangeImpact.Breaking, "{0}: schema replaced ({1} → {2}); events valid before may be rejected");
    public static readonly SchemaChangeKind SchemaNowFalse = new("schema-now-false", ChangeImpact.Breaking, "{0}: schema changed from {1} to false — every value is now rejected");
    public static readonly SchemaChangeKind SchemaWasFalse = new("schema-was-false", ChangeImpact.NonBreaking, "{0}: schema changed from false to {2} — no value was valid before");
    public static readonly SchemaChangeKind DescriptionChanged = new("description-changed", ChangeImpact.NonBreaking, "{0}: description changed from {1} to {2}");

    public static readonly SchemaChangeKind TypeAdded = new("type-added", ChangeImpact.Breaking, "{0}: type {2} added — values of other types were valid and are now rejected");
    public static readonly SchemaChangeKind TypeRemoved = new("type-removed", ChangeImpact.NonBreaking, "{0}: type constraint {1} removed — any type is accepted");
    public static readonly SchemaChangeKind TypeNarrowed = new("type-narrowed", ChangeImpact.Breaking, "{0}: type changed from {1} to {2} — values of a dropped type were valid and are now rejected");
    public static readonly SchemaChangeKind TypeWidened = new("type-widened", ChangeImpact.NonBreaking, "{0}: type widened from {1} to {2}");

    public static readonly SchemaChangeKind EnumAdded = new("enum-added", ChangeImpact.Breaking, "{0}: values restricted to {2} — other values were valid and are now rejected");
    public static readonly SchemaChangeKind EnumRemoved = new("enum-removed", ChangeImpact.NonBreaking, "{0}: enum {1} removed — any value is accepted");
    public static readonly SchemaChangeKind EnumValueRemoved = new("enum-value-removed", ChangeImpact.Breaking, "{0}: removed {1} — events with {1} were valid and are now rejected");
    public static readonly SchemaChangeKind EnumValueAdded = new("enum-value-added", ChangeImpact.NonBreaking, "{0}: added {2}");
    public static readonly SchemaChangeKind ConstAdded = new("const-changed", ChangeImpact.Breaking, "{0}: value fixed to {2} (was {1}) — other values are now rejected");
    public static readonly SchemaChangeKind ConstRemoved = new("const-removed", ChangeImpact.NonBreaking, "{0}: const {1} removed — any value is accepted");

    public static readonly SchemaChangeKind ConstraintTightened = new("constraint-tightened", ChangeImpact.Breaking, "{0}: changed from {1} to {2} — values between the two bounds were valid and are now rejected");
    public static readonly SchemaChangeKind ConstraintLoosened = new("constraint-loosened", ChangeImpact.NonBreaking, "{0}: changed from {1} to {2}, more values accepted");
    public static readonly SchemaChangeKind MultipleOfTightened = new("multiple-of-tightened", ChangeImpact.Breaking, "{0}: changed from {1} to {2} — numbers that are not multiples of {2} are now rejected");
    public static readonly SchemaChangeKind MultipleOfLoosened = new("multiple-of-loosened", ChangeImpact.NonBreaking, "{0}: changed from {1} to {2}, every multiple of {1} is still accepted");

    public static readonly SchemaChangeKind PatternAdded = new("pattern-added", ChangeImpact.Breaking, "{0}: pattern {2} added — strings not matching it are now rejected");
    public static readonly SchemaChangeKind PatternChanged = new("pattern-changed", ChangeImpact.Breaking, "{0}: pattern changed from {1} to {2} — strings matching only the old one are now rejected");
    public static readonly SchemaChangeKind PatternRemoved = new("pattern-removed", ChangeImpact.NonBreaking, "{0}: pattern {1} removed");
    public static readonly SchemaChangeKind FormatAdded = new("format-added", ChangeImpact.Breaking, "{0}: format {2} added — strings not in that format are now rejected");
    public static readonly SchemaChangeKind FormatChanged = new("format-changed", ChangeImpact.Breaking, "{0}: format changed from {1} to {2} — strings in the old format may be rejected");
    public static readonly SchemaChangeKind FormatRemoved = new("format-removed", ChangeImpact.NonBreaking, "{0}: format {1} removed");
    public static readonly SchemaChangeKind UniqueItemsAdded = new("unique-items-added", ChangeImpact.Breaking, "{0}: changed from {1} to {2} — arrays with repeated items are now rejected");
    public static readonly SchemaChangeKind UniqueItemsRemoved = new("unique-items-removed", ChangeImpact.NonBreaking, "{0}: changed from {1} to {2}, repeated items accepted");

    public static readonly SchemaChangeKind PropertyNowRequired = new("property-now-required", ChangeImpact.Breaking, "{0}: {2} changed from optional to required — events without it are now rejected");
    public static readonly SchemaChangeKind PropertyNowOptional = new("property-now-optional", ChangeImpact.NonBreaking, "{0}: {1} changed from required to optional");
    public static readonly SchemaChangeKind RequiredPropertyAdded = new("required-property-added", ChangeImpact.Breaking, "{0}: required property {2} added — events without it are rejected");
    public static readonly SchemaChangeKind OptionalPropertyAdded = new("optional-property-added", ChangeImpact.NonBreaking, "{0}: optional property {2} added");
    public static readonly SchemaChangeKind RequiredPropertyRemoved = new("required-property-removed", ChangeImpact.Breaking, "{0}: required property {1} removed — events still sending it are rejected or lose it");
    public static readonly SchemaChangeKind OptionalPropertyRemoved = new("optional-property-removed", ChangeImpact.NonBreaking, "{0}: optional property {1} removed");
    public static readonly SchemaChangeKind ClosedPropertyRemoved = new("closed-property-removed", ChangeImpact.Breaking, "{0}: optional property {1} removed while additionalProperties is false — events sending it are now rejected");
    public static readonly SchemaChangeKind AdditionalPropertiesTightened = new("additional-properties-tightened", ChangeImpact.Breaking, "{0}: changed from {1} to false — undeclared properties are now rejected");
    public static readonly SchemaChangeKind AdditionalPropertiesLoosened = new("additional-properties-loosened", ChangeImpact.NonBreaking, "{0}: changed from false to {2}, undeclared properties accepted");
    public static readonly SchemaChangeKind SubschemaAdded = new("subschema-added", ChangeImpact.Breaking, "{0}: sub-schema {2} added — values it rejects were valid and are now rejected");
    public static readonly SchemaChangeKind SubschemaRemoved = new("subschema-removed", ChangeImpact.NonBreaking, "{0}: sub-schema {1} removed");
    public static readonly SchemaChangeKind DependencyAdded = new("dependency-added", ChangeImpact.Breaking, "{0}: {2} now required alongside it — events without it are rejected");
    public static readonly SchemaChangeKind DependencyRemoved = new("dependency-removed", ChangeImpact.NonBreaking, "{0}: {1} no longer required alongside it");

    public static readonly SchemaChangeKind BranchAdded = new("branch-added", ChangeImpact.NonBreaking, "{0}: alternative {2} added, more values accepted");
    public static readonly SchemaChangeKind BranchRemoved = new("branch-removed", ChangeImpact.Breaking, "{0}: alternative {1} removed — values matching only it were valid and are now rejected");
    public static readonly SchemaChangeKind ExclusiveBranchAdded = new("one-of-branch-added", ChangeImpact.Breaking, "{0}: alternative {2} added to oneOf — values matching it and another branch are now rejected");
    public static readonly SchemaChangeKind ExclusiveBranchLoosened = new("one-of-branch-loosened", ChangeImpact.Breaking, "{0}: a oneOf branch accepts more — values now matching two branches are rejected");
    public static readonly SchemaChangeKind ConjunctAdded = new("all-of-branch-added", ChangeImpact.Breaking, "{0}: required sub-schema {2} added — values it rejects are now rejected");
    public static readonly SchemaChangeKind ConjunctRemoved = new("all-of-branch-removed", ChangeImpact.NonBreaking, "{0}: required sub-schema {1} removed");
    public static readonly SchemaChangeKind NotWidened = new("not-tightened", ChangeImpact.Breaking, "{0}: excluded schema changed from {1} to {2} and now excludes more values");
    public static readonly SchemaChangeKind NotNarrowed = new("not-loosened", ChangeImpact.NonBreaking, "{0}: excluded schema changed from {1} to {2} and excludes fewer values");
    public static readonly SchemaChangeKind ReferenceUnresolved = new("reference-unresolved", ChangeImpact.NotAnalysed, "{0}: $ref changed from {1} to {2} and cannot be resolved — treated as breaking");

    public static readonly SchemaChangeKind MajorRemoved = new("major-removed", ChangeImpact.Breaking, "schema file removed and no {1} version of the event remains — events still sent as {1} are rejected");
    public static readonly SchemaChangeKind VersionRemoved = new("version-removed", ChangeImpact.NonBreaking, "schema file removed; {2} still accepts events of {1}");

    /// <summary>The message for a change at <paramref name="pointer"/>; values are JSON text or quoted names.</summary>
    public string Format(string pointer, string? oldValue, string? newValue) =>
        string.Format(CultureInfo.InvariantCulture, Template, pointer.Length == 0 ? "/" : pointer, oldValue ?? "(absent)", newValue ?? "(absent)");

    /// <summary>The change at <paramref name="pointer"/>, explained.</summary>
    public SchemaChange At(string pointer, string? oldValue, string? newValue) => new(Verdict, Id, pointer, Format(pointer, oldValue, newValue));
}
