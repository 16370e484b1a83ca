using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Server.Forwarding;
using Reflekt.Server.Spool;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Forwarding;

/// <summary>
/// A dead letter appears whole or not at all: it is written under a `.partial` name and renamed once fsynced, so a
/// reader never opens an empty letter (a CI run once did) and a crash mid-write leaves nothing a replay would send.
/// </summary>
public sealed class DeadLetterFolderTests : IDisposable
{
    private readonly TemporaryDirectory _scratch = new();

    [Fact]
    public void A_kept_letter_is_complete_and_leaves_no_partial_file_behind()
    {
        var folder = new DeadLetterFolder(_scratch.Path);

        folder.Keep(SpoolRoute.Valid, Encoding.UTF8.GetBytes("""{"batch":[{"messageId":"m1"}]}"""), new DeliveryOutcome(DeliveryStatus.Refused, 400, null, "bad request"));

        var file = Assert.Single(Directory.GetFiles(DeadLetterFolder.PathIn(_scratch.Path)));
        Assert.EndsWith(".json", file, StringComparison.Ordinal);
        var letter = JsonNode.Parse(File.ReadAllText(file))!;
        Assert.Equal(400, (int)letter["status"]!);
        Assert.Equal("m1", (string?)letter["request"]!["batch"]![0]!["messageId"]);
        Assert.Equal(1, folder.Count());
    }

    [Fact]
    public void A_letter_cut_off_mid_write_is_not_counted_as_waiting()
    {
        var folder = new DeadLetterFolder(_scratch.Path);
        Directory.CreateDirectory(DeadLetterFolder.PathIn(_scratch.Path));
        File.WriteAllText(Path.Combine(DeadLetterFolder.PathIn(_scratch.Path), "20261204T180000000-abc.json.partial"), "{\"route\":");

        Assert.Equal(0, folder.Count());
    }

    public void Dispose() => _scratch.Dispose();
}
