using Reflekt.Reflection;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Reflection;

public sealed class TypeNormalizerTests
{
    [Theory]
    [InlineData("character varying", null, NormalizedType.String)]
    [InlineData("VARCHAR(512)", null, NormalizedType.String)]
    [InlineData("text", null, NormalizedType.String)]
    [InlineData("STRING", null, NormalizedType.String)]
    [InlineData("bigint", null, NormalizedType.Integer)]
    [InlineData("INT64", null, NormalizedType.Integer)]
    [InlineData("INTEGER", null, NormalizedType.Integer)]
    [InlineData("NUMBER", 0, NormalizedType.Integer)]
    [InlineData("NUMBER", 2, NormalizedType.Number)]
    [InlineData("NUMBER(38,0)", null, NormalizedType.Integer)]
    [InlineData("numeric(10, 2)", null, NormalizedType.Number)]
    [InlineData("numeric", null, NormalizedType.Number)]
    [InlineData("double precision", null, NormalizedType.Number)]
    [InlineData("FLOAT64", null, NormalizedType.Number)]
    [InlineData("REAL", null, NormalizedType.Number)]
    [InlineData("boolean", null, NormalizedType.Boolean)]
    [InlineData("BOOL", null, NormalizedType.Boolean)]
    [InlineData("timestamp without time zone", null, NormalizedType.Timestamp)]
    [InlineData("timestamp with time zone", null, NormalizedType.Timestamp)]
    [InlineData("TIMESTAMP_TZ", null, NormalizedType.Timestamp)]
    [InlineData("DATETIME", null, NormalizedType.Timestamp)]
    [InlineData("date", null, NormalizedType.Date)]
    [InlineData("jsonb", null, NormalizedType.Json)]
    [InlineData("VARIANT", null, NormalizedType.Json)]
    [InlineData("SUPER", null, NormalizedType.Json)]
    [InlineData("ARRAY<STRING>", null, NormalizedType.Json)]
    [InlineData("STRUCT<a INT64>", null, NormalizedType.Json)]
    [InlineData("ARRAY", null, NormalizedType.Json)]
    [InlineData("BYTES", null, NormalizedType.Other)]
    public void Normalises_each_dialects_type_names(string raw, int? scale, NormalizedType expected) =>
        Assert.Equal(expected, TypeNormalizer.Normalize(raw, scale));
}
