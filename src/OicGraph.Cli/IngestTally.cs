namespace OicGraph.Cli;

/// <summary>What <c>ingest</c> did with the documents it read, and the ones that failed with why.</summary>
internal sealed class IngestTally
{
    public int Created { get; private set; }

    public int AlreadyPresent { get; private set; }

    public List<string> Failures { get; } = [];

    public int Failed => Failures.Count;

    public void Add(IngestDocument document, int status, string? problem)
    {
        switch (status)
        {
            case 201:
                Created++;
                break;
            case 200:
                AlreadyPresent++;
                break;
            default:
                Failures.Add($"{document.Origin}{(document.Id is { } id ? $" ({id})" : "")}: {status} {problem}");
                break;
        }
    }
}
