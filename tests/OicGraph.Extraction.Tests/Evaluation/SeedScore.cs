namespace OicGraph.Extraction.Tests.Evaluation;

/// <summary>The figures score.py prints.</summary>
internal sealed record SeedScore(
    double EntityPrecision,
    double EntityRecall,
    double RelationPrecision,
    double RelationRecall,
    double? PropertyAccuracy,
    int SpansChecked,
    int SpansWrong,
    int EntitiesWithoutMentions,
    int RelationsWithoutEvidence,
    IReadOnlyList<string> MissedEntities,
    IReadOnlyList<string> MissedRelations,
    IReadOnlyList<string> UnmatchedEntities,
    IReadOnlyList<string> UnmatchedRelations)
{
    public double EntityF1 => F1(EntityPrecision, EntityRecall);

    public double RelationF1 => F1(RelationPrecision, RelationRecall);

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    public override string ToString() =>
        $"entities P={EntityPrecision:F3} R={EntityRecall:F3} F1={EntityF1:F3}; relations P={RelationPrecision:F3} R={RelationRecall:F3} F1={RelationF1:F3}; "
        + $"properties={PropertyAccuracy:F3}; spans wrong {SpansWrong}/{SpansChecked}; missed entities [{string.Join(", ", MissedEntities)}]; "
        + $"missed relations [{string.Join(", ", MissedRelations)}]; unmatched entities [{string.Join(", ", UnmatchedEntities)}]; "
        + $"unmatched relations [{string.Join(", ", UnmatchedRelations)}]";
}
