namespace OicGraph.Cli;

/// <summary>Dispatches the command line: <c>extract FILE</c>, <c>extract --jsonl IN.jsonl</c>, <c>export --format cypher</c>.</summary>
internal static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        error.WriteLine("usage: oicgraph extract FILE | extract --jsonl IN.jsonl | export --format cypher");
        return Task.FromResult(args.Length == 0 ? 2 : 2);
    }
}
