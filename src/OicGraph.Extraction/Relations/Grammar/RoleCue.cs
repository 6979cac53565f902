using OicGraph.Extraction.Reference;

namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>What a post makes of its holder: the head of its owner, another post there, a member, or staff.</summary>
internal enum PostKind
{
    /// <summary>LEADER_OF: президенті, төрағасы, басшысы, әкімі, директоры, ректоры, бас хатшысы, министрі (of a ministry).</summary>
    Head,

    /// <summary>HOLDS_POSITION: орынбасары, хатшысы, елшісі, депутаты, кеңесшісі, маршалы, ...</summary>
    Post,

    /// <summary>MEMBER_OF: мүшесі.</summary>
    Member,

    /// <summary>WORKS_FOR: қызметкері (no post given).</summary>
    Staff,
}

/// <summary>
/// A post word (or words) with its English name: the last word is a stem that takes the possessive (төраға → төрағасы,
/// төрағасының), the words before it are fixed (бас хатшы, мемлекеттік хатшы). <see cref="Field"/> marks a minister, whose
/// ministry is named by the words before the post (денсаулық сақтау министрі).
/// </summary>
internal sealed record RoleCue(string[] Words, string Role, PostKind Kind, bool Field = false)
{
    public static RoleCue Of(string cyrillic, string role, PostKind kind, bool field = false) =>
        new([.. cyrillic.Split(' ').SelectMany(w => Lexicon.Key(w).Split(' '))], role, kind, field);

    /// <summary>
    /// The cue with every word written as one: Cyrl2Tote's dictionary writes баспасөз as two words (باسپا ءسوز, which
    /// <see cref="Of"/> follows), the converter of the KazNERD text as one (ءباسپاسوز).
    /// </summary>
    public static RoleCue Unsplit(string cyrillic, string role, PostKind kind) =>
        new([.. cyrillic.Split(' ').Select(w => Lexicon.Key(w).Replace(" ", "", StringComparison.Ordinal))], role, kind);
}
