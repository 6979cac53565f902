namespace OicGraph.Labelling;

/// <summary>Where a feature builder puts a token's features: a <see cref="FeatureSequence"/> to train, or scores to decode.</summary>
public interface IFeatureSink
{
    void Add(ulong feature);
}
