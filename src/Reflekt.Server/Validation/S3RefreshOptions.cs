namespace Reflekt.Server.Validation;

/// <summary>How often the S3 mirror is refreshed; zero or less turns refreshing off.</summary>
internal sealed record S3RefreshOptions(TimeSpan Interval);
