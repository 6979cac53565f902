return await OicGraph.Cli.CliApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
