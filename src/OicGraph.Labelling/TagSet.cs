namespace OicGraph.Labelling;

/// <summary>
/// BIO tags over a closed list of classes: tag 0 is O, tag <c>1 + 2c</c> is B of class c, <c>2 + 2c</c> is I of class c.
/// An I may only follow the B or I of its own class; <see cref="Allowed"/> is the constraint the decoder enforces.
/// </summary>
public sealed class TagSet
{
    public TagSet(IReadOnlyList<string> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        if (classes.Count == 0 || classes.Count > 120 || classes.Distinct(StringComparer.Ordinal).Count() != classes.Count)
        {
            throw new ArgumentException("A tag set needs 1 to 120 distinct class names.", nameof(classes));
        }

        Classes = [.. classes];
    }

    public IReadOnlyList<string> Classes { get; }

    public int Count => 1 + (2 * Classes.Count);

    public const int Outside = 0;

    public static int Begin(int cls) => 1 + (2 * cls);

    public static int Inside(int cls) => 2 + (2 * cls);

    /// <summary>The class of a B or I tag, or -1 for O.</summary>
    public static int ClassOf(int tag) => tag == Outside ? -1 : (tag - 1) / 2;

    public static bool IsBegin(int tag) => tag != Outside && (tag - 1) % 2 == 0;

    public int IndexOf(string cls)
    {
        for (var c = 0; c < Classes.Count; c++)
        {
            if (string.Equals(Classes[c], cls, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>Whether tag <paramref name="next"/> may follow <paramref name="previous"/> (-1: the sequence start).</summary>
    public static bool Allowed(int previous, int next) =>
        next == Outside || IsBegin(next) || (previous >= 0 && previous != Outside && ClassOf(previous) == ClassOf(next));

    /// <summary>The spans a tag sequence names: (class, first, last) with last inclusive; a stray I starts a span.</summary>
    public static IReadOnlyList<LabelledSpan> Spans(ReadOnlySpan<int> tags)
    {
        var spans = new List<LabelledSpan>();
        var start = -1;
        var cls = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : Outside;
            var continues = tag != Outside && !IsBegin(tag) && ClassOf(tag) == cls;
            if (!continues && start >= 0)
            {
                spans.Add(new LabelledSpan(cls, start, i - 1));
                start = -1;
                cls = -1;
            }

            if (tag != Outside && !continues)
            {
                start = i;
                cls = ClassOf(tag);
            }
        }

        return spans;
    }
}

/// <summary>Tokens <c>[First, Last]</c> (inclusive) labelled with class index <see cref="Class"/>.</summary>
public readonly record struct LabelledSpan(int Class, int First, int Last);
