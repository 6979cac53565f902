namespace OicGraph.Graph.Model;

/// <summary>The keys of <see cref="Entity.Names"/>: one display name per language and script.</summary>
public static class NameScripts
{
    public const string English = "en";
    public const string KazakhCyrillic = "kk-Cyrl";
    public const string KazakhLatin = "kk-Latn";
    public const string KazakhArabic = "kk-Arab";

    public static IReadOnlyList<string> All { get; } = [English, KazakhCyrillic, KazakhLatin, KazakhArabic];
}
