using Reflekt.Schemas;
using Reflekt.Testing;

namespace Reflekt.Tests.Schemas;

public sealed class SchemaCatalogTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public SchemaCatalogTests()
    {
        const string valid = """{"$id": "x", "self": {}, "properties": {}}""";
        _dir.Write("schemas/jaffle_shop/Order_Completed/1-0.json", valid.Replace("\"x\"", "\"jaffle_shop/Order_Completed/1-0.json\"", StringComparison.Ordinal));
        _dir.Write("schemas/jaffle_shop/Order_Completed/1-1.json", valid);
        _dir.Write("schemas/jaffle_shop/Cart_Viewed/1-0.json", valid);
        _dir.Write("schemas/my_schemas/Login/1-0.json", valid);
        _dir.Write("schemas/broken/Bad/1-0.json", "{\n  \"a\": 1,\n  \"b\": }\n");
        _dir.Write("schemas/broken/Empty/1-0.json", "");
        _dir.Write("schemas/.reflekt/meta/1-0.json", valid);
        _dir.Write("schemas/README.md", "not a schema");
        Directory.CreateDirectory(Path.Combine(_dir.Path, "schemas", "empty_plan"));
    }

    public void Dispose() => _dir.Dispose();

    private SchemaCatalog Catalog => SchemaCatalog.Load(Path.Combine(_dir.Path, "schemas"));

    private IEnumerable<string> Select(string[] select, string[]? exclude = null) =>
        Catalog.Select(SchemaSelection.Of(select, exclude)).Select(s => s.RelativePath);

    [Fact]
    public void Finds_every_schema_sorted_without_the_reflekt_folder()
    {
        var catalog = Catalog;

        Assert.Equal(
            ["broken/Bad/1-0.json", "broken/Empty/1-0.json", "jaffle_shop/Cart_Viewed/1-0.json", "jaffle_shop/Order_Completed/1-0.json",
             "jaffle_shop/Order_Completed/1-1.json", "my_schemas/Login/1-0.json"],
            catalog.Schemas.Select(s => s.RelativePath));
        Assert.Equal(".reflekt/meta/1-0.json", catalog.MetaSchema!.RelativePath);
    }

    [Fact]
    public void Malformed_files_are_kept_with_their_parse_error()
    {
        var bad = Catalog.Find("broken/Bad/1-0.json")!;
        var empty = Catalog.Find("broken/Empty/1-0.json")!;

        Assert.False(bad.IsParsed);
        Assert.Null(bad.Root);
        Assert.Equal(3, bad.ParseError!.Position.Line);
        Assert.DoesNotContain("LineNumber", bad.ParseError.Message);
        Assert.Equal("the file is empty", empty.ParseError!.Message);
        Assert.Same(SourceMap.Empty, bad.BuildSourceMap());
    }

    [Fact]
    public void Parsed_files_expose_id_and_positions()
    {
        var schema = Catalog.Find("jaffle_shop/Order_Completed/1-0.json")!;

        Assert.Equal("jaffle_shop/Order_Completed/1-0.json", schema.DeclaredId);
        Assert.Equal("Order_Completed", schema.Id!.Name);
        Assert.Equal(new SourcePosition(1, 49), schema.PositionOf("/self"));
    }

    [Theory]
    [InlineData("jaffle_shop")]
    [InlineData("schemas/jaffle_shop/")]
    [InlineData(" ./schemas/jaffle_shop ")]
    public void Folder_select_finds_everything_below(string select)
    {
        Assert.Equal(["jaffle_shop/Cart_Viewed/1-0.json", "jaffle_shop/Order_Completed/1-0.json", "jaffle_shop/Order_Completed/1-1.json"], Select([select]));
    }

    [Theory]
    [InlineData("schemas/jaffle_shop/Order_Completed/1-0.json")]
    [InlineData("jaffle_shop/Order_Completed/1-0")]
    public void Single_file_select_works(string select)
    {
        Assert.Equal(["jaffle_shop/Order_Completed/1-0.json"], Select([select]));
    }

    [Fact]
    public void Schemas_is_stripped_only_as_a_prefix()
    {
        Assert.Equal(["my_schemas/Login/1-0.json"], Select(["my_schemas"]));
        Assert.Equal("my_schemas/x.jsonl", SchemaSelection.Normalize("schemas/my_schemas/x.jsonl"));
    }

    [Fact]
    public void Selects_are_repeatable_deduplicated_and_sorted()
    {
        Assert.Equal(
            ["jaffle_shop/Cart_Viewed/1-0.json", "jaffle_shop/Order_Completed/1-0.json", "my_schemas/Login/1-0.json"],
            Select(["my_schemas", "jaffle_shop/Order_Completed/1-0.json", "jaffle_shop/Cart_Viewed", "my_schemas/Login/1-0"]));
    }

    [Fact]
    public void Exclude_removes_files_and_folders()
    {
        Assert.Equal(["jaffle_shop/Cart_Viewed/1-0.json"], Select(["jaffle_shop"], ["jaffle_shop/Order_Completed"]));
        Assert.Equal(["jaffle_shop/Cart_Viewed/1-0.json", "jaffle_shop/Order_Completed/1-1.json"], Select(["jaffle_shop"], ["jaffle_shop/Order_Completed/1-0.json"]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("schemas/")]
    public void Empty_select_means_everything(string select)
    {
        Assert.Equal(6, Select([select]).Count());
        Assert.Equal(6, Catalog.Select(SchemaSelection.All).Count);
    }

    [Fact]
    public void Existing_empty_folder_is_an_error_not_a_silent_pass()
    {
        var error = Assert.Throws<ReflektException>(() => Select(["empty_plan"]).ToList());

        Assert.Contains("--select 'empty_plan' matches no schema file or folder", error.Message);
        Assert.Contains("the folder empty_plan/ holds none", error.Message);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("./")]
    public void Dot_means_everything(string select)
    {
        Assert.Equal(6, Select([select]).Count());
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("jaffle_shop/Order_Completed/9-0.json")]
    [InlineData(".reflekt")]
    public void Select_matching_nothing_is_an_error(string select)
    {
        var error = Assert.Throws<ReflektException>(() => Select([select]).ToList());

        Assert.Contains($"--select '{select}' matches no schema file or folder", error.Message);
    }

    [Fact]
    public void An_unreadable_file_is_named_in_one_error_not_wrapped_by_the_parallel_load()
    {
        // A dangling link is listed like a file but cannot be read (permissions would not stop root).
        File.CreateSymbolicLink(Path.Combine(_dir.Path, "schemas", "my_schemas", "Gone.json"), Path.Combine(_dir.Path, "missing-target.json"));

        var error = Assert.Throws<ReflektException>(() => Catalog);

        Assert.Contains("Gone.json: cannot read schema file", error.Message);
    }

    [Theory]
    [InlineData("\uFEFF{\"a\": 1}")]
    [InlineData("  \r\n{\"a\": 1}")]
    public void Files_are_parsed_from_utf8_with_a_bom_skipped(string text)
    {
        _dir.Write("schemas/enc/Bom/1-0.json", text);
        var file = Catalog.Find("enc/Bom/1-0.json")!;

        Assert.True(file.IsParsed);
        Assert.Equal(1, file.Root!.Value.GetProperty("a").GetInt32());
        Assert.Equal(text.TrimStart('\uFEFF'), file.Text);
    }

    [Theory]
    [InlineData(" \t\r\n")]
    [InlineData("\u00A0\u2003\n")]
    public void Whitespace_only_files_are_empty_by_unicode_rules(string text)
    {
        var file = EventSchemaFile.FromUtf8("/x.json", "e/E/1-0.json", System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal("the file is empty", file.ParseError!.Message);
    }

    [Fact]
    public void Non_ascii_content_is_not_blank()
    {
        var file = EventSchemaFile.FromText("/x.json", "e/E/1-0.json", "é");

        Assert.NotEqual("the file is empty", file.ParseError!.Message);
        Assert.Equal(new SourcePosition(1, 1), file.ParseError.Position);
    }

    [Fact]
    public void Missing_schemas_folder_is_an_empty_catalog()
    {
        Assert.Empty(SchemaCatalog.Load(Path.Combine(_dir.Path, "nowhere")).Schemas);
    }
}
