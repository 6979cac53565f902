namespace OicGraph.Labelling;

/// <summary>The models built into this assembly (Model/*.lbl.gz), by file name.</summary>
public static class EmbeddedModels
{
    /// <summary>The entity labeller trained on KazNERD in the Arabic script (see Model/LICENSE.md).</summary>
    public const string Entities = "entities-kaznerd-arab-v1.lbl.gz";

    public static bool Exists(string name) =>
        typeof(EmbeddedModels).Assembly.GetManifestResourceInfo("labelling/" + name) is not null;

    public static SequenceModel Load(string name)
    {
        using var stream = typeof(EmbeddedModels).Assembly.GetManifestResourceStream("labelling/" + name)
            ?? throw new InvalidOperationException($"The labeller model {name} was not built into OicGraph.Labelling.");
        return ModelFormat.Read(stream);
    }
}
