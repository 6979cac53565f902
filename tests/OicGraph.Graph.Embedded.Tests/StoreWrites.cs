using OicGraph.Graph.Contract;

namespace OicGraph.Graph.Embedded.Tests;

/// <summary>Writes of every kind in turn (creates, an update through a shared entity, deletes), for tests that compare a kept index with a plain scan after each.</summary>
internal static class StoreWrites
{
    public static Func<Task>[] OfEveryKind(EmbeddedGraphStore store) =>
    [
        () => store.ApplyAsync(TestGraphs.Interview()),
        () => store.ApplyAsync(TestGraphs.Summit()),
        () => store.ApplyAsync(TestGraphs.Reference()),
        () => store.DeleteDocumentAsync("summit"),
        () => store.DeleteDocumentAsync("interview"),
    ];
}
