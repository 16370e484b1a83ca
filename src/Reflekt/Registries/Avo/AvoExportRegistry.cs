using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Http;
using Reflekt.Registries.Avo.Internal;
using Reflekt.Registries.Internal;

namespace Reflekt.Registries.Avo;

/// <summary>Avo tracking plans through the export API: pull only (Avo is edited in its own UI).</summary>
public sealed class AvoExportRegistry : ISchemaRegistry
{
    private const string ServiceName = "Avo export API";
    private readonly AvoSettings _settings;
    private readonly ResilientHttpClient _http;

    public AvoExportRegistry(AvoSettings settings, ResilientHttpOptions? options = null)
    {
        _settings = settings;
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ServiceAccountName}:{settings.ServiceAccountSecret}"));
        _http = new ResilientHttpClient(ServiceName, options)
        {
            BaseAddress = settings.BaseUrl,
            Authorization = new AuthenticationHeaderValue("Basic", basic),
        };
    }

    public string Type => "avo";

    private const string PushUnsupported = "'reflekt push' is not supported for Avo. Change the tracking plan in the Avo UI, then run 'reflekt pull --registry avo'.";

    public Task<PushResult> PushAsync(PushRequest request, CancellationToken cancellationToken) => throw new ReflektException(PushUnsupported);

    public Task<IReadOnlyList<HeldSchema>> ReadHeldAsync(PushRequest request, CancellationToken cancellationToken) => throw new ReflektException(PushUnsupported);

    public async Task<PullResult> PullAsync(PullRequest request, CancellationToken cancellationToken)
    {
        var branch = request.Select.Trim().Trim('/').Split('/')[0];
        if (branch.Length == 0)
        {
            throw new ReflektException("--select must start with an Avo branch name (e.g. 'main').");
        }

        var export = await ExportAsync(BranchId(branch), cancellationToken).ConfigureAwait(false);
        var result = AvoExportMapper.Map(export, branch, request.Vendor);
        if (result.Schemas.Count == 0)
        {
            throw new ReflektException($"Avo branch '{branch}' exported no events.");
        }

        return result;
    }

    public Task CheckAsync(CancellationToken cancellationToken) => ExportAsync("main", cancellationToken);

    private string BranchId(string branch) =>
        branch == "main" ? "main"
        : _settings.Branches.TryGetValue(branch, out var id) ? id
        : throw new ReflektException($"Avo branch '{branch}' is not configured in reflekt_project.yml (registry: avo: branches: {branch}: <branch id>).");

    private async Task<JsonObject> ExportAsync(string branchId, CancellationToken cancellationToken)
    {
        var path = $"/workspaces/{Uri.EscapeDataString(_settings.WorkspaceId)}/branches/{Uri.EscapeDataString(branchId)}/export/v1";
        var answer = await _http.SendJsonAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
        return answer as JsonObject ?? throw new ReflektException($"{ServiceName} answered GET {path} without a JSON object.");
    }
}
