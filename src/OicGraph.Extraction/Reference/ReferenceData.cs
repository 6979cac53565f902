using System.Reflection;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Reference;

/// <summary>The reviewed files of graph-seed/reference, read from the assembly's embedded copies.</summary>
internal sealed class ReferenceData
{
    private const string Prefix = "reference/";

    public required IReadOnlyList<CsvTable> Tables { get; init; }

    public required IReadOnlyList<ReferenceEntry> Entries { get; init; }

    public required IReadOnlyList<ReferenceFact> Facts { get; init; }

    public required IReadOnlyList<ReferencePost> Posts { get; init; }

    public required IReadOnlyList<ReferenceTitle> Titles { get; init; }

    public required IReadOnlySet<string> FirstNames { get; init; }

    /// <summary>Frequent Kazakh words that are never names (a general stop-word lexicon).</summary>
    public required IReadOnlySet<string> CommonWords { get; init; }

    /// <summary>Place names the labeller reads as a word feature only (place-names.txt): no entity is linked from them.</summary>
    public IReadOnlyList<(EntityType Type, string Name)> PlaceNames { get; init; } = [];

    public IReadOnlyDictionary<string, ReferenceEntry> ById => _byId ??= Entries
        .GroupBy(e => e.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private Dictionary<string, ReferenceEntry>? _byId;

    public static ReferenceData Load() => Load(ReadEmbedded());

    public static ReferenceData Load(IReadOnlyDictionary<string, string> files)
    {
        var tables = files
            .Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => CsvTable.Parse(Path.GetFileNameWithoutExtension(f.Key), f.Value))
            .ToList();
        var entries = new List<ReferenceEntry>();
        var facts = new List<ReferenceFact>();
        var posts = new List<ReferencePost>();
        var titles = new List<ReferenceTitle>();
        foreach (var table in tables)
        {
            ReferenceRows.Read(table, entries, facts, posts, titles);
        }

        var firstNames = Lines(files, "first-names.txt");
        return new ReferenceData { Tables = tables, Entries = entries, Facts = facts, Posts = posts, Titles = titles, FirstNames = firstNames, CommonWords = Lines(files, "common-words.txt"), PlaceNames = Places(files) };
    }

    // "country: Моңғолия", "city: Қобда", "place: Бетпақдала".
    private static List<(EntityType, string)> Places(IReadOnlyDictionary<string, string> files) =>
        [.. Lines(files, "place-names.txt").Order(StringComparer.Ordinal).Select(line => line.Split(':', 2) switch
        {
            ["country", var name] => (EntityType.Country, name.Trim()),
            ["city", var name] => (EntityType.City, name.Trim()),
            ["place", var name] => (EntityType.Place, name.Trim()),
            _ => throw new InvalidOperationException($"place-names.txt: '{line}' is not 'country:', 'city:' or 'place:' and a name."),
        })];

    private static HashSet<string> Lines(IReadOnlyDictionary<string, string> files, string name) =>
        files.TryGetValue(name, out var text)
            ? text.Split('\n').Select(n => n.Trim()).Where(n => n.Length > 0 && n[0] != '#').ToHashSet(StringComparer.Ordinal)
            : [];

    private static Dictionary<string, string> ReadEmbedded()
    {
        var assembly = typeof(ReferenceData).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            files[name[Prefix.Length..]] = Read(assembly, name);
        }

        // A build without graph-seed/reference/ beside src/ would extract almost nothing; fail loudly instead.
        return files.Keys.Any(k => k.EndsWith("oic-member-states.csv", StringComparison.Ordinal))
            ? files
            : throw new InvalidOperationException("The reference data was not embedded at build time: build with graph-seed/reference/ in the repository.");
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded reference file {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static string DocumentId(string table) => "reference-" + table;

    public static EntityType? TypeOfTable(string table) => table switch
    {
        "oic-member-states" or "countries" => EntityType.Country,
        "cities" => EntityType.City,
        "regions" => EntityType.Region,
        "places" => EntityType.Place,
        "oic-bodies" or "organizations" => EntityType.Organization,
        "people" => EntityType.Person,
        "languages" => EntityType.Language,
        "groups" => EntityType.Group,
        "events" => EntityType.Event,
        _ => null,
    };
}
