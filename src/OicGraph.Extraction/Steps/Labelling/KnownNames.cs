using OicGraph.Labelling;

namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>
/// The names of the labeller's training data, looked up in a sentence by their words' stems: each word gets a bit per
/// (class, place in the longest name of that class covering it: the one word, first, middle, last). Training builds the
/// list within each fold, and the features of a training document come from a list that left its own part out
/// (<see cref="LabellerTraining"/>), so the model learns how far a name seen elsewhere is to be trusted.
/// </summary>
internal sealed class KnownNames
{
    /// <summary>Names longer than this are not looked up: a name of the data is rarely longer.</summary>
    public const int MaxWords = 8;

    private const int Places = 4;

    // The names by their first word, each name's words as an array: Match reads them per word of every sentence, and
    // an IReadOnlyList's Count and indexer are interface calls there.
    private readonly Dictionary<ulong, Candidate[]> _byFirst = [];

    // A bit per first word's stem hash (about 16 bits a name): most words start no name, and the bit says so without a
    // dictionary lookup.
    private readonly ulong[] _starts;
    private readonly int _startShift;

    private readonly record struct Candidate(ulong[] Words, int Class);

    public KnownNames(IEnumerable<KnownName> names)
    {
        var byFirst = new Dictionary<ulong, List<KnownName>>();
        foreach (var name in names)
        {
            if (name.Words.Count is 0 or > MaxWords)
            {
                continue;
            }

            if (!byFirst.TryGetValue(name.Words[0], out var list))
            {
                byFirst[name.Words[0]] = list = [];
            }

            if (!list.Any(n => n.Class == name.Class && n.Words.SequenceEqual(name.Words)))
            {
                list.Add(name);
            }
        }

        foreach (var (first, list) in byFirst)
        {
            _byFirst[first] = [.. list.Select(n => new Candidate([.. n.Words], n.Class))];
        }

        var bits = 6;
        while ((1 << bits) < _byFirst.Count * 16)
        {
            bits++;
        }

        _starts = new ulong[(1 << bits) / 64];
        _startShift = 64 - bits;
        foreach (var first in _byFirst.Keys)
        {
            var bit = StartBit(first);
            _starts[bit >> 6] |= 1UL << bit;
        }
    }

    private int StartBit(ulong stem) => (int)((stem * 0x9E3779B97F4A7C15UL) >> _startShift);

    public static KnownNames Empty { get; } = new([]);

    public bool IsEmpty => _byFirst.Count == 0;

    /// <summary>The bits of each of <paramref name="stems"/> (a sentence's words' stem hashes), into <paramref name="bits"/>.</summary>
    public void Match(ReadOnlySpan<ulong> stems, Span<long> bits)
    {
        bits[..stems.Length].Clear();
        if (IsEmpty)
        {
            return;
        }

        Span<int> longest = stackalloc int[16];
        for (var j = 0; j < stems.Length; j++)
        {
            var bit = StartBit(stems[j]);
            if ((_starts[bit >> 6] & (1UL << bit)) == 0 || !_byFirst.TryGetValue(stems[j], out var candidates))
            {
                continue;
            }

            longest.Clear();
            foreach (var name in candidates)
            {
                if (name.Class < longest.Length && name.Words.Length > longest[name.Class] && Matches(name.Words, stems[j..]))
                {
                    longest[name.Class] = name.Words.Length;
                }
            }

            for (var c = 0; c < longest.Length; c++)
            {
                var length = longest[c];
                for (var k = 0; k < length; k++)
                {
                    var place = length == 1 ? 0 : k == 0 ? 1 : k == length - 1 ? 3 : 2;
                    bits[j + k] |= 1L << ((c * Places) + place);
                }
            }
        }
    }

    private static bool Matches(ulong[] words, ReadOnlySpan<ulong> at)
    {
        if (words.Length > at.Length)
        {
            return false;
        }

        for (var k = 1; k < words.Length; k++)
        {
            if (words[k] != at[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The names a labelled sentence holds: its gold spans' words, by the stem hashes the features read.</summary>
    public static IEnumerable<KnownName> Of(IReadOnlyList<ulong> stems, IReadOnlyList<int> tags)
    {
        foreach (var span in TagSet.Spans([.. tags]))
        {
            if (span.Last - span.First < MaxWords)
            {
                yield return new KnownName([.. stems.Skip(span.First).Take(span.Last - span.First + 1)], span.Class);
            }
        }
    }
}
