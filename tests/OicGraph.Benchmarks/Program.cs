using BenchmarkDotNet.Running;
using OicGraph.Benchmarks;

// Run: dotnet run -c Release --project tests/OicGraph.Benchmarks -- --filter '*'
// or, for extraction's time and allocation per pipeline step: ... -- steps [PASSES]
// or, for the whole-process extract --jsonl over the dev set (wall, CPU, MB/s; several CLI builds interleaved):
//    ... -- extract-process [RUNS] [CLI.dll ...]
// or, for the Cypher aggregations' thread CPU and allocation per query: ... -- cypher-aggregation [RUNS] [QUERY NAME]
if (args.Length > 0 && args[0] == "steps")
{
    return ExtractionStepProfile.Run(args);
}

if (args.Length > 0 && args[0] == "extract-process")
{
    return ExtractProcessRuns.Run(args);
}

if (args.Length > 0 && args[0] == "cypher-aggregation")
{
    return CypherAggregationProfile.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
