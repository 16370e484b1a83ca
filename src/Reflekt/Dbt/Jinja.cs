namespace Reflekt.Dbt;

/// <summary>Jinja string literals for <c>source('…', '…')</c> calls: single quotes, backslash escapes.</summary>
internal static class Jinja
{
    public static string String(string value) => "'" + value.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    /// <summary>Reverses <see cref="String"/> on the text between the quotes.</summary>
    public static string Unescape(string body)
    {
        var b = new System.Text.StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length)
            {
                i++;
            }

            b.Append(body[i]);
        }

        return b.ToString();
    }
}
