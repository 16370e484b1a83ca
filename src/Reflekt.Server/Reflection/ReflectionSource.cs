using Reflekt.Projects.Profiles;
using Reflekt.Warehouses;

namespace Reflekt.Server.Reflection;

/// <summary>What the reflection loop reflects: an address and the profile source it names (<c>reflekt serve --reflect-source</c>).</summary>
/// <param name="Address">The <c>&lt;source_id&gt;.&lt;database&gt;.&lt;schema&gt;</c> holding the event tables.</param>
/// <param name="Profile">The profile's source with that id, credentials resolved; any warehouse type a profile can name.</param>
public sealed record ReflectionSource(SourceAddress Address, SourceProfile Profile);
