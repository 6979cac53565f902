using OicGraph.Labelling;

namespace OicGraph.Labelling.Tests;

/// <summary>The feature table's presence filter may only say "absent" for features the model never kept.</summary>
public sealed class FeatureTableTests
{
    [Fact]
    public void Every_kept_feature_finds_its_row_and_features_never_kept_find_none()
    {
        var rows = new Dictionary<ulong, int> { [0] = 0 };
        for (var i = 1; i < 20_000; i++)
        {
            rows[FeatureHash.Of(7, i)] = i;
        }

        var table = new FeatureTable(rows);
        foreach (var (feature, row) in rows)
        {
            Assert.Equal(row, table.RowOf(feature));
        }

        for (var i = 0; i < 20_000; i++)
        {
            Assert.Equal(-1, table.RowOf(FeatureHash.Of(8, i)));
        }
    }
}
