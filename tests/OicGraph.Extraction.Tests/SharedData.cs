namespace OicGraph.Extraction.Tests;

/// <summary>
/// <c>../shared</c> beside the repository (as on CI): the KazNERD-Arab dev documents and the relation gold. Tests that read
/// it are <see cref="SharedDataFactAttribute"/>s, reported as skipped, with the reason, on a machine without it.
/// </summary>
internal static class SharedData
{
    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(TestData.SourceDirectory(), "..", ".."));

    public static string Directory { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string DevDocuments => Path.Combine(Directory, "data", "kaznerd-arab", "valid.jsonl");

    public static string RelationGold => Path.Combine(Directory, "eval", "relations-dev.jsonl");

    public static string EvalReadme => Path.Combine(Directory, "eval", "README.md");

    public static bool Present => File.Exists(DevDocuments) && File.Exists(RelationGold);
}

public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Present)
        {
            Skip = $"needs ../shared beside the repository ({SharedData.Directory}): the KazNERD-Arab dev set and relations-dev.jsonl.";
        }
    }
}
