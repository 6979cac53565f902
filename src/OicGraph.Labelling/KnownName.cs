namespace OicGraph.Labelling;

/// <summary>
/// A name the model's training data labelled, and its class: each word as the hash of its stem
/// (<see cref="FeatureHash.Of(int, ReadOnlySpan{char})"/> under template 0), so the model file holds no text of the data.
/// </summary>
public sealed record KnownName(IReadOnlyList<ulong> Words, int Class);
