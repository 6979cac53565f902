using System.Text;
using OicGraph.Text.Transliteration;

namespace OicGraph.Text;

/// <summary>
/// Kazakh Arabic script → Cyrillic, for display names of entities not in the gazetteer (doc §1.3, §7.4). Per word:
/// the lexicon first (exact key), then a lexicon stem with suffixes harmonised to it, then rules (nearest front/back
/// cue, a loanword detector, и/й and я/ия by position, the ev-rule, ц). Every candidate is converted forward again and
/// kept only if it gives back the Arabic word exactly; if none does, the rules' preferred reading is returned.
/// Output is lower case except for lexicon entries. Non-Arabic text passes through.
/// </summary>
public static class ArabicToCyrillic
{
    /// <summary>Converts text (normalising it first); <paramref name="lexicon"/> defaults to <see cref="ReverseLexicon.Default"/>.</summary>
    public static string Convert(string arabic, ReverseLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(arabic);
        lexicon ??= ReverseLexicon.Default;
        var text = KazakhNormalizer.Normalize(arabic).Text;
        var output = new StringBuilder(text.Length);
        var at = 0;
        var tokens = KazakhTokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            output.Append(text, at, token.Start - at);
            if (token.Kind == TokenKind.Word && lexicon.MaxWords > 1 && PhraseFromLexicon(text, tokens, i, lexicon) is var (phrase, words))
            {
                output.Append(phrase);
                at = tokens[i + words - 1].End;
                i += words - 1;
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                output.Append(token.Text);
            }
            else
            {
                output.Append(lexicon.Reading(token.Text));
            }

            at = token.End;
        }

        output.Append(text, at, text.Length - at);
        return output.ToString();
    }

    // The longest run of words starting at token i (space-separated only) that the lexicon knows as a multiword name.
    private static (string Cyrillic, int Words)? PhraseFromLexicon(string text, IReadOnlyList<Token> tokens, int i, ReverseLexicon lexicon)
    {
        if (!lexicon.StartsPhrase(MatchKeys.KeyOfNormalized(tokens[i].Text)))
        {
            return null;
        }

        var last = i;
        while (last + 1 < tokens.Count && last + 1 - i < lexicon.MaxWords && tokens[last + 1].Kind == TokenKind.Word
               && text.AsSpan(tokens[last].End, tokens[last + 1].Start - tokens[last].End).Trim(' ').IsEmpty)
        {
            last++;
        }

        for (var end = last; end > i; end--)
        {
            var phrase = string.Join(' ', Enumerable.Range(i, end - i + 1).Select(k => tokens[k].Text));
            if (ReverseWord.FromLexicon(phrase, lexicon) is { } cyrillic)
            {
                return (cyrillic, end - i + 1);
            }
        }

        return null;
    }
}
