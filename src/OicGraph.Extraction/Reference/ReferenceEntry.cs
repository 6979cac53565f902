using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Reference;

/// <summary>A thing named in a reference file: its stable id, type, English and Kazakh names and spelling variants.</summary>
internal sealed record ReferenceEntry(
    string Id,
    EntityType Type,
    string NameEn,
    string NameKk,
    IReadOnlyList<string> Variants,
    IReadOnlyDictionary<string, string> Properties,
    string File,
    CsvRow Row)
{
    public IEnumerable<string> AllNames => Variants.Prepend(NameKk).Where(n => n.Length > 0);
}

/// <summary>A fact a reference row states, e.g. <c>kazakhstan MEMBER_OF oic {since: 1995}</c>.</summary>
internal sealed record ReferenceFact(
    RelationType Type,
    string Source,
    string Target,
    IReadOnlyDictionary<string, string> Properties,
    string File,
    CsvRow Row);

/// <summary>A title that names one person (Елбасы is Nursultan Nazarbayev): the person is meant, the words are not a name.</summary>
internal sealed record ReferenceTitle(string Id, string NameKk, IReadOnlyList<string> Variants, string Person)
{
    public IEnumerable<string> AllNames => Variants.Prepend(NameKk).Where(n => n.Length > 0);
}

/// <summary>A post (Secretary General, ...): not an entity, the <c>role</c> of HOLDS_POSITION and LEADER_OF.</summary>
internal sealed record ReferencePost(string Id, string NameEn, string NameKk, IReadOnlyList<string> Variants, string Organization)
{
    public IEnumerable<string> AllNames => Variants.Prepend(NameKk).Where(n => n.Length > 0);
}
