using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>The loops shared by the item keywords: a tuple of schemas at the front, one schema for the rest.</summary>
internal static class ArrayItems
{
    public static bool ApplyTuple(SchemaNode[] tuple, JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        var count = Math.Min(tuple.Length, instance.GetArrayLength());
        evaluated?.AddItemPrefix(count);
        var valid = true;
        for (var i = 0; i < count; i++)
        {
            if (!context.ApplyToItem(tuple[i], instance[i], i, i))
            {
                valid = false;
                if (!context.Collecting)
                {
                    return false;
                }
            }
        }

        return valid;
    }

    public static bool ApplyRest(string keyword, SchemaNode node, int start, JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        var length = instance.GetArrayLength();
        if (evaluated is not null && start < length)
        {
            evaluated.AllItems = true;
        }

        if (node.IsTrue)
        {
            return true;
        }

        if (!context.Collecting && evaluated is null && !node.IsFalse)
        {
            // Yes/no: walk the items in order; indexing an array of objects makes JsonDocument skip over every earlier item.
            var index = 0;
            foreach (var item in instance.EnumerateArray())
            {
                if (index++ >= start && !node.Evaluate(item, context, null))
                {
                    return false;
                }
            }

            return true;
        }

        var valid = true;
        for (var i = start; i < length; i++)
        {
            var ok = node.IsFalse ? (context.Collecting && context.Fail(keyword, Messages.AdditionalItem(i))) : context.ApplyToItem(node, instance[i], i);
            if (!ok)
            {
                valid = false;
                if (!context.Collecting)
                {
                    return false;
                }
            }
        }

        return valid;
    }
}
