namespace OicGraph.Cypher.Tests.Tck;

internal sealed record TckStep(string Keyword, string Text, string? DocString, IReadOnlyList<IReadOnlyList<string>> Table);

internal sealed record TckScenario(string Folder, string Feature, string Name, IReadOnlyList<TckStep> Steps);

internal enum TckOutcomeKind
{
    Passed,
    Failed,
    Skipped,
}

internal sealed record TckOutcome(TckOutcomeKind Kind, string Reason = "")
{
    public static readonly TckOutcome Pass = new(TckOutcomeKind.Passed);

    public static TckOutcome Fail(string reason) => new(TckOutcomeKind.Failed, reason);

    public static TckOutcome Skip(string reason) => new(TckOutcomeKind.Skipped, reason);
}
