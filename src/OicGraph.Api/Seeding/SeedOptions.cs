namespace OicGraph.Api.Seeding;

/// <summary>Seeding from <c>graph-seed/</c> (<c>Graph:Seed</c>).</summary>
internal sealed class SeedOptions
{
    public const string Section = "Graph:Seed";

    /// <summary>Seed an empty store on start.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The graph-seed folder; when empty, the nearest <c>graph-seed</c> folder above the content root or the app.</summary>
    public string? Directory { get; set; }
}
