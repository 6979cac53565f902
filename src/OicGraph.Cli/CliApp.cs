namespace OicGraph.Cli;

/// <summary>
/// Dispatches the command line. Each command is one static method taking its arguments and the writers, so tests run
/// commands in-process; adding a command (e.g. <c>export --format cypher</c>) is one line in <see cref="Commands"/>.
/// </summary>
internal static class CliApp
{
    private delegate Task<int> Command(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken);

    private static readonly Dictionary<string, Command> Commands = new(StringComparer.Ordinal)
    {
        ["extract"] = ExtractCommand.RunAsync,
        ["export"] = ExportCommand.RunAsync,
    };

    public const string Usage = "usage: oicgraph extract FILE | extract --jsonl IN.jsonl | export --format cypher [--seed GRAPH-SEED-DIR]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || !Commands.TryGetValue(args[0], out var command))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        return await command(args[1..], output, error, cancellationToken);
    }
}
