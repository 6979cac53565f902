using OicGraph.Extraction.Contract;

namespace OicGraph.Extraction.Tests;

public sealed class PipelineTests
{
    [Fact]
    public void The_default_pipeline_is_built_once_and_declares_its_steps_in_order()
    {
        Assert.Same(ExtractionPipeline.CreateDefault(), ExtractionPipeline.CreateDefault());
        var names = ((ExtractionPipeline)ExtractionPipeline.CreateDefault()).StepNames.ToList();
        Assert.Equal("normalize-text", names[0]);
        Assert.Equal("relations", names[^1]);
        Assert.True(names.IndexOf("gazetteer") < names.IndexOf("events"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n ")]
    [InlineData("«»()—-,.?")]
    [InlineData("Hello world, OIC and G-20.")]
    [InlineData("ي ى ۇ- عا ق ر. ن. 2014-2016 -")]
    public void Any_text_gives_a_valid_result(string text)
    {
        var result = TestData.Extract(text);
        Assert.Equal("test", result.Document.Id);
        Assert.All(result.Entities.SelectMany(e => e.Mentions), m => Assert.Equal(text[m.Start..m.End], m.Text));
        Assert.All(result.Relationships.SelectMany(r => r.Evidence), e => Assert.Equal(text[e.Start..e.End], e.Text));
    }

    [Fact]
    public void Extraction_is_thread_safe_and_deterministic()
    {
        var expected = ExtractionJson.Serialize(TestData.SeedExtraction);
        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = ExtractionJson.Serialize(
            TestData.Extractor.Extract(new ExtractionInput(TestData.Seed, "oic-interview-mussinov"))));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => TestData.Extractor.Extract(new ExtractionInput(TestData.Seed), cancelled.Token));
    }

    [Fact]
    public void The_contract_serialises_camel_case_with_script_keys_as_written()
    {
        var json = ExtractionJson.Serialize(TestData.Extract("قازاقستان"));
        Assert.Contains("\"relationships\":[]", json, StringComparison.Ordinal);
        Assert.Contains("\"kk-Cyrl\":\"Қазақстан\"", json, StringComparison.Ordinal);
        Assert.Contains("\"mentions\":[{\"start\":0,\"end\":9,\"text\":\"قازاقستان\",\"sentence\":0}]", json, StringComparison.Ordinal);
    }
}
