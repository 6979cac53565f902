using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>A sentence with its mentions, the entities it refers to without naming, its posts, and document-level facts.</summary>
internal sealed class SentenceFacts(ExtractionContext context, SentenceSpan sentence, DocumentFacts document)
{
    private static readonly string[] Genitive = ["نىڭ", "دىڭ", "تىڭ"];
    private static readonly string[] Dative = ["عا", "گە", "قا", "كە", "نا", "نە"];

    public ExtractionContext Context { get; } = context;

    public SentenceSpan Sentence { get; } = sentence;

    public DocumentFacts Document { get; } = document;

    public int Index => Sentence.Index;

    public IReadOnlyList<MentionDraft> Mentions { get; } = MentionsOf(context, sentence);

    public IReadOnlyList<PostMention> Posts { get; } = PostsOf(context, sentence);

    public IReadOnlyList<EntityDraft> Referenced { get; } = ReferencedOf(context, sentence);

    private bool? _firstPerson;
    private SentenceGrammar? _grammar;

    /// <summary>The sentence's cases, predicates and clauses (read on first use: most sentences need no rule's grammar).</summary>
    public SentenceGrammar Grammar => _grammar ??= new SentenceGrammar(Context, Sentence, Mentions, Document.NameKeys);

    /// <summary>Whether the sentence names something of one of <paramref name="types"/> (a cheap gate before a rule's work).</summary>
    public bool Names(EntityType type)
    {
        foreach (var mention in Mentions)
        {
            if (mention.Entity.Type == type)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence names an event, or an organisation's name as an event by its head noun (Кеңесінің отырысы,
    /// «X» халықаралық ән байқауы).
    /// </summary>
    public bool NamesEvent => Names(EntityType.Event) || (Names(EntityType.Organization) && Grammar.Arguments.Any(a => a.EventNamed));

    /// <summary>The mentions of <paramref name="types"/>, in order (none: no list, as for most sentences and types).</summary>
    public IReadOnlyList<MentionDraft> OfType(params ReadOnlySpan<EntityType> types)
    {
        List<MentionDraft>? found = null;
        foreach (var mention in Mentions)
        {
            if (SentenceGrammar.IsAnyOf(mention.Entity.Type, types))
            {
                (found ??= []).Add(mention);
            }
        }

        return found ?? (IReadOnlyList<MentionDraft>)Array.Empty<MentionDraft>();
    }

    /// <summary>Whether a word of the sentence starts with one of <paramref name="stems"/> (match keys).</summary>
    public bool Has(params string[] stems) => WordAt(stems) >= 0;

    public int WordAt(string[] stems)
    {
        for (var i = Sentence.FirstWord; i < Sentence.EndWord; i++)
        {
            if (Lexicon.StartsWithAny(Context.Words[i].Key, stems))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>First person singular ("мен ... тағайындалдым"): the speaker of an interview's answers.</summary>
    public bool FirstPerson => _firstPerson ??= SpeaksInFirstPerson();

    private bool SpeaksInFirstPerson()
    {
        for (var i = Sentence.FirstWord; i < Sentence.EndWord; i++)
        {
            var key = Context.Words[i].Key;
            if (key.Length > 4 && (key.EndsWith("دىم", StringComparison.Ordinal) || key.EndsWith("تىم", StringComparison.Ordinal)
                || key.EndsWith("ەمىن", StringComparison.Ordinal) || key.EndsWith("امىن", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The organisations the sentence names or refers to (ۇيىمعا → the document's main organisation).</summary>
    public IEnumerable<EntityDraft> Organizations(Func<MentionDraft, bool>? filter = null) =>
        OfType(EntityType.Organization).Where(m => filter?.Invoke(m) ?? true).Select(m => m.Entity)
            .Concat(Referenced.Where(e => e.Type == EntityType.Organization)).Distinct();

    // Most sentences hold no post and refer to nothing without naming it: no list, delegate or iterator for them.
    private static IReadOnlyList<PostMention> PostsOf(ExtractionContext context, SentenceSpan sentence)
    {
        List<PostMention>? posts = null;
        foreach (var post in context.Posts)
        {
            if (post.Sentence == sentence.Index)
            {
                (posts ??= []).Add(post);
            }
        }

        return posts ?? (IReadOnlyList<PostMention>)Array.Empty<PostMention>();
    }

    private static IReadOnlyList<EntityDraft> ReferencedOf(ExtractionContext context, SentenceSpan sentence)
    {
        List<EntityDraft>? referenced = null;
        foreach (var reference in context.References)
        {
            if (reference.Sentence == sentence.Index)
            {
                (referenced ??= []).Add(reference.Entity);
            }
        }

        return referenced ?? (IReadOnlyList<EntityDraft>)Array.Empty<EntityDraft>();
    }

    private static List<MentionDraft> MentionsOf(ExtractionContext context, SentenceSpan sentence)
    {
        var mentions = new List<MentionDraft>();
        for (var i = sentence.FirstWord; i < sentence.EndWord; i++)
        {
            if (context.OwnerOf(i) is { } mention && mention.First == i)
            {
                mentions.Add(mention);
            }
        }

        foreach (var title in context.Titles)
        {
            if (context.Words[title.First].Sentence == sentence.Index)
            {
                mentions.Add(title);
            }
        }

        if (context.Titles.Count > 0)
        {
            mentions.Sort((a, b) => a.First.CompareTo(b.First));
        }

        return mentions;
    }

    public static bool IsGenitive(MentionDraft mention) => Genitive.Any(s => mention.Suffix.EndsWith(s, StringComparison.Ordinal));

    public static bool IsDative(MentionDraft mention) => Dative.Any(s => mention.Suffix.EndsWith(s, StringComparison.Ordinal));

    public EntityDraft? PointDate => Steps.EventContext.Date(Context, Sentence, Sentence.FirstWord);

    public RelationDraft? Relate(RelationType type, EntityDraft source, EntityDraft target, params (string Key, string? Value)[] properties) =>
        Context.Relate(type, source, target, Index, properties);

    /// <summary>
    /// A relation its predicate's clause asserts: nothing when the clause denies it, or only wishes, requires, intends or
    /// supposes it; <c>planned: true</c> when it is scheduled (and no sentence of the document says it happened).
    /// </summary>
    public RelationDraft? Relate(PredicateUse use, RelationType type, EntityDraft source, EntityDraft target, params (string Key, string? Value)[] properties) =>
        Relate(use.Assertion, type, source, target, properties);

    public RelationDraft? Relate(Assertion assertion, RelationType type, EntityDraft source, EntityDraft target, params (string Key, string? Value)[] properties)
    {
        if (assertion is Assertion.Negated or Assertion.Unreal)
        {
            return null;
        }

        var relation = Relate(type, source, target, properties);
        if (relation is not null)
        {
            Document.Asserted(relation, assertion);
        }

        return relation;
    }

}
