using OicGraph.Graph.Contract;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded.Tests;

/// <summary>Articles that all state one fact (Kazakhstan a member of the OIC since 1992), as a corpus repeats a known fact.</summary>
internal static class RepeatedFacts
{
    public const string Sentence = "Kazakhstan joined the OIC in 1992.";

    public const string FactId = "kazakhstan--member-of--oic--since-1992";

    /// <summary>An article whose text is <paramref name="lead"/> then the sentence <paramref name="times"/> times; each is evidence.</summary>
    public static GraphPatch Article(string id, string lead, int times = 1)
    {
        var text = lead + string.Concat(Enumerable.Repeat(" " + Sentence, times));
        var document = TestGraphs.Doc(id, text);
        var at = Enumerable.Range(0, times).Select(i => text.IndexOf(Sentence, lead.Length + (i * (Sentence.Length + 1)), StringComparison.Ordinal)).ToList();
        var fact = TestGraphs.Fact("kazakhstan", RelationType.MemberOf, "oic", new Evidence(id, 0, 0, "", 0), ("since", "1992")) with
        {
            Evidence = [.. at.Select((start, i) => new Evidence(id, start, start + Sentence.Length, Sentence, i))],
        };
        return new GraphPatch(
            [document],
            times == 0 ? [] : [TestGraphs.Kazakhstan, TestGraphs.Oic],
            times == 0 ? [] : [fact],
            [
                .. at.Select(start => new Mention(id, "kazakhstan", start, start + "Kazakhstan".Length, "Kazakhstan", 0)),
                .. at.Select(start => new Mention(id, "oic", start + 22, start + 25, "OIC", 0)),
            ]);
    }
}
