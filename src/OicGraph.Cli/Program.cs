using OicGraph.Cli;

// Ctrl+C cancels the running command, which stops at its next cancellation check instead of being killed mid-write.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CliApp.RunAsync(args, Console.In, Console.Out, Console.Error, cancellation.Token);
