namespace OicGraph.Cli;

/// <summary>
/// The command line of <c>ingest</c>, checked: what to read, where to write (a running API, or an embedded data
/// directory), or what is wrong with it.
/// </summary>
internal sealed record IngestArguments(string Source, Uri? Api, string? ApiKey, string? DataDirectory, bool Seed, int BatchDocuments, string? Problem)
{
    private static readonly string[] ValueOptions = ["--api", "--api-key", "--batch", "--data"];
    private static readonly string[] Flags = ["--no-seed"];

    public static IngestArguments Parse(IReadOnlyList<string> args, string? keyFromEnvironment)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
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
            else if (Flags.Contains(args[i]))
            {
                flags.Add(args[i]);
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

        var batch = ApiIngestTarget.DefaultBatchDocuments;
        if (values.TryGetValue("--batch", out var size) && (!int.TryParse(size, out batch) || batch < 1))
        {
            return Wrong($"--batch '{size}' is not a whole number of 1 or more.");
        }

        var hasApi = values.TryGetValue("--api", out var api);
        var hasData = values.TryGetValue("--data", out var data);
        if (hasApi == hasData)
        {
            return Wrong(hasApi
                ? "--api and --data name two places to load into; give one."
                : "say where to load the documents: --api URL (a running API, e.g. http://localhost:5080) or --data DIR (an embedded data directory).");
        }

        if (hasData)
        {
            return string.IsNullOrWhiteSpace(data)
                ? Wrong("--data needs a directory.")
                : values.ContainsKey("--api-key") ? Wrong("--api-key is for --api; --data writes to the directory itself.")
                : values.ContainsKey("--batch") ? Wrong("--batch is for --api; --data stores each document as it is extracted.")
                : new IngestArguments(positional[0], null, null, data, !flags.Contains("--no-seed"), batch, null);
        }

        if (flags.Contains("--no-seed"))
        {
            return Wrong("--no-seed is for --data; a running API has seeded itself already.");
        }

        if (!Uri.TryCreate(api!.EndsWith('/') ? api : api + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return Wrong($"--api '{api}' is not an http(s) URL.");
        }

        return new IngestArguments(positional[0], uri, values.GetValueOrDefault("--api-key") ?? keyFromEnvironment, null, Seed: false, batch, null);
    }

    private static IngestArguments Wrong(string problem) => new("", null, null, null, Seed: false, 0, problem);
}
