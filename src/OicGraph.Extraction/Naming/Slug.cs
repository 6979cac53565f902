using System.Text;

namespace OicGraph.Extraction.Naming;

/// <summary>Stable, URL-safe ids from English names: "Askar Mussinov" → <c>askar-mussinov</c>.</summary>
internal static class Slug
{
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                && c is not '\'' and not '’')
            {
                dash = true;
            }
        }

        return sb.ToString();
    }
}
