using OicGraph.Graph.Neo4j.Store;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>Search keys become a Lucene query that means exactly the keys: every operator character and space escaped.</summary>
public sealed class FullTextQueryTests
{
    [Theory]
    [InlineData(new[] { "~KZKSTN" }, "\\~KZKSTN*")]
    [InlineData(new[] { "astana summit" }, "astana\\ summit*")]
    [InlineData(new[] { "=g-20", "قازاقستان" }, "=g\\-20* OR قازاقستان*")]
    [InlineData(new[] { "+!():^[]\"{}~*?|&/\\" }, "\\+\\!\\(\\)\\:\\^\\[\\]\\\"\\{\\}\\~\\*\\?\\|\\&\\/\\\\*")]
    [InlineData(new[] { "AND", "", "AND" }, "AND*")]
    public void Keys_become_escaped_prefix_clauses_joined_by_OR(string[] keys, string expected) =>
        Assert.Equal(expected, FullTextQuery.Prefixes(keys));
}
