namespace OicGraph.Text;

/// <summary>A sentence: [<paramref name="Start"/>, <paramref name="End"/>) in the text that was split.</summary>
public readonly record struct Sentence(int Start, int End, string Text);
