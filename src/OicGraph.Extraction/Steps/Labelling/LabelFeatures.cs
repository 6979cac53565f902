using OicGraph.Graph.Model;
using OicGraph.Labelling;

namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>
/// The labeller's view of a sentence after the rule steps: each word's key, stem and ending, its letters' shape, the
/// reference lexicons it belongs to, what the rules made of it, and the same for the words around it. Template numbers
/// are part of the model format: append new ones, never renumber.
/// </summary>
/// <remarks>
/// A token's features fall in three parts, so labelling can cache the first two per distinct word: its word's own
/// features (<see cref="Own"/>), the features its word gives the tokens around it (<see cref="AsNeighbour"/>), and
/// those that need the sentence (<see cref="InSentence"/>: what the rules made of it, quotes, word pairs).
/// </remarks>
internal static class LabelFeatures
{
    private enum T
    {
        Bias = 1, Key, Stem, Ending, Prefix2, Prefix3, Suffix2, Suffix3, Suffix4, Kind, Length, Latin, Digits, Hyphen,
        Hamza, SpacedLetter, Gazetteer, FirstName, CommonWord, Rule, Post, Title, Quote, KeyM1, KeyM2, KeyP1, KeyP2,
        StemM1, StemP1, StemM2, StemP2, BigramM1, BigramP1, RuleM1, RuleP1, GazetteerM1, GazetteerP1, EndingP1, StemBigramP1,
        RuleSpanEnd, StemBigramM1, QuoteHead, StemFarRight, Prefix4, Suffix5, EndingM1, GazetteerM2, GazetteerP2, ShapeM1, ShapeP1,
        HeadRight, HeadRightKey, KnownName, OwnHead, QuoteHeadKind, WordClass, WordClassM1, WordClassP1,
    }

    /// <summary>Where a word stands to the token whose features it gives.</summary>
    public enum Role
    {
        Self,
        Previous,
        SecondPrevious,
        Next,
        SecondNext,

        /// <summary>Three or four words on: where a long organisation or event name ends in its head noun.</summary>
        FarNext,
    }

    public const int Roles = 6;

    /// <summary>
    /// The far-right window, after the ±2 words: a name's head noun often stands this far from its first word. Five words
    /// on scored the same under CV but lost a village before "елді мекені" and took foreign ministers for an organisation.
    /// </summary>
    public const int FarFirst = 3;

    public const int FarLast = 4;

    private const string Start = "<s>";
    private const string End = "</s>";

    /// <summary>Writes the features of the words of <paramref name="sentence"/> into <paramref name="sequence"/> (training); returns the words' stem hashes.</summary>
    public static ulong[] Build(ExtractionContext context, SentenceSpan sentence, WordGazetteer gazetteer, FeatureSequence sequence)
    {
        sequence.Clear();
        var view = new SentenceFeatures();
        view.Read(context, sentence, i => Describe(context.Resources, gazetteer, context.Words[i]));
        var n = view.Length;
        for (var j = 0; j < n; j++)
        {
            sequence.NextToken();
            Own(view.Words[j], ref sequence);
            AsNeighbour(Role.Previous, j > 0 ? view.Words[j - 1] : null, ref sequence);
            AsNeighbour(Role.SecondPrevious, j > 1 ? view.Words[j - 2] : null, ref sequence);
            AsNeighbour(Role.Next, j + 1 < n ? view.Words[j + 1] : null, ref sequence);
            AsNeighbour(Role.SecondNext, j + 2 < n ? view.Words[j + 2] : null, ref sequence);
            for (var k = j + FarFirst; k <= j + FarLast && k < n; k++)
            {
                AsNeighbour(Role.FarNext, view.Words[k], ref sequence);
            }

            InSentence(view, j, ref sequence);
        }

        sequence.Complete();
        return [.. view.Words.Take(n).Select(w => w.StemValue)];
    }

    /// <summary>The features of a word as the token itself, the bias among them.</summary>
    public static void Own<TSink>(WordInfo w, ref TSink sink)
        where TSink : IFeatureSink
    {
        sink.Add(Bias);
        sink.Add(FeatureHash.Of((int)T.Key, w.Key));
        sink.Add(FeatureHash.Of((int)T.Kind, (int)w.Kind));
        if (w.IsWord)
        {
            sink.Add(FeatureHash.Of((int)T.Stem, w.Stem));
            sink.Add(FeatureHash.Of((int)T.Ending, w.Ending));
            var key = w.Key.AsSpan();
            if (key.Length > 3)
            {
                sink.Add(FeatureHash.Of((int)T.Prefix2, key[..2]));
                sink.Add(FeatureHash.Of((int)T.Prefix3, key[..3]));
                sink.Add(FeatureHash.Of((int)T.Suffix2, key[^2..]));
                sink.Add(FeatureHash.Of((int)T.Suffix3, key[^3..]));
            }

            if (key.Length > 5)
            {
                sink.Add(FeatureHash.Of((int)T.Suffix4, key[^4..]));
            }

            if (key.Length > 6)
            {
                sink.Add(FeatureHash.Of((int)T.Prefix4, key[..4]));
                sink.Add(FeatureHash.Of((int)T.Suffix5, key[^5..]));
            }

            sink.Add(FeatureHash.Of((int)T.Length, Math.Min(key.Length, 10)));
        }

        AddFlag(ref sink, T.Latin, w.Latin);
        AddFlag(ref sink, T.Digits, w.Digits);
        AddFlag(ref sink, T.Hyphen, w.Hyphen);
        AddFlag(ref sink, T.Hamza, w.Hamza);
        AddBits(ref sink, T.Gazetteer, w.Gazetteer);
        AddFlag(ref sink, T.FirstName, w.FirstName);
        AddFlag(ref sink, T.CommonWord, w.Common);
        if (w.Head != HeadNouns.Kind.None)
        {
            // The word is itself a head noun of its kind, in any case: one weight for every "... министрлігінің" the
            // training folds never showed with that stem.
            sink.Add(FeatureHash.Of((int)T.OwnHead, (int)w.Head));
        }
    }

    /// <summary>The features word <paramref name="w"/> gives the token it stands in <paramref name="role"/> to; none: the sentence edge.</summary>
    public static void AsNeighbour<TSink>(Role role, WordInfo? w, ref TSink sink)
        where TSink : IFeatureSink
    {
        switch (role)
        {
            case Role.Previous:
                sink.Add(FeatureHash.Of((int)T.KeyM1, w?.Key ?? Start));
                sink.Add(FeatureHash.Of((int)T.StemM1, w?.Stem ?? Start));
                AddBits(ref sink, T.GazetteerM1, w?.Gazetteer ?? 0);
                sink.Add(FeatureHash.Of((int)T.EndingM1, w?.Ending ?? Start));
                sink.Add(FeatureHash.Of((int)T.ShapeM1, Shape(w)));
                break;
            case Role.SecondPrevious:
                sink.Add(FeatureHash.Of((int)T.KeyM2, w?.Key ?? Start));
                sink.Add(FeatureHash.Of((int)T.StemM2, w?.Stem ?? Start));
                AddBits(ref sink, T.GazetteerM2, w?.Gazetteer ?? 0);
                break;
            case Role.Next:
                sink.Add(FeatureHash.Of((int)T.KeyP1, w?.Key ?? End));
                sink.Add(FeatureHash.Of((int)T.StemP1, w?.Stem ?? End));
                sink.Add(FeatureHash.Of((int)T.EndingP1, w?.Ending ?? End));
                AddBits(ref sink, T.GazetteerP1, w?.Gazetteer ?? 0);
                sink.Add(FeatureHash.Of((int)T.ShapeP1, Shape(w)));
                break;
            case Role.SecondNext:
                sink.Add(FeatureHash.Of((int)T.KeyP2, w?.Key ?? End));
                sink.Add(FeatureHash.Of((int)T.StemP2, w?.Stem ?? End));
                AddBits(ref sink, T.GazetteerP2, w?.Gazetteer ?? 0);
                break;
            case Role.FarNext:
                if (w is { IsWord: true })
                {
                    sink.Add(FeatureHash.Of((int)T.StemFarRight, w.Stem));
                }

                break;
            case Role.Self:
                Own(w!, ref sink);
                break;
        }
    }

    /// <summary>
    /// The word-class features of token <paramref name="j"/> of a sentence whose words' packed classes are
    /// <paramref name="packed"/>: those each word around it gives in its role (<see cref="AddClasses"/>), none from past the
    /// sentence edge. Training appends these to the features built before the classes were learned; the scorer caches
    /// each word's share per role and sums the rows at the same offsets, and a test holds the two to the same features.
    /// </summary>
    public static void AddClassesAround<TSink>(WordClasses classes, ReadOnlySpan<int> packed, int j, ref TSink sink)
        where TSink : IFeatureSink
    {
        for (var r = 0; r < Roles; r++)
        {
            var role = (Role)r;
            var (first, last) = role == Role.FarNext ? (FarFirst, FarLast) : (Offset(role), Offset(role));
            for (var k = j + first; k <= j + last; k++)
            {
                if (k >= 0 && k < packed.Length)
                {
                    AddClasses(role, classes, packed[k], ref sink);
                }
            }
        }
    }

    // Where the word in a role stands from the token it gives features to (FarNext: see FarFirst and FarLast).
    private static int Offset(Role role) => role switch
    {
        Role.Previous => -1,
        Role.SecondPrevious => -2,
        Role.Next => 1,
        Role.SecondNext => 2,
        _ => 0,
    };

    /// <summary>
    /// The features a word's distributional classes (<paramref name="packed"/>, of <paramref name="classes"/>) give the
    /// token it stands in <paramref name="role"/> to: one per level, for the word itself and its neighbours at ±1.
    /// </summary>
    public static void AddClasses<TSink>(Role role, WordClasses classes, int packed, ref TSink sink)
        where TSink : IFeatureSink
    {
        // Only the word and its next neighbours: the classes of words two away were tried and cost (ALL 0.879 -> 0.875).
        T template;
        switch (role)
        {
            case Role.Self:
                template = T.WordClass;
                break;
            case Role.Previous:
                template = T.WordClassM1;
                break;
            case Role.Next:
                template = T.WordClassP1;
                break;
            default:
                return;
        }

        if (packed == 0)
        {
            return;
        }

        for (var level = 0; level < classes.Levels; level++)
        {
            sink.Add(FeatureHash.Of((int)template, (level << 8) | classes.At(packed, level)));
        }
    }

    /// <summary>The features of token <paramref name="j"/> that depend on its sentence, not on its word alone.</summary>
    public static void InSentence<TSink>(SentenceFeatures view, int j, ref TSink sink)
        where TSink : IFeatureSink
    {
        var n = view.Length;
        var w = view.Words[j];
        var m1 = j > 0 ? view.Words[j - 1] : null;
        var p1 = j + 1 < n ? view.Words[j + 1] : null;
        if (w.SingleLetter && ((m1?.SingleLetter ?? false) || (p1?.SingleLetter ?? false)))
        {
            sink.AddKnown(SpacedLetter, KnownSpacedLetter);
        }

        sink.AddKnown(RuleHashes[0][view.Rule[j]], KnownRule + view.Rule[j]);
        sink.AddKnown(RuleEnds[(int)view.RuleEnd[j]], KnownRuleEnd + (int)view.RuleEnd[j]);
        sink.AddKnown(Posts[(int)view.Post[j]], KnownPost + (int)view.Post[j]);
        if (view.Title[j])
        {
            sink.AddKnown(Title, KnownTitle);
        }

        sink.AddKnown(Quotes[(int)view.Quote[j]], KnownQuote + (int)view.Quote[j]);
        if (view.QuoteHead[j] is { } head)
        {
            // «X» байқауы, «X» компаниясы: the word after the closing quote says what the quoted name is.
            sink.Add(view.QuoteHeadFeature[j]);
            if (view.QuoteHeadKind[j] != HeadNouns.Kind.None)
            {
                // An unseen head after the quote still says what kind of name it closes («Скат» әуекомпаниясы).
                sink.Add(FeatureHash.Of((int)T.QuoteHeadKind, (int)view.QuoteHeadKind[j]));
            }
        }

        if (view.HeadRight[j] is var (kind, distance, _) && kind != HeadNouns.Kind.None)
        {
            // The nearest head noun to the right, how far: "Ұлттық экономика министрлігі" from its first word on.
            var code = ((int)kind * 16) + distance;
            sink.AddKnown(HeadRights[code], KnownHeadRight + code);
            sink.Add(view.Words[j + distance].HeadKeyFeature);
        }

        AddNames(view.Names[j], ref sink);
        sink.Add(FeatureHash.Pair(m1?.BigramM1Left ?? StartBigramM1, w.KeyValue));
        sink.Add(FeatureHash.Pair(w.BigramP1Left, p1?.KeyValue ?? EndValue));
        sink.Add(FeatureHash.Pair(w.StemBigramP1Left, p1?.StemValue ?? EndValue));
        sink.Add(FeatureHash.Pair(m1?.StemBigramM1Left ?? StartStemBigramM1, w.StemValue));
        if (j > 0)
        {
            sink.AddKnown(RuleHashes[1][view.Rule[j - 1]], KnownRuleM1 + view.Rule[j - 1]);
        }
        else
        {
            sink.AddKnown(StartRuleM1, KnownStartRuleM1);
        }

        if (j + 1 < n)
        {
            sink.AddKnown(RuleHashes[2][view.Rule[j + 1]], KnownRuleP1 + view.Rule[j + 1]);
        }
        else
        {
            sink.AddKnown(EndRuleP1, KnownEndRuleP1);
        }
    }

    // The sentence features of few values, in one table (IFeatureSink.AddKnown): the scorer keeps their weight rows.
    private static readonly int RuleCodes = 1 + (Enum.GetValues<EntityType>().Length * 4);
    private const int KnownSpacedLetter = 0;
    private const int KnownTitle = 1;
    private const int KnownStartRuleM1 = 2;
    private const int KnownEndRuleP1 = 3;
    private const int KnownRuleEnd = 4;
    private const int KnownPost = KnownRuleEnd + 3;
    private const int KnownQuote = KnownPost + 4;
    private const int KnownRule = KnownQuote + 3;
    private static readonly int KnownRuleM1 = KnownRule + RuleCodes;
    private static readonly int KnownRuleP1 = KnownRuleM1 + RuleCodes;
    private static readonly int KnownName = KnownRuleP1 + RuleCodes;
    private static readonly int KnownHeadRight = KnownName + 64;

    private static readonly ulong Bias = FeatureHash.Of((int)T.Bias, 0);
    private static readonly ulong SpacedLetter = FeatureHash.Of((int)T.SpacedLetter, 1);
    private static readonly ulong Title = FeatureHash.Of((int)T.Title, 1);
    private static readonly ulong StartBigramM1 = FeatureHash.Of((int)T.BigramM1, Start);
    private static readonly ulong StartStemBigramM1 = FeatureHash.Of((int)T.StemBigramM1, Start);
    private static readonly ulong EndValue = FeatureHash.Of(0, End);

    // The values of the sentence codes, hashed once (the order of each enum).
    private static readonly ulong[] RuleEnds = [.. new[] { "", "end", "mid" }.Select(v => FeatureHash.Of((int)T.RuleSpanEnd, v))];
    private static readonly ulong[] Posts = [.. new[] { "", "B", "I", "O" }.Select(v => FeatureHash.Of((int)T.Post, v))];
    private static readonly ulong[] Quotes = [.. new[] { "in", "out", "p" }.Select(v => FeatureHash.Of((int)T.Quote, v))];

    /// <summary>Whether the rules' mention ends at the word (none for punctuation and free words).</summary>
    public enum RuleEnd : byte
    {
        None,
        End,
        Middle,
    }

    /// <summary>Where the word stands in a post (none for punctuation).</summary>
    public enum PostPlace : byte
    {
        None,
        Begin,
        Inside,
        Outside,
    }

    public enum QuotePlace : byte
    {
        Inside,
        Outside,
        Punctuation,
    }

    private static readonly ulong StartRuleM1 = FeatureHash.Of((int)T.RuleM1, Start);
    private static readonly ulong EndRuleP1 = FeatureHash.Of((int)T.RuleP1, End);

    // A neighbour's letters in one number: Latin, digits, hyphen, hamza, a single letter, punctuation, the sentence edge.
    private static int Shape(WordInfo? w) => w is null ? 64 : !w.IsWord ? 32
        : (w.Latin ? 1 : 0) | (w.Digits ? 2 : 0) | (w.Hyphen ? 4 : 0) | (w.Hamza ? 8 : 0) | (w.SingleLetter ? 16 : 0);

    /// <summary>The features of a word's <see cref="KnownNames"/> bits (training appends them; labelling reads them in the sentence).</summary>
    public static void AddNames<TSink>(long bits, ref TSink sink)
        where TSink : IFeatureSink
    {
        for (var b = 0; bits != 0; b++, bits >>>= 1)
        {
            if ((bits & 1) != 0)
            {
                sink.AddKnown(NameHashes[b], KnownName + b);
            }
        }
    }

    private static void AddFlag<TSink>(ref TSink sink, T template, bool on)
        where TSink : IFeatureSink
    {
        if (on)
        {
            sink.Add(FeatureHash.Of((int)template, 1));
        }
    }

    private static void AddBits<TSink>(ref TSink sink, T template, int bits)
        where TSink : IFeatureSink
    {
        for (var b = 0; bits != 0; b++, bits >>= 1)
        {
            if ((bits & 1) != 0)
            {
                sink.Add(FeatureHash.Of((int)template, b));
            }
        }
    }

    /// <summary>What a word is whatever its sentence: a function of its spelling and the reference data, so it can be cached.</summary>
    public sealed record WordInfo(
        string Key, WordKind Kind, bool IsWord, string Stem, string Ending, bool Latin, bool Digits, bool Hyphen, bool Hamza,
        bool SingleLetter, int Gazetteer, bool FirstName, bool Common, HeadNouns.Kind Head = HeadNouns.Kind.None)
    {
        // The halves of the word-pair features, hashed once per word.
        public ulong BigramM1Left { get; } = FeatureHash.Of((int)T.BigramM1, Key);

        public ulong BigramP1Left { get; } = FeatureHash.Of((int)T.BigramP1, Key);

        public ulong StemBigramP1Left { get; } = FeatureHash.Of((int)T.StemBigramP1, Stem);

        public ulong StemBigramM1Left { get; } = FeatureHash.Of((int)T.StemBigramM1, Stem);

        public ulong KeyValue { get; } = FeatureHash.Of(0, Key);

        public ulong StemValue { get; } = FeatureHash.Of(0, Stem);

        // The features this word gives the words before it as their head noun to the right, or as the head after a quote.
        public ulong HeadKeyFeature { get; } = FeatureHash.Of((int)T.HeadRightKey, Stem);

        public ulong QuoteHeadFeature { get; } = FeatureHash.Of((int)T.QuoteHead, Stem);
    }

    public static WordInfo Describe(ExtractionResources resources, WordGazetteer gazetteer, Word word)
    {
        if (word.Kind == WordKind.Punctuation)
        {
            return new WordInfo(word.Text, word.Kind, false, word.Text, "", false, false, false, false, false, 0, false, false);
        }

        var key = word.Key;
        var stems = word.Kind == WordKind.Word ? resources.NameStems(key) : [key];
        var stem = stems.Length > 0 ? stems[^1] : key;
        var ending = stem.Length < key.Length && key.StartsWith(stem, StringComparison.Ordinal) ? key[stem.Length..] : "";
        var shape = TextShape(word);
        return new WordInfo(
            key,
            word.Kind,
            true,
            stem,
            ending,
            (shape & TextBits.Latin) != 0,
            (shape & TextBits.Digits) != 0,
            (shape & TextBits.Hyphen) != 0,
            (shape & TextBits.Hamza) != 0,
            key.Length == 1,
            gazetteer.Flags(stems),
            AnyFirstName(resources, stems),
            resources.CommonWords.Contains(key),
            HeadNouns.Of(key, stems));
    }

    /// <summary>
    /// What <see cref="Describe"/> reads of a word beyond its key and the reference data: its kind and whether its text
    /// has Latin letters, digits, a hyphen, a leading hamza. Two words of one key and shape get the same description, so
    /// a description can be kept per key (LabelScorer keeps it on the key's shared entry).
    /// </summary>
    public static int TextShape(Word word)
    {
        var text = word.Text.AsSpan();
        var shape = ((int)word.Kind + 1) << 4;
        if (text.Length > 0 && text[0] is '\u0621' or '\u0674')
        {
            shape |= TextBits.Hamza;
        }

        // Most words are Arabic letters only: one vector scan answers the other three.
        if (!text.ContainsAnyInRange('\0', '\u007F'))
        {
            return shape;
        }

        foreach (var c in text)
        {
            shape |= char.IsAsciiLetter(c) ? TextBits.Latin : char.IsAsciiDigit(c) ? TextBits.Digits : c == '-' ? TextBits.Hyphen : 0;
        }

        return shape;
    }

    private static class TextBits
    {
        public const int Latin = 1;
        public const int Digits = 2;
        public const int Hyphen = 4;
        public const int Hamza = 8;
    }

    // A loop, not stems.Any(FirstNames.ContainsKey): in precompiled code a delegate to a method of a generic dictionary
    // is built by the runtime's slow path, which took a quarter of the labeller's samples in a profile of extract --jsonl.
    private static bool AnyFirstName(ExtractionResources resources, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (resources.FirstNames.ContainsKey(stem))
            {
                return true;
            }
        }

        return false;
    }

    // What the rules made of a word: the entity type, B or I, and whether the entity is one of the reference data's;
    // as a code into the hashes of those strings for the three templates that read it (itself, before, after).
    private static readonly EntityType[] Types = Enum.GetValues<EntityType>();

    private static readonly ulong[][] RuleHashes = [RuleTable(T.Rule), RuleTable(T.RuleM1), RuleTable(T.RuleP1)];

    private static readonly ulong[] NameHashes = [.. Enumerable.Range(0, 64).Select(b => FeatureHash.Of((int)T.KnownName, b))];

    // The head noun to the right by kind and distance (kind × 16 + distance, distance ≤ SentenceFeatures.HeadReach).
    private static readonly ulong[] HeadRights = [.. Enumerable.Range(0, 64).Select(v => FeatureHash.Of((int)T.HeadRight, v))];

    /// <summary>The quote-head feature of a quoted name with no word after its closing quote.</summary>
    public static ulong QuoteHeadAtEnd { get; } = FeatureHash.Of((int)T.QuoteHead, End);

    // Declared after every table it lists: static fields are initialised in the order they are written.
    /// <summary>The features <see cref="InSentence"/> adds by <see cref="IFeatureSink.AddKnown"/>, at their indices.</summary>
    public static IReadOnlyList<ulong> KnownFeatures { get; } =
        [SpacedLetter, Title, StartRuleM1, EndRuleP1, .. RuleEnds, .. Posts, .. Quotes, .. RuleHashes[0], .. RuleHashes[1], .. RuleHashes[2], .. NameHashes, .. HeadRights];

    private static ulong[] RuleTable(T template)
    {
        var table = new ulong[1 + (Types.Length * 4)];
        table[0] = FeatureHash.Of((int)template, "O");
        for (var i = 0; i < Types.Length; i++)
        {
            for (var v = 0; v < 4; v++)
            {
                var value = string.Concat((v & 2) == 0 ? "B-" : "I-", Types[i].ToString(), (v & 1) == 0 ? "ref" : "new");
                table[1 + (i * 4) + v] = FeatureHash.Of((int)template, value);
            }
        }

        return table;
    }

    /// <summary>The code of what the rules made of word <paramref name="index"/> (<paramref name="owner"/>: its mention): 0 for nothing.</summary>
    public static int RuleCode(ExtractionContext context, int index, MentionDraft? owner) =>
        owner is null ? 0 : RuleCode(index, owner, MentionCode(context, owner));

    /// <summary>The part of <see cref="RuleCode(ExtractionContext, int, MentionDraft?)"/> that is the same for each word of <paramref name="owner"/>.</summary>
    public static int MentionCode(ExtractionContext context, MentionDraft owner)
    {
        var known = context.Resources.Reference.ById.ContainsKey(owner.Entity.Id);
        return 1 + (Array.IndexOf(Types, owner.Entity.Type) * 4) + (known ? 0 : 1);
    }

    /// <summary>The rule code of word <paramref name="index"/> of <paramref name="owner"/>, whose <see cref="MentionCode"/> is <paramref name="mentionCode"/>.</summary>
    public static int RuleCode(int index, MentionDraft owner, int mentionCode) => mentionCode + (owner.First == index ? 0 : 2);
}
