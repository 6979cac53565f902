using System.Text;

namespace OicGraph.Cli;

/// <summary>
/// Dispatches the command line like a Unix tool: <c>--help</c>, <c>-h</c>, <c>help [COMMAND]</c> and
/// <c>COMMAND --help</c> print to standard output and exit 0; usage errors name what was wrong on standard error and
/// exit 2; a command that fails exits 1.
/// </summary>
internal static class CliApp
{
    public static IReadOnlyList<CliCommand> Commands { get; } =
    [
        ExtractCommand.Command,
        ExportCommand.Command,
        TrainCommand.Command,
        IngestCommand.Command,
    ];

    public static string Overview { get; } = BuildOverview();

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, TextReader.Null, output, error, cancellationToken);

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (args)
        {
            case []:
                await error.WriteAsync(Overview);
                return ExitCodes.Usage;
            case ["--help" or "-h" or "help"]:
                await output.WriteAsync(Overview);
                return ExitCodes.Ok;
            case ["help", var name, ..]:
                return Find(name) is { } named ? await Help(named, output) : await Unknown(name, error);
        }

        if (Find(args[0]) is not { } command)
        {
            return await Unknown(args[0], error);
        }

        var rest = args[1..];
        return rest.Any(a => a is "--help" or "-h")
            ? await Help(command, output)
            : await command.Run(rest, new CliStreams(input, output, error), cancellationToken);
    }

    /// <summary>A usage error of <paramref name="command"/>: what was wrong, then its usage, on standard error; exit 2.</summary>
    public static async Task<int> UsageError(CliCommand command, TextWriter error, string problem)
    {
        await error.WriteLineAsync($"oicgraph {command.Name}: {problem}");
        await error.WriteLineAsync($"usage: {command.Usage}");
        await error.WriteLineAsync($"Run 'oicgraph help {command.Name}' for more.");
        return ExitCodes.Usage;
    }

    private static CliCommand? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);

    private static async Task<int> Help(CliCommand command, TextWriter output)
    {
        await output.WriteLineAsync($"usage: {command.Usage}");
        await output.WriteLineAsync();
        await output.WriteLineAsync(command.Help.TrimEnd());
        await output.WriteLineAsync();
        await output.WriteAsync(ExitCodeText);
        return ExitCodes.Ok;
    }

    private static async Task<int> Unknown(string name, TextWriter error)
    {
        await error.WriteLineAsync($"oicgraph: unknown command '{name}'; the commands are {string.Join(", ", Commands.Select(c => c.Name))}.");
        await error.WriteLineAsync("Run 'oicgraph --help' for usage.");
        return ExitCodes.Usage;
    }

    private const string ExitCodeText = "exit codes: 0 done, 1 failed (missing or unreadable file, bad input), 2 wrong command line\n";

    private static string BuildOverview()
    {
        var text = new StringBuilder("oicgraph: the OicGraph extraction pipeline and seed graph from the command line.\n\nusage:\n");
        foreach (var command in Commands)
        {
            text.Append("  ").Append(command.Usage).Append('\n');
        }

        text.Append("\ncommands:\n");
        var width = Commands.Max(c => c.Name.Length) + 2;
        foreach (var command in Commands)
        {
            text.Append("  ").Append(command.Name.PadRight(width)).Append(command.Summary).Append('\n');
        }

        return text.Append("\nRun 'oicgraph help COMMAND' (or COMMAND --help) for a command's options. A FILE of - reads standard input.\n")
            .Append(ExitCodeText)
            .ToString();
    }
}
