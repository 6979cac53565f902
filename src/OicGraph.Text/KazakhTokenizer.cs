using OicGraph.Text.Tokenization;

namespace OicGraph.Text;

/// <summary>
/// Splits text (normalised or not) into <see cref="Token"/>s with offsets into the string given. Whitespace is skipped;
/// a hyphen between two letters stays inside the word (سونداي-اق), between digits inside the number (2014-2016);
/// combining marks stay with the token before them.
/// </summary>
public static class KazakhTokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 6 + 1);
        var position = 0;
        while (Next(text, ref position, out var start, out var kind))
        {
            tokens.Add(new Token(start, position, text[start..position], kind));
        }

        return tokens;
    }

    /// <summary>
    /// The next token at or after <paramref name="position"/>, the same as <see cref="Tokenize"/> would give, without
    /// copying its text: on true it is [<paramref name="start"/>, <paramref name="position"/>). For a caller that keeps
    /// its own strings (the extraction's word table reuses one string per distinct word).
    /// </summary>
    public static bool Next(string text, ref int position, out int start, out TokenKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = position;
        while (i < text.Length)
        {
            var charKind = CharClass.Of(text[i]);
            if (charKind == CharKind.Space)
            {
                i++;
                continue;
            }

            (position, kind) = Scan(text, i, charKind);
            start = i;
            return true;
        }

        position = text.Length;
        start = text.Length;
        kind = TokenKind.Other;
        return false;
    }

    private static (int End, TokenKind Kind) Scan(string text, int i, CharKind kind) => kind switch
    {
        CharKind.Arabic => (ScanWord(text, i, CharKind.Arabic), TokenKind.Word),
        CharKind.Foreign => (ScanWord(text, i, CharKind.Foreign), TokenKind.Foreign),
        CharKind.Digit => (ScanNumber(text, i), TokenKind.Number),
        CharKind.Punctuation => (ScanSame(text, i), TokenKind.Punctuation),
        CharKind.Symbol => (Marks(text, i + 1), TokenKind.Symbol),
        _ => (Marks(text, char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1), TokenKind.Other),
    };

    private static int ScanWord(string text, int i, CharKind kind)
    {
        var end = i + 1;
        while (end < text.Length)
        {
            var k = CharClass.Of(text[end]);
            if (k == kind || k == CharKind.Mark || (kind == CharKind.Foreign && k == CharKind.Digit))
            {
                end++;
            }
            else if (text[end] == '-' && end + 1 < text.Length && CharClass.Of(text[end + 1]) is var after
                     && (after == kind || (kind == CharKind.Foreign && after == CharKind.Digit)))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static int ScanNumber(string text, int i)
    {
        var end = i + 1;
        while (end < text.Length)
        {
            var c = text[end];
            if (CharClass.Of(c) == CharKind.Digit)
            {
                end++;
            }
            else if (c is '.' or ',' or ':' or '-' or '/' && end + 1 < text.Length && CharClass.Of(text[end + 1]) == CharKind.Digit)
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static int ScanSame(string text, int i)
    {
        var end = i + 1;
        while (end < text.Length && text[end] == text[i])
        {
            end++;
        }

        return Marks(text, end);
    }

    private static int Marks(string text, int end)
    {
        while (end < text.Length && CharClass.Of(text[end]) == CharKind.Mark)
        {
            end++;
        }

        return end;
    }
}
