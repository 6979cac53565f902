namespace OicGraph.Cli;

/// <summary>
/// One command of the CLI: its name, a one-line summary, its usage line and help text, and how it runs. A command lives
/// in its own file and exposes one of these; adding it to the CLI is one entry in <see cref="CliApp.Commands"/>.
/// </summary>
internal sealed record CliCommand(string Name, string Summary, string Usage, string Help, CliCommand.Handler Run)
{
    public delegate Task<int> Handler(string[] args, CliStreams streams, CancellationToken cancellationToken);

    /// <summary>A command that does not read standard input.</summary>
    public static CliCommand WithoutInput(string name, string summary, string usage, string help, Func<string[], TextWriter, TextWriter, CancellationToken, Task<int>> run) =>
        new(name, summary, usage, help, (args, streams, cancellationToken) => run(args, streams.Output, streams.Error, cancellationToken));
}

/// <summary>Standard input, output and error, passed in so tests run commands in-process.</summary>
internal sealed record CliStreams(TextReader Input, TextWriter Output, TextWriter Error);

/// <summary>The exit codes every command uses (the help and README.md list them).</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and failed: a file missing or unreadable, bad input.</summary>
    public const int Failed = 1;

    /// <summary>The command line is wrong: an unknown command or option, a missing argument.</summary>
    public const int Usage = 2;
}
