using CsCheck;
using OicGraph.Extraction;
using OicGraph.Extraction.Contract;
using OicGraph.Text;

namespace OicGraph.Hostile.Benchmarks.Fuzzing;

/// <summary>
/// Random text through the normaliser and the whole extraction pipeline: Kazakh in Arabic script and Cyrillic, with
/// invisible marks, presentation forms, lone surrogates, control characters and digits mixed in. Neither may throw, every
/// normalised index must map back inside the input, and every span the extractor reports must be the exact input text.
/// </summary>
public static class TextFuzz
{
    private static readonly string[] Pieces =
    [
        "قازاقستان", "يسلام ىنتىماقتاستىعى ۇيىمى", "اسقار مۋسينوۆ", "1992 -جىلى", "ساۋد ارابياسى", "جيددا", "Қазақстан", "ОИК",
        "Kazakhstan", ".", "،", "؟", "!", "«", "»", "\"", "(", ")", "-", " ", "\n", "\r\n", "\t", "\u200c", "\u200d", "\u200f",
        "\u0640", "\ufeff", "\ufe8d", "\ufef5", "\u064b", "\u0654", "\ud800", "\udc00", "\0", "\u0085", "٣", "۱۹۹۲", "2023-11", "﷽",
    ];

    public static Gen<string> Texts { get; } = Gen.Frequency(
        (3, Gen.OneOf(Pieces).Array[0, 60].Select(string.Concat)),
        (1, Gen.Char.Array[0, 200].Select(chars => new string(chars))));

    public static long RunNormalizer(long iterations, int seconds = -1, Action<string>? log = null)
    {
        long count = 0;
        Texts.Sample(
            text =>
            {
                Interlocked.Increment(ref count);
                var normalized = KazakhNormalizer.Normalize(text);
                var previous = 0;
                for (var i = 0; i <= normalized.Text.Length; i++)
                {
                    var original = normalized.ToOriginal(i);
                    if (original < previous || original > text.Length)
                    {
                        throw new InvalidOperationException($"Normalised index {i} maps to {original}, outside 0..{text.Length} or backwards.");
                    }

                    previous = original;
                }
            },
            writeLine: log,
            iter: iterations,
            time: seconds,
            print: Escape);
        return count;
    }

    public static long RunExtractor(long iterations, int seconds = -1, Action<string>? log = null)
    {
        var extractor = ExtractionPipeline.CreateDefault();
        long count = 0;
        Texts.Sample(
            text =>
            {
                Interlocked.Increment(ref count);
                var result = extractor.Extract(new ExtractionInput(text, "fuzz"));
                var spans = result.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, m.End, m.Text)))
                    .Concat(result.Relationships.SelectMany(r => r.Evidence.Select(e => (e.Start, e.End, e.Text))));
                foreach (var (start, end, words) in spans)
                {
                    if (start < 0 || end > text.Length || start > end || text[start..end] != words)
                    {
                        throw new InvalidOperationException($"The span {start}..{end} '{words}' is not the input's text there.");
                    }
                }
            },
            writeLine: log,
            iter: iterations,
            time: seconds,
            print: Escape);
        return count;
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) || c > '\u007e' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? $"\\u{(int)c:x4}" : c.ToString()));
}
