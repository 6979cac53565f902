namespace OicGraph.Cli;

/// <summary>The command line of <c>ingest</c>, checked: what to read, where to write, or what is wrong with it.</summary>
internal sealed record IngestArguments(string Source, Uri? Api, string? ApiKey, int BatchDocuments, string? Problem)
{
    private static readonly string[] ValueOptions = ["--api", "--api-key", "--batch"];

    public static IngestArguments Parse(IReadOnlyList<string> args, string? keyFromEnvironment)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (ValueOptions.Contains(args[i]))
            {
                if (i + 1 >= args.Count)
                {
                    return Wrong($"{args[i]} needs a value.");
                }

                values[args[i]] = args[++i];
            }
            else if (args[i].StartsWith('-') && args[i] != "-")
            {
                return Wrong($"unknown option '{args[i]}'.");
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        if (positional.Count != 1)
        {
            return Wrong(positional.Count == 0 ? "name the folder or JSONL file to read (or - for standard input)." : $"one source at a time, not {positional.Count}.");
        }

        if (!values.TryGetValue("--api", out var api))
        {
            return Wrong("say where to load the documents: --api URL (e.g. http://localhost:5080).");
        }

        if (!Uri.TryCreate(api.EndsWith('/') ? api : api + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return Wrong($"--api '{api}' is not an http(s) URL.");
        }

        var batch = ApiIngestTarget.DefaultBatchDocuments;
        if (values.TryGetValue("--batch", out var size) && (!int.TryParse(size, out batch) || batch < 1))
        {
            return Wrong($"--batch '{size}' is not a whole number of 1 or more.");
        }

        return new IngestArguments(positional[0], uri, values.GetValueOrDefault("--api-key") ?? keyFromEnvironment, batch, null);
    }

    private static IngestArguments Wrong(string problem) => new("", null, null, 0, problem);
}
