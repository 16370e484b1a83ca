using System.Text;

namespace Reflekt.Bench.ServerLoad;

/// <summary>Order Completed events as analytics-python sends them; every tenth one breaks the schema (revenue as a string).</summary>
internal static class Payloads
{
    public static byte[] Single(string run, int worker, ref int sequence) => Encoding.UTF8.GetBytes(Event(run, worker, sequence++, typed: false));

    public static byte[] Batch(string run, int worker, ref int sequence)
    {
        var text = new StringBuilder(64 * 1024);
        text.Append("{\"batch\":[");
        for (var i = 0; i < 100; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }
            text.Append(Event(run, worker, sequence++, typed: true));
        }
        text.Append("],\"sentAt\":\"2024-05-01T10:00:01.000Z\"}");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Event(string run, int worker, int sequence, bool typed)
    {
        var revenue = sequence % 10 == 9 ? "\"42.5\"" : "42.5";
        var type = typed ? "\"type\":\"track\"," : "";
        return "{" + type + "\"event\":\"Order Completed\",\"userId\":\"user-" + worker + "\",\"messageId\":\"" + run + "-" + worker + "-" + sequence
            + "\",\"timestamp\":\"2024-05-01T10:00:00.000Z\",\"context\":{\"library\":{\"name\":\"analytics-python\",\"version\":\"2.2.2\"}},\"integrations\":{},"
            + "\"properties\":{\"schema_id\":\"shop/Order_Completed/1-0.json\",\"order_id\":\"o-" + sequence + "\",\"revenue\":" + revenue
            + ",\"currency\":\"USD\",\"products\":[{\"product_id\":\"p1\",\"name\":\"Mat\",\"price\":14.99,\"quantity\":1},{\"product_id\":\"p2\",\"name\":\"Cup\",\"price\":5.0,\"quantity\":2}]}}";

    }
}
