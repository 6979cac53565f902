namespace OicGraph.Graph.Model;

/// <summary>The exact words of a document a fact was read from: <c>Text == document.Text[Start..End]</c>.</summary>
public sealed record Evidence(string DocumentId, int Start, int End, string Text, int Sentence);
