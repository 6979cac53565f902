using System.Text;
using OicGraph.Cli;

// Ctrl+C cancels the running command, which stops at its next cancellation check instead of being killed mid-write.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// Console.Out flushes every write in 256-character pieces, a system call each: `extract --jsonl` into a file or a pipe
// wrote its 1.6 MB in thousands of them. Redirected output is written in 64 KB blocks instead and flushed when the
// command ends; a terminal keeps Console.Out, so what it shows is never held back.
await using var redirected = Console.IsOutputRedirected
    ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16)
    : null;
var output = redirected is null ? Console.Out : TextWriter.Synchronized(redirected);
return await CliApp.RunAsync(args, Console.In, output, Console.Error, cancellation.Token);
