namespace Reflekt.Linting;

/// <summary>
/// Upstream's default meta-schema (<c>schemas/.reflekt/meta/1-0.json</c>, spec §2.4), used when a project
/// has none of its own: every event schema must be valid draft-07 and carry a well-formed <c>self</c> block.
/// </summary>
public static class DefaultMetaSchema
{
    /// <summary>The document's JSON text.</summary>
    public const string Json = """
        {
            "$schema": "http://json-schema.org/draft-07/schema#",
            "$id": ".reflekt/meta/1-0.json",
            "description": "Meta-schema used to ensure schemas defined in a Reflekt project have a Reflekt compatible structure. Not used to define or validate events collected by analytics SDKs.",
            "self": {
                "vendor": "reflekt",
                "name": "meta",
                "format": "jsonschema",
                "version": "1-0",
                "metadata": {}
            },
            "type": "object",
            "allOf": [
                {
                    "$ref": "http://json-schema.org/draft-07/schema#"
                },
                {
                    "properties": {
                        "self": {
                            "type": "object",
                            "properties": {
                                "vendor": {
                                    "type": "string",
                                    "description": "The company, application, team, or system that authored the schema (e.g., com.company, com.company.android, com.company.marketing)"
                                },
                                "name": {
                                    "type": "string",
                                    "description": "The schema name. Describes what the schema is meant to capture (e.g., pageViewed, clickedLink)"
                                },
                                "format": {
                                    "type": "string",
                                    "description": "The format of the schema",
                                    "const": "jsonschema"
                                },
                                "version": {
                                    "type": "string",
                                    "description": "The schema version, in MODEL-ADDITION format (e.g., 1-0, 1-1, 2-3, etc.)",
                                    "pattern": "^[1-9][0-9]*-(0|[1-9][0-9]*)$"
                                },
                                "metadata": {},
                                "lint": {"type": "boolean", "default": false},
                                "tests": {},
                                "metrics": {}
                            },
                            "required": ["vendor", "name", "format", "version", "metadata"],
                            "additionalProperties": false
                        },
                        "properties": {}
                    },
                    "required": ["self", "properties"]
                }
            ]
        }
        """;
}
