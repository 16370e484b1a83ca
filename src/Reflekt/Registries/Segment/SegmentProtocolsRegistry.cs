using Reflekt.Http;
using Reflekt.Registries.Segment.Internal;

namespace Reflekt.Registries.Segment;

/// <summary>
/// Segment Protocols tracking plans over the Public API: push replaces (whole plan, PUT) or upserts (one event,
/// PATCH) rules, creating a missing plan first; <c>--delete</c> removes rules; pull turns rules into schemas.
/// </summary>
public sealed class SegmentProtocolsRegistry : ISchemaRegistry
{
    private readonly SegmentApi _api;

    public SegmentProtocolsRegistry(SegmentSettings settings, ResilientHttpOptions? options = null)
    {
        _api = new SegmentApi(settings, options);
    }

    public string Type => "segment";

    public Task CheckAsync(CancellationToken cancellationToken) => _api.CheckAsync(cancellationToken);

    public async Task<PushResult> PushAsync(PushRequest request, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        var (select, _, rules) = Prepare(request, notes);
        var plan = await FindPlanAsync(select.Plan, cancellationToken).ConfigureAwait(false);
        if (request.Delete)
        {
            return await DeleteAsync(select.Plan, plan, rules, request.DryRun, notes, cancellationToken).ConfigureAwait(false);
        }

        var replace = !select.IsSingleEvent;
        var current = plan is null ? [] : await _api.ListRulesAsync(plan.Id, cancellationToken).ConfigureAwait(false);
        var changes = RuleDiff.ForUpload(rules, current, replace);
        if (plan is null)
        {
            notes.Add(request.DryRun
                ? $"Tracking plan '{select.Plan}' does not exist; it would be created."
                : $"Tracking plan '{select.Plan}' did not exist; created it.");
        }

        // Nothing to add, change or remove: no write request at all (the rules' update times stay as they are).
        var nothingChanged = plan is not null && changes.All(c => c.Kind == ChangeKind.Unchanged);
        if (!request.DryRun && !nothingChanged)
        {
            plan ??= await _api.CreatePlanAsync(select.Plan, cancellationToken).ConfigureAwait(false);
            if (replace)
            {
                await _api.ReplaceRulesAsync(plan.Id, rules, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _api.UpsertRulesAsync(plan.Id, rules, cancellationToken).ConfigureAwait(false);
            }
        }

        return new PushResult(changes, notes) { DryRun = request.DryRun };
    }

    public async Task<IReadOnlyList<HeldSchema>> ReadHeldAsync(PushRequest request, CancellationToken cancellationToken)
    {
        var (select, schemas, rules) = Prepare(request, []);
        var plan = await FindPlanAsync(select.Plan, cancellationToken).ConfigureAwait(false);
        var current = plan is null ? [] : await _api.ListRulesAsync(plan.Id, cancellationToken).ConfigureAwait(false);
        var byIdentity = current.GroupBy(r => r.Identity).ToDictionary(g => g.Key, g => g.First());

        // Both sides as the schema a pull would write, so pointers read as in the project's files, not the rule's envelope.
        var held = new List<HeldSchema>();
        for (var i = 0; i < rules.Count; i++)
        {
            var vendor = schemas[i].Schema.Vendor ?? "";
            var sending = SegmentRuleMapper.ToSchema(select.Plan, rules[i], vendor).Document;
            var existing = byIdentity.GetValueOrDefault(rules[i].Identity);
            held.Add(new HeldSchema(rules[i].Describe(), sending, existing is null ? null : SegmentRuleMapper.ToSchema(select.Plan, existing, vendor).Document));
        }

        return held;
    }

    public async Task<PullResult> PullAsync(PullRequest request, CancellationToken cancellationToken)
    {
        var select = SegmentSelect.Parse(request.Select, forPull: true);
        var plan = await FindPlanAsync(select.Plan, cancellationToken).ConfigureAwait(false)
            ?? throw new ReflektException($"Segment tracking plan '{select.Plan}' not found in the workspace.");
        var rules = await _api.ListRulesAsync(plan.Id, cancellationToken).ConfigureAwait(false);

        var warnings = new List<string>();
        var kept = new List<SegmentRule>();
        foreach (var rule in rules)
        {
            if (rule.Type is SegmentRuleType.Common or "ALIAS")
            {
                warnings.Add($"Skipped the {rule.Describe()} rule: a Reflekt schema describes one call type, not all calls.");
                continue;
            }

            if (select.Event is { } name
                && rule.Key != name
                && SegmentRuleMapper.NameOf(rule) != name
                && !string.Equals(rule.Type, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (select.Major is { } major && rule.Version != major)
            {
                continue;
            }

            kept.Add(rule);
        }

        if (kept.Count == 0)
        {
            throw new ReflektException(
                $"No Segment schemas found for: --select {request.Select}. The event name must match the event name in Segment Protocols exactly (case-sensitive, including spaces).");
        }

        var schemas = kept.Select(r => SegmentRuleMapper.ToSchema(select.Plan, r, request.Vendor)).ToList();
        foreach (var clash in schemas.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            throw new ReflektException($"Segment rules of plan '{select.Plan}' map to the same file schemas/{clash.Key}; rename one of them in Segment.");
        }

        return new PullResult(schemas, warnings);
    }

    private async Task<PushResult> DeleteAsync(
        string planName, SegmentPlan? plan, List<SegmentRule> rules, bool dryRun, List<string> notes, CancellationToken cancellationToken)
    {
        if (plan is null)
        {
            throw new ReflektException($"Segment tracking plan '{planName}' not found, so there is nothing to delete.");
        }

        var current = (await _api.ListRulesAsync(plan.Id, cancellationToken).ConfigureAwait(false)).Select(r => r.Identity).ToHashSet();
        var present = rules.Where(r => current.Contains(r.Identity)).ToList();
        foreach (var missing in rules.Where(r => !current.Contains(r.Identity)))
        {
            notes.Add($"{missing.Describe()} is not in tracking plan '{planName}'; nothing to delete.");
        }

        if (!dryRun && present.Count > 0)
        {
            await _api.RemoveRulesAsync(plan.Id, present, cancellationToken).ConfigureAwait(false);
        }

        return new PushResult(present.Select(r => new RegistryChange(ChangeKind.Remove, r.Describe())).ToList(), notes) { DryRun = dryRun };
    }

    // The select, the schemas pushed (the highest MINOR of each MAJOR) and their rules, index for index.
    private static (SegmentSelect Select, IReadOnlyList<RegistrySchema> Schemas, List<SegmentRule> Rules) Prepare(PushRequest request, List<string> notes)
    {
        var select = SegmentSelect.Parse(request.Select, forPull: false);
        if (request.Schemas.Count == 0)
        {
            throw new ReflektException($"No schemas found in Reflekt project for: '--select {request.Select}'. Check that --select matches the path of JSON schema(s).");
        }

        var schemas = MajorVersionSelection.HighestMinors(request.Schemas, notes);
        var rules = schemas.Select(SegmentRuleMapper.ToRule).ToList();
        RejectDuplicates(rules, schemas);
        return (select, schemas, rules);
    }

    private async Task<SegmentPlan?> FindPlanAsync(string name, CancellationToken cancellationToken)
    {
        var plans = await _api.ListPlansAsync(cancellationToken).ConfigureAwait(false);
        var matches = plans.Where(p => p.Name == name).ToList();
        if (matches.Count > 1)
        {
            throw new ReflektException($"Segment has {matches.Count} tracking plans named '{name}' ({string.Join(", ", matches.Select(p => p.Id))}); rename all but one.");
        }

        return matches.SingleOrDefault();
    }

    private static void RejectDuplicates(List<SegmentRule> rules, IReadOnlyList<RegistrySchema> schemas)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = i + 1; j < rules.Count; j++)
            {
                if (rules[i].Identity == rules[j].Identity)
                {
                    throw new ReflektException(
                        $"schemas/{schemas[i].Id} and schemas/{schemas[j].Id} both become Segment rule {rules[i].Describe()}; keep one.");
                }
            }
        }
    }
}
