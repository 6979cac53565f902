namespace OicGraph.Labelling;

/// <summary>Where a feature builder puts a token's features: a <see cref="FeatureSequence"/> to train, or scores to decode.</summary>
public interface IFeatureSink
{
    void Add(ulong feature);

    /// <summary>
    /// A feature from a closed table the builder publishes (<paramref name="index"/> is its place there), so a scorer can
    /// add a weight row it looked up once per model instead of hashing into the weights per token; others add the hash.
    /// </summary>
    void AddKnown(ulong feature, int index) => Add(feature);
}
