"""Writes the keyword-family pairs of the diff corpus (see README.md). Expectations are written by hand below."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
B, N, X = "breaking", "non-breaking", "not-analysed"


def case(name, description, old, new, expected, messages=None, **extra):
    body = {"description": description, "old": old, "new": new, "expected": [f"{v}:{k}" for v, k in expected]}
    if messages:
        body["messages"] = messages
    body.update(extra)
    with open(os.path.join(HERE, name + ".json"), "w") as f:
        json.dump(body, f, indent=2, ensure_ascii=False)
        f.write("\n")


def p(**props):
    return {"type": "object", "properties": props}


s = {"type": "string"}
# type
case("type-string-to-number", "type replaced", p(a=s), p(a={"type": "number"}), [(B, "type-narrowed")])
case("type-added-on-untyped", "type added", p(a={}), p(a=s), [(B, "type-added")])
case("type-removed-entirely", "type removed", p(a=s), p(a={}), [(N, "type-removed")])
case("type-array-widened", "type list gains null", p(a={"type": ["string"]}), p(a={"type": ["string", "null"]}), [(N, "type-widened")])
case("type-array-narrowed", "type list loses null", p(a={"type": ["string", "null"]}), p(a=s), [(B, "type-narrowed")],
     messages=['/properties/a/type: type changed from ["string","null"] to "string" — values of a dropped type were valid and are now rejected'])
case("type-root-object-to-array", "root type changed", {"type": "object"}, {"type": "array"}, [(B, "type-narrowed")])
# enum / const
case("enum-currency-cad-removed", "enum value removed", p(currency={"enum": ["USD", "CAD"]}), p(currency={"enum": ["USD"]}), [(B, "enum-value-removed")],
     messages=['/properties/currency/enum: removed "CAD" — events with "CAD" were valid and are now rejected'])
case("enum-numbers-added", "numeric enum value added", p(a={"enum": [1, 2]}), p(a={"enum": [1, 2, 3]}), [(N, "enum-value-added")],
     messages=["/properties/a/enum: added 3"])
case("enum-swap", "one value swapped for another", p(a={"enum": ["x", "y"]}), p(a={"enum": ["x", "z"]}), [(B, "enum-value-removed"), (N, "enum-value-added")])
case("enum-null-removed", "null removed from enum", p(a={"enum": ["a", None]}), p(a={"enum": ["a"]}), [(B, "enum-value-removed")])
case("const-added", "const added", p(a=s), p(a={"type": "string", "const": "x"}), [(B, "const-changed")])
case("const-value-changed", "const changed", p(a={"const": 1}), p(a={"const": 2}), [(B, "const-changed")],
     messages=["/properties/a/const: value fixed to 2 (was 1) — other values are now rejected"])
case("const-removed", "const removed", p(a={"const": 1}), p(a={}), [(N, "const-removed")])
# properties family
case("properties-nested-optional-added", "optional property added in a nested object", p(o=p(x=s)), p(o=p(x=s, y=s)), [(N, "optional-property-added")])
case("properties-nested-required-removed", "nested required property removed",
     p(o={"type": "object", "properties": {"x": s}, "required": ["x"]}), p(o={"type": "object", "properties": {}}), [(B, "required-property-removed")])
case("required-without-property", "a name required without a definition", {"type": "object"}, {"type": "object", "required": ["id"]}, [(B, "property-now-required")],
     messages=['/required: "id" changed from optional to required — events without it are now rejected'])
case("required-name-dropped", "required name without a definition dropped", {"type": "object", "required": ["id"]}, {"type": "object"}, [(N, "property-now-optional")])
case("additional-properties-schema-narrowed", "additionalProperties schema narrowed",
     {"type": "object", "additionalProperties": {"type": ["string", "number"]}}, {"type": "object", "additionalProperties": {"type": "string"}}, [(B, "type-narrowed")])
case("additional-properties-schema-added", "additionalProperties schema added", {"type": "object"}, {"type": "object", "additionalProperties": s}, [(B, "type-added")])
case("additional-properties-false-to-schema", "closed object opened to strings", {"type": "object", "additionalProperties": False},
     {"type": "object", "additionalProperties": s}, [(N, "additional-properties-loosened")])
case("property-removed-into-additional-schema", "property removed, now validated by additionalProperties",
     {"type": "object", "properties": {"a": {"type": "integer"}}, "additionalProperties": {"type": "integer"}},
     {"type": "object", "additionalProperties": {"type": "string"}}, [(B, "type-narrowed"), (B, "type-narrowed")])
case("pattern-properties-added", "patternProperties added", {"type": "object"}, {"type": "object", "patternProperties": {"^x_": s}}, [(B, "type-added")])
case("pattern-properties-removed", "patternProperties removed", {"type": "object", "patternProperties": {"^x_": s}}, {"type": "object"}, [(N, "subschema-removed")])
case("pattern-properties-narrowed", "patternProperties sub-schema narrowed", {"type": "object", "patternProperties": {"^x_": {"type": ["string", "null"]}}},
     {"type": "object", "patternProperties": {"^x_": s}}, [(B, "type-narrowed")])
case("pattern-properties-removed-closed", "pattern removed while additionalProperties is false",
     {"type": "object", "patternProperties": {"^x_": s}, "additionalProperties": False}, {"type": "object", "additionalProperties": False}, [(B, "schema-now-false")])
case("pattern-properties-added-closed", "pattern added to a closed object", {"type": "object", "additionalProperties": False},
     {"type": "object", "patternProperties": {"^x_": s}, "additionalProperties": False}, [(N, "schema-was-false")])
case("property-names-added", "propertyNames added", {"type": "object"}, {"type": "object", "propertyNames": {"maxLength": 10}}, [(B, "constraint-tightened")])
case("property-names-loosened", "propertyNames pattern removed", {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}}, {"type": "object", "propertyNames": {}}, [(N, "pattern-removed")])
case("property-names-removed", "propertyNames removed", {"type": "object", "propertyNames": {"maxLength": 3}}, {"type": "object"}, [(N, "constraint-loosened")])
case("unevaluated-properties-false-added", "unevaluatedProperties false added", {"type": "object"}, {"type": "object", "unevaluatedProperties": False}, [(B, "schema-now-false")])
case("unevaluated-properties-false-removed", "unevaluatedProperties false removed", {"type": "object", "unevaluatedProperties": False}, {"type": "object"}, [(N, "schema-was-false")])
case("unevaluated-properties-schema-narrowed", "unevaluatedProperties narrowed", {"unevaluatedProperties": {"type": ["string", "integer"]}},
     {"unevaluatedProperties": {"type": "integer"}}, [(B, "type-narrowed")])
case("min-properties-added", "minProperties added", {"type": "object"}, {"type": "object", "minProperties": 1}, [(B, "constraint-tightened")])
case("max-properties-raised", "maxProperties raised", {"type": "object", "maxProperties": 3}, {"type": "object", "maxProperties": 5}, [(N, "constraint-loosened")])
# min / max
case("minimum-added", "minimum added", p(a={"type": "number"}), p(a={"type": "number", "minimum": 0}), [(B, "constraint-tightened")],
     messages=["/properties/a/minimum: changed from (absent) to 0 — values between the two bounds were valid and are now rejected"])
case("exclusive-minimum-raised", "exclusiveMinimum raised", p(a={"exclusiveMinimum": 0}), p(a={"exclusiveMinimum": 1}), [(B, "constraint-tightened")])
case("exclusive-maximum-removed", "exclusiveMaximum removed", p(a={"exclusiveMaximum": 10}), p(a={}), [(N, "constraint-loosened")])
case("maximum-raised", "maximum raised", p(a={"maximum": 10}), p(a={"maximum": 20}), [(N, "constraint-loosened")],
     messages=["/properties/a/maximum: changed from 10 to 20, more values accepted"])
case("min-length-raised", "minLength raised", p(a={"minLength": 1}), p(a={"minLength": 3}), [(B, "constraint-tightened")])
case("min-length-removed", "minLength removed", p(a={"minLength": 1}), p(a={}), [(N, "constraint-loosened")])
case("max-items-lowered", "maxItems lowered", p(a={"maxItems": 5}), p(a={"maxItems": 2}), [(B, "constraint-tightened")])
case("min-items-lowered", "minItems lowered", p(a={"minItems": 2}), p(a={"minItems": 0}), [(N, "constraint-loosened")])
case("exclusive-minimum-draft4-boolean", "draft 4 boolean exclusiveMinimum", p(a={"minimum": 0, "exclusiveMinimum": False}), p(a={"minimum": 0, "exclusiveMinimum": True}),
     [(X, "changed-not-analysed")])
# multipleOf
case("multiple-of-added", "multipleOf added", p(a={"type": "number"}), p(a={"type": "number", "multipleOf": 5}), [(B, "multiple-of-tightened")],
     messages=["/properties/a/multipleOf: changed from (absent) to 5 — numbers that are not multiples of 5 are now rejected"])
case("multiple-of-removed", "multipleOf removed", p(a={"multipleOf": 5}), p(a={}), [(N, "multiple-of-loosened")])
case("multiple-of-divisor", "multipleOf 10 to 5", p(a={"multipleOf": 10}), p(a={"multipleOf": 5}), [(N, "multiple-of-loosened")])
case("multiple-of-multiple", "multipleOf 5 to 10", p(a={"multipleOf": 5}), p(a={"multipleOf": 10}), [(B, "multiple-of-tightened")])
case("multiple-of-coprime", "multipleOf 2 to 3", p(a={"multipleOf": 2}), p(a={"multipleOf": 3}), [(B, "multiple-of-tightened")])
case("multiple-of-decimal", "multipleOf 0.01 to 0.005", p(a={"multipleOf": 0.01}), p(a={"multipleOf": 0.005}), [(N, "multiple-of-loosened")])
# pattern
case("pattern-nested-added", "pattern added inside items", p(a={"type": "array", "items": s}), p(a={"type": "array", "items": {"type": "string", "pattern": "^[A-Z]"}}), [(B, "pattern-added")])
case("pattern-widened-still-breaking", "pattern changed (regexes are not compared)", p(a={"pattern": "^a$"}), p(a={"pattern": "^a|b$"}), [(B, "pattern-changed")])
case("pattern-on-property-names", "pattern in propertyNames changed", {"propertyNames": {"pattern": "^a"}}, {"propertyNames": {"pattern": "^b"}}, [(B, "pattern-changed")])
case("pattern-removed-nested", "pattern removed", p(o=p(x={"pattern": "^x"})), p(o=p(x={})), [(N, "pattern-removed")])
case("pattern-same", "pattern unchanged, description changed", p(a={"pattern": "^x", "description": "A"}), p(a={"pattern": "^x", "description": "B"}), [(N, "description-changed")])
# format
case("format-email-added", "format added", p(a=s), p(a={"type": "string", "format": "email"}), [(B, "format-added")])
case("format-changed", "format changed", p(a={"format": "date"}), p(a={"format": "date-time"}), [(B, "format-changed")])
case("format-removed-uuid", "format removed", p(a={"format": "uuid"}), p(a={}), [(N, "format-removed")])
case("format-in-items", "format added to array items", p(a={"items": s}), p(a={"items": {"type": "string", "format": "uri"}}), [(B, "format-added")])
case("format-in-defs", "format added in a referenced definition", {"$defs": {"id": s}, "properties": {"a": {"$ref": "#/$defs/id"}}},
     {"$defs": {"id": {"type": "string", "format": "uuid"}}, "properties": {"a": {"$ref": "#/$defs/id"}}}, [(B, "format-added")])
# items family
case("items-schema-narrowed", "items type narrowed", p(a={"items": {"type": ["string", "number"]}}), p(a={"items": s}), [(B, "type-narrowed")])
case("items-schema-added", "items schema added", p(a={"type": "array"}), p(a={"type": "array", "items": s}), [(B, "type-added")])
case("items-schema-removed", "items schema removed", p(a={"type": "array", "items": s}), p(a={"type": "array"}), [(N, "type-removed")])
case("items-tuple-position-narrowed", "draft 7 tuple position narrowed", p(a={"items": [s, {"type": ["number", "null"]}]}), p(a={"items": [s, {"type": "number"}]}), [(B, "type-narrowed")])
case("items-tuple-to-single", "tuple replaced by one items schema", p(a={"items": [s]}), p(a={"items": s}), [(X, "changed-not-analysed")])
case("additional-items-false", "additionalItems false added", p(a={"items": [s]}), p(a={"items": [s], "additionalItems": False}), [(B, "schema-now-false")])
case("prefix-items-added", "prefixItems position added", {"prefixItems": [s]}, {"prefixItems": [s, {"type": "integer"}]}, [(B, "type-added")])
case("prefix-items-removed-position", "prefixItems position removed", {"prefixItems": [s, {"type": "integer"}]}, {"prefixItems": [s]}, [(N, "type-removed")])
case("prefix-items-rest-closed", "prefixItems with items false added", {"prefixItems": [s]}, {"prefixItems": [s], "items": False}, [(B, "schema-now-false")])
case("contains-added", "contains added", {"type": "array"}, {"type": "array", "contains": s}, [(B, "subschema-added")])
case("contains-removed", "contains removed", {"type": "array", "contains": s}, {"type": "array"}, [(N, "subschema-removed")])
case("contains-narrowed", "contains schema narrowed", {"contains": {"type": ["string", "null"]}}, {"contains": s}, [(B, "type-narrowed")])
case("min-contains-raised", "minContains raised", {"contains": s, "minContains": 1}, {"contains": s, "minContains": 2}, [(B, "constraint-tightened")])
case("max-contains-added", "maxContains added", {"contains": s}, {"contains": s, "maxContains": 2}, [(B, "constraint-tightened")])
case("unique-items-removed", "uniqueItems removed", p(a={"uniqueItems": True}), p(a={}), [(N, "unique-items-removed")])
case("unevaluated-items-false", "unevaluatedItems false added", {"prefixItems": [s]}, {"prefixItems": [s], "unevaluatedItems": False}, [(B, "schema-now-false")])
# composition
case("any-of-narrowed", "anyOf branch removed", p(a={"anyOf": [s, {"type": "number"}]}), p(a={"anyOf": [s]}), [(B, "branch-removed")],
     messages=['/properties/a/anyOf/1: alternative {"type":"number"} removed — values matching only it were valid and are now rejected'])
case("any-of-widened", "anyOf branch added", p(a={"anyOf": [s]}), p(a={"anyOf": [s, {"type": "null"}]}), [(N, "branch-added")])
case("any-of-branch-narrowed", "anyOf branch tightened", p(a={"anyOf": [s, {"type": "number"}]}), p(a={"anyOf": [s, {"type": "number", "minimum": 0}]}), [(B, "constraint-tightened")])
case("any-of-added", "anyOf added", p(a={}), p(a={"anyOf": [s]}), [(B, "subschema-added")])
case("any-of-removed", "anyOf removed", p(a={"anyOf": [s]}), p(a={}), [(N, "subschema-removed")])
case("all-of-branch-added", "allOf branch added", {"allOf": [{"required": ["a"]}]}, {"allOf": [{"required": ["a"]}, {"required": ["b"]}]}, [(B, "all-of-branch-added")])
case("all-of-branch-removed", "allOf branch removed", {"allOf": [{"required": ["a"]}, {"required": ["b"]}]}, {"allOf": [{"required": ["a"]}]}, [(N, "all-of-branch-removed")])
case("all-of-branch-tightened", "allOf branch tightened", {"allOf": [p(a=s)]}, {"allOf": [p(a={"type": "string", "maxLength": 3})]}, [(B, "constraint-tightened")])
case("one-of-branch-added", "oneOf branch added", {"oneOf": [s, {"type": "integer"}]}, {"oneOf": [s, {"type": "integer"}, {"type": "number"}]}, [(B, "one-of-branch-added")])
case("one-of-branch-removed", "oneOf branch removed", {"oneOf": [s, {"type": "integer"}]}, {"oneOf": [s]}, [(B, "branch-removed")])
case("one-of-branch-loosened", "oneOf branch loosened", {"oneOf": [s, {"type": "integer", "minimum": 0}]}, {"oneOf": [s, {"type": "integer"}]},
     [(N, "constraint-loosened"), (B, "one-of-branch-loosened")])
case("not-added", "not added", p(a={}), p(a={"not": {"type": "null"}}), [(B, "subschema-added")])
case("not-widened", "not excludes more", p(a={"not": {"type": "null"}}), p(a={"not": {"type": ["null", "string"]}}), [(B, "not-tightened")])
case("not-narrowed", "not excludes less", p(a={"not": {"type": ["null", "string"]}}), p(a={"not": {"type": "null"}}), [(N, "not-loosened")])
case("not-removed", "not removed", p(a={"not": {"type": "null"}}), p(a={}), [(N, "subschema-removed")])
# if / then / else
case("if-then-tightened", "then branch gains a required name", {"if": p(kind={"const": "b2b"}), "then": {"required": ["vat"]}},
     {"if": p(kind={"const": "b2b"}), "then": {"required": ["vat", "company"]}}, [(B, "property-now-required")])
case("if-else-loosened", "else branch loses a required name", {"if": p(kind={"const": "x"}), "then": {}, "else": {"required": ["a"]}},
     {"if": p(kind={"const": "x"}), "then": {}, "else": {}}, [(N, "property-now-optional")])
case("if-condition-changed", "if condition changed", {"if": p(kind={"const": "x"}), "then": {"required": ["a"]}},
     {"if": p(kind={"const": "y"}), "then": {"required": ["a"]}}, [(X, "changed-not-analysed")])
case("if-then-added", "if/then added", {"type": "object"}, {"type": "object", "if": {"required": ["a"]}, "then": {"required": ["b"]}}, [(B, "subschema-added")])
case("if-then-removed", "if/then removed", {"type": "object", "if": {"required": ["a"]}, "then": {"required": ["b"]}}, {"type": "object"}, [(N, "subschema-removed")])
case("then-without-if", "then without if is ignored", {"then": {"required": ["a"]}}, {"then": {"required": ["b"]}}, [])
# dependencies
case("dependent-required-added", "dependentRequired name added", {"dependentRequired": {"card": ["billing"]}},
     {"dependentRequired": {"card": ["billing", "cvv"]}}, [(B, "dependency-added")],
     messages=['/dependentRequired/card: "cvv" now required alongside it — events without it are rejected'])
case("dependent-required-removed", "dependentRequired key removed", {"dependentRequired": {"card": ["billing"]}}, {}, [(N, "dependency-removed")])
case("dependent-schemas-added", "dependentSchemas added", {}, {"dependentSchemas": {"card": {"required": ["billing"]}}}, [(B, "property-now-required")])
case("dependent-schemas-loosened", "dependentSchemas loosened", {"dependentSchemas": {"card": {"required": ["billing"]}}},
     {"dependentSchemas": {"card": {}}}, [(N, "property-now-optional")])
case("dependencies-draft7-list", "draft 7 dependencies list grows", {"dependencies": {"a": ["b"]}}, {"dependencies": {"a": ["b", "c"]}}, [(B, "dependency-added")])
case("dependencies-draft7-schema", "draft 7 dependencies schema tightened", {"dependencies": {"a": p(b=s)}}, {"dependencies": {"a": p(b={"type": "string", "minLength": 2})}},
     [(B, "constraint-tightened")])
case("dependencies-list-to-schema", "draft 7 dependencies list became a schema", {"dependencies": {"a": ["b"]}}, {"dependencies": {"a": {"required": ["b"]}}}, [(X, "changed-not-analysed")])
# $ref
defs = lambda t: {"$defs": {"money": t}, "properties": {"total": {"$ref": "#/$defs/money"}}}
case("ref-defs-target-tightened", "$ref unchanged, its $defs target tightened", defs({"type": "number"}), defs({"type": "number", "minimum": 0}), [(B, "constraint-tightened")],
     messages=["/properties/total/minimum: changed from (absent) to 0 — values between the two bounds were valid and are now rejected"])
case("ref-retargeted", "$ref retargeted to a narrower definition",
     {"$defs": {"a": {"type": ["string", "number"]}, "b": s}, "properties": {"x": {"$ref": "#/$defs/a"}}},
     {"$defs": {"a": {"type": ["string", "number"]}, "b": s}, "properties": {"x": {"$ref": "#/$defs/b"}}}, [(B, "type-narrowed")])
case("ref-inlined", "a $ref replaced by its target inline", {"$defs": {"a": s}, "properties": {"x": {"$ref": "#/$defs/a"}}}, {"properties": {"x": s}}, [])
case("ref-definitions-draft7", "draft 7 definitions target loosened", {"definitions": {"a": {"maxLength": 3}}, "properties": {"x": {"$ref": "#/definitions/a"}}},
     {"definitions": {"a": {"maxLength": 5}}, "properties": {"x": {"$ref": "#/definitions/a"}}}, [(N, "constraint-loosened")])
case("ref-unused-def-changed", "an unreferenced definition changed", {"$defs": {"a": s}, "properties": {"x": s}}, {"$defs": {"a": {"type": "integer"}}, "properties": {"x": s}}, [])
case("ref-anchor", "$ref by $anchor, target tightened", {"$defs": {"a": {"$anchor": "code", "type": "string"}}, "properties": {"x": {"$ref": "#code"}}},
     {"$defs": {"a": {"$anchor": "code", "type": "string", "maxLength": 2}}, "properties": {"x": {"$ref": "#code"}}}, [(B, "constraint-tightened")])
case("ref-with-siblings", "$ref beside other keywords, target narrowed", {"$defs": {"a": {"type": ["string", "null"]}}, "properties": {"x": {"$ref": "#/$defs/a", "maxLength": 9}}},
     {"$defs": {"a": s}, "properties": {"x": {"$ref": "#/$defs/a", "maxLength": 9}}}, [(B, "type-narrowed")])
case("ref-unresolvable-changed", "$ref to an unknown document changed", p(x={"$ref": "missing.json"}), p(x={"$ref": "other.json"}), [(X, "reference-unresolved")])
case("ref-cross-file-id", "cross-file $ref by $id, the referenced file tightened", p(x={"$ref": "https://example.com/money.json"}), p(x={"$ref": "https://example.com/money.json"}),
     [(B, "constraint-tightened")],
     oldReferences={"https://example.com/money.json": {"$id": "https://example.com/money.json", "type": "number"}},
     newReferences={"https://example.com/money.json": {"$id": "https://example.com/money.json", "type": "number", "minimum": 0}})
case("ref-cross-file-pointer", "cross-file $ref with a pointer, target loosened", p(x={"$ref": "common.json#/$defs/code"}), p(x={"$ref": "common.json#/$defs/code"}),
     [(N, "constraint-loosened")],
     oldReferences={"https://example.com/common.json": {"$defs": {"code": {"maxLength": 2}}}},
     newReferences={"https://example.com/common.json": {"$defs": {"code": {"maxLength": 3}}}})
case("ref-embedded-id", "$ref to an embedded $id in $defs", {"$defs": {"m": {"$id": "https://example.com/m", "type": "number"}}, "properties": {"x": {"$ref": "https://example.com/m"}}},
     {"$defs": {"m": {"$id": "https://example.com/m", "type": "integer"}}, "properties": {"x": {"$ref": "https://example.com/m"}}}, [(B, "type-narrowed")])
tree = lambda leaf: {"$defs": {"node": {"type": "object", "properties": {"value": leaf, "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}}, "$ref": "#/$defs/node"}
case("recursion-unchanged", "a recursive tree, description changed at the root only",
     dict(tree(s), description="A"), dict(tree(s), description="B"), [(N, "description-changed")])
case("recursion-leaf-narrowed", "a recursive tree whose leaf type narrows", tree({"type": ["string", "number"]}), tree(s), [(B, "type-narrowed")])
case("recursion-self-ref", "a schema referring to its root", {"properties": {"next": {"$ref": "#"}, "v": {"maxLength": 5}}},
     {"properties": {"next": {"$ref": "#"}, "v": {"maxLength": 3}}}, [(B, "constraint-tightened")])
case("recursion-mutual", "two definitions referring to each other, one tightened",
     {"$defs": {"a": {"properties": {"b": {"$ref": "#/$defs/b"}}}, "b": {"properties": {"a": {"$ref": "#/$defs/a"}, "n": {"type": "number"}}}}, "$ref": "#/$defs/a"},
     {"$defs": {"a": {"properties": {"b": {"$ref": "#/$defs/b"}}}, "b": {"properties": {"a": {"$ref": "#/$defs/a"}, "n": {"type": "integer"}}}}, "$ref": "#/$defs/a"},
     [(B, "type-narrowed")])
# unknown keywords and boolean schemas
case("unknown-keyword-changed", "a vendor keyword no comparer understands", p(a={"x-max": 3}), p(a={"x-max": 2}), [(X, "changed-not-analysed")],
     messages=["/properties/a/x-max: changed from 3 to 2, not analysed — treated as breaking"])
case("dynamic-ref-changed", "$dynamicRef changed", {"$dynamicRef": "#a"}, {"$dynamicRef": "#b"}, [(X, "changed-not-analysed")])
case("boolean-schema-false", "a property schema set to false", p(a=True), p(a=False), [(B, "schema-now-false")])
case("boolean-schema-true", "a property schema true replaced by a type", p(a=True), p(a=s), [(B, "type-added")])
case("title-and-examples-only", "annotations only", p(a={"title": "A", "examples": ["x"]}), p(a={"title": "B", "examples": ["y"]}), [])
