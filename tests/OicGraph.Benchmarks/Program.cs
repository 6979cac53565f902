using BenchmarkDotNet.Running;
using OicGraph.Benchmarks;

// Run: dotnet run -c Release --project tests/OicGraph.Benchmarks -- --filter '*'
// or, for extraction's time and allocation per pipeline step: ... -- steps [PASSES]
if (args.Length > 0 && args[0] == "steps")
{
    return ExtractionStepProfile.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
