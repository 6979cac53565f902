using OicGraph.Labelling;

namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>
/// The labeller's view of a sentence after the rule steps: each word's key, stem and ending, its letters' shape, the
/// reference lexicons it belongs to, what the rules made of it, and the same for the words around it. Template numbers
/// are part of the model format: append new ones, never renumber.
/// </summary>
internal static class LabelFeatures
{
    private enum T
    {
        Bias = 1, Key, Stem, Ending, Prefix2, Prefix3, Suffix2, Suffix3, Suffix4, Kind, Length, Latin, Digits, Hyphen,
        Hamza, SpacedLetter, Gazetteer, FirstName, CommonWord, Rule, Post, Title, Quote, KeyM1, KeyM2, KeyP1, KeyP2,
        StemM1, StemP1, StemM2, StemP2, BigramM1, BigramP1, RuleM1, RuleP1, GazetteerM1, GazetteerP1, EndingP1, StemBigramP1,
        RuleSpanEnd, StemBigramM1,
    }

    private const string Start = "<s>";
    private const string End = "</s>";

    /// <summary>Writes the features of the words of <paramref name="sentence"/> into <paramref name="sequence"/>.</summary>
    public static void Build(ExtractionContext context, SentenceSpan sentence, WordGazetteer gazetteer, FeatureSequence sequence)
    {
        sequence.Clear();
        var words = context.Words;
        var n = sentence.EndWord - sentence.FirstWord;
        var info = new WordInfo[n];
        var quoted = false;
        for (var j = 0; j < n; j++)
        {
            info[j] = Describe(context, sentence.FirstWord + j, gazetteer, ref quoted);
        }

        for (var j = 0; j < n; j++)
        {
            var w = info[j];
            sequence.NextToken();
            sequence.Add(FeatureHash.Of((int)T.Bias, 0));
            sequence.Add(FeatureHash.Of((int)T.Key, w.Key));
            sequence.Add(FeatureHash.Of((int)T.Kind, (int)words[sentence.FirstWord + j].Kind));
            if (w.IsWord)
            {
                sequence.Add(FeatureHash.Of((int)T.Stem, w.Stem));
                sequence.Add(FeatureHash.Of((int)T.Ending, w.Ending));
                var key = w.Key.AsSpan();
                if (key.Length > 3)
                {
                    sequence.Add(FeatureHash.Of((int)T.Prefix2, key[..2]));
                    sequence.Add(FeatureHash.Of((int)T.Prefix3, key[..3]));
                    sequence.Add(FeatureHash.Of((int)T.Suffix2, key[^2..]));
                    sequence.Add(FeatureHash.Of((int)T.Suffix3, key[^3..]));
                }

                if (key.Length > 5)
                {
                    sequence.Add(FeatureHash.Of((int)T.Suffix4, key[^4..]));
                }

                sequence.Add(FeatureHash.Of((int)T.Length, Math.Min(key.Length, 10)));
            }

            AddFlag(sequence, T.Latin, w.Latin);
            AddFlag(sequence, T.Digits, w.Digits);
            AddFlag(sequence, T.Hyphen, w.Hyphen);
            AddFlag(sequence, T.Hamza, w.Hamza);
            AddFlag(sequence, T.SpacedLetter, w.SingleLetter && ((j > 0 && info[j - 1].SingleLetter) || (j + 1 < n && info[j + 1].SingleLetter)));
            AddBits(sequence, T.Gazetteer, w.Gazetteer);
            AddFlag(sequence, T.FirstName, w.FirstName);
            AddFlag(sequence, T.CommonWord, w.Common);
            sequence.Add(FeatureHash.Of((int)T.Rule, w.Rule));
            sequence.Add(FeatureHash.Of((int)T.RuleSpanEnd, w.RuleEnd));
            sequence.Add(FeatureHash.Of((int)T.Post, w.Post));
            AddFlag(sequence, T.Title, w.Title);
            sequence.Add(FeatureHash.Of((int)T.Quote, w.Quote));

            var m1 = j > 0 ? info[j - 1] : null;
            var m2 = j > 1 ? info[j - 2] : null;
            var p1 = j + 1 < n ? info[j + 1] : null;
            var p2 = j + 2 < n ? info[j + 2] : null;
            sequence.Add(FeatureHash.Of((int)T.KeyM1, m1?.Key ?? Start));
            sequence.Add(FeatureHash.Of((int)T.KeyM2, m2?.Key ?? Start));
            sequence.Add(FeatureHash.Of((int)T.KeyP1, p1?.Key ?? End));
            sequence.Add(FeatureHash.Of((int)T.KeyP2, p2?.Key ?? End));
            sequence.Add(FeatureHash.Of((int)T.StemM1, m1?.Stem ?? Start));
            sequence.Add(FeatureHash.Of((int)T.StemP1, p1?.Stem ?? End));
            sequence.Add(FeatureHash.Of((int)T.StemM2, m2?.Stem ?? Start));
            sequence.Add(FeatureHash.Of((int)T.StemP2, p2?.Stem ?? End));
            sequence.Add(FeatureHash.Of((int)T.BigramM1, m1?.Key ?? Start, w.Key));
            sequence.Add(FeatureHash.Of((int)T.BigramP1, w.Key, p1?.Key ?? End));
            sequence.Add(FeatureHash.Of((int)T.StemBigramP1, w.Stem, p1?.Stem ?? End));
            sequence.Add(FeatureHash.Of((int)T.StemBigramM1, m1?.Stem ?? Start, w.Stem));
            sequence.Add(FeatureHash.Of((int)T.RuleM1, m1?.Rule ?? Start));
            sequence.Add(FeatureHash.Of((int)T.RuleP1, p1?.Rule ?? End));
            sequence.Add(FeatureHash.Of((int)T.EndingP1, p1?.Ending ?? End));
            AddBits(sequence, T.GazetteerM1, m1?.Gazetteer ?? 0);
            AddBits(sequence, T.GazetteerP1, p1?.Gazetteer ?? 0);
        }

        sequence.Complete();
    }

    private static void AddFlag(FeatureSequence sequence, T template, bool on)
    {
        if (on)
        {
            sequence.Add(FeatureHash.Of((int)template, 1));
        }
    }

    private static void AddBits(FeatureSequence sequence, T template, int bits)
    {
        for (var b = 0; bits != 0; b++, bits >>= 1)
        {
            if ((bits & 1) != 0)
            {
                sequence.Add(FeatureHash.Of((int)template, b));
            }
        }
    }

    private sealed record WordInfo(
        string Key, bool IsWord, string Stem, string Ending, bool Latin, bool Digits, bool Hyphen, bool Hamza, bool SingleLetter,
        int Gazetteer, bool FirstName, bool Common, string Rule, string RuleEnd, string Post, bool Title, string Quote);

    private static WordInfo Describe(ExtractionContext context, int index, WordGazetteer gazetteer, ref bool quoted)
    {
        var word = context.Words[index];
        var resources = context.Resources;
        var quote = quoted ? "in" : "out";
        if (word.Kind == WordKind.Punctuation)
        {
            if (word.Text is "«" or "“" or "\"" && !quoted)
            {
                quoted = true;
            }
            else if (word.Text is "»" or "”" or "\"")
            {
                quoted = false;
            }

            return new WordInfo(word.Text, false, word.Text, "", false, false, false, false, false, 0, false, false, Rule(context, index), "", "", false, "p");
        }

        var key = word.Key;
        var stems = word.Kind == WordKind.Word ? resources.NameStems(key) : [key];
        var stem = stems.Length > 0 ? stems[^1] : key;
        var ending = stem.Length < key.Length && key.StartsWith(stem, StringComparison.Ordinal) ? key[stem.Length..] : "";
        var latin = word.Text.Any(char.IsAsciiLetter);
        var digits = word.Text.Any(char.IsAsciiDigit);
        var owner = context.OwnerOf(index);
        var ruleEnd = owner is null ? "" : owner.Last == index ? "end" : "mid";
        return new WordInfo(
            key,
            true,
            stem,
            ending,
            latin,
            digits,
            word.Text.Contains('-', StringComparison.Ordinal),
            word.Text.Length > 0 && word.Text[0] is '\u0621' or '\u0674',
            key.Length == 1,
            gazetteer.Flags(stems),
            stems.Any(resources.FirstNames.ContainsKey),
            resources.CommonWords.Contains(key),
            Rule(context, index),
            ruleEnd,
            Post(context, index),
            context.Titles.Any(t => t.First <= index && index <= t.Last),
            quote);
    }

    // What the rules made of a word: the entity type, B or I, and whether the entity is one of the reference data's.
    private static string Rule(ExtractionContext context, int index)
    {
        if (context.OwnerOf(index) is not { } owner)
        {
            return "O";
        }

        var known = context.Resources.Reference.ById.ContainsKey(owner.Entity.Id) ? "ref" : "new";
        return string.Concat(owner.First == index ? "B-" : "I-", owner.Entity.Type.ToString(), known);
    }

    private static string Post(ExtractionContext context, int index)
    {
        foreach (var post in context.Posts)
        {
            if (post.First <= index && index <= post.Last)
            {
                return post.First == index ? "B" : "I";
            }
        }

        return "O";
    }
}
