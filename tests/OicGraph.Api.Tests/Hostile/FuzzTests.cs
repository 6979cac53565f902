using OicGraph.Hostile.Benchmarks.Fuzzing;

namespace OicGraph.Api.Tests.Hostile;

/// <summary>
/// Short, bounded runs of the fuzz harness (tests/OicGraph.Hostile.Benchmarks; the long run is
/// <c>dotnet run -c Release --project tests/OicGraph.Hostile.Benchmarks -- fuzz --seconds 600</c>). A finding fails with the
/// input and the CsCheck seed that reproduces it.
/// </summary>
public sealed class FuzzTests
{
    [Fact]
    public void Random_and_mutated_cypher_never_fails_other_than_as_a_query_error_and_never_writes()
    {
        var outcome = CypherFuzz.Run(iterations: 20_000);

        Assert.Equal(20_000, outcome.Queries);
        Assert.True(outcome.Answered > 0, "no generated query ran: the generator only tests the parser's error paths");
    }

    [Fact]
    public void Random_text_never_breaks_the_normaliser() => Assert.Equal(20_000, TextFuzz.RunNormalizer(iterations: 20_000));

    [Fact]
    public void Random_text_never_breaks_the_extractor_and_every_span_is_the_input() => Assert.Equal(2_000, TextFuzz.RunExtractor(iterations: 2_000));
}
