namespace Reflekt.Server.Spool;

/// <summary>An append refused because the spool holds `--spool-max-bytes` already: 503 with Retry-After until it drains.</summary>
internal sealed class SpoolFullException(long bytes, long maxBytes)
    : IOException($"the spool holds {bytes} of its {maxBytes} bytes (--spool-max-bytes)");
