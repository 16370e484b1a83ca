namespace Reflekt.Json.Schema;

/// <summary>
/// One failed assertion in "basic" output: where in the instance, which keyword (by evaluation path), and why.
/// <see cref="Message"/> names the location once, at its start (<c>/products/1/price: expected number, …</c>).
/// </summary>
public sealed record ValidationError(string InstanceLocation, string KeywordLocation, string Keyword, string Message)
{
    /// <summary>
    /// The message without its leading location, for callers that show <see cref="InstanceLocation"/> (or their own
    /// pointer to it) next to it — so the location is said once, not twice.
    /// </summary>
    public string Reason =>
        Message.StartsWith(Messages.At(InstanceLocation), StringComparison.Ordinal) ? Message[Messages.At(InstanceLocation).Length..] : Message;
}
