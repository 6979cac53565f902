namespace OicGraph.Labelling;

/// <summary>The models built into this assembly (Model/*.lbl.gz), by file name.</summary>
public static class EmbeddedModels
{
    /// <summary>The entity labeller trained on KazNERD in the Arabic script (see Model/LICENSE.md).</summary>
    public const string Entities = "entities-kaznerd-arab-v1.lbl.gz";

    public static bool Exists(string name) =>
        typeof(EmbeddedModels).Assembly.GetManifestResourceInfo("labelling/" + name) is not null;

    /// <summary>Loads a built-in model; one missing from the build is an <see cref="InvalidOperationException"/> saying how to build it in.</summary>
    public static SequenceModel Load(string name)
    {
        using var stream = typeof(EmbeddedModels).Assembly.GetManifestResourceStream("labelling/" + name)
            ?? throw new InvalidOperationException(
                $"The labeller model {name} was not embedded at build time: build with src/OicGraph.Labelling/Model/{name} in the repository.");
        return ModelFormat.Read(stream);
    }
}
