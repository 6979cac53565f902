namespace OicGraph.Cli;

/// <summary>What <c>ingest</c> did with the documents it read, and the ones that failed with why.</summary>
internal sealed class IngestTally
{
    public int Created { get; private set; }

    public int AlreadyPresent { get; private set; }

    public List<string> Failures { get; } = [];

    public int Failed => Failures.Count;

    /// <summary>One document's result as the API's batch endpoint gives it: 201 stored, 200 present already, else refused.</summary>
    public void Add(IngestDocument document, int status, string? problem)
    {
        switch (status)
        {
            case 201:
                Stored();
                break;
            case 200:
                FoundStored();
                break;
            default:
                Refused(document, $"{status} {problem}");
                break;
        }
    }

    public void Stored() => Created++;

    public void FoundStored() => AlreadyPresent++;

    public void Refused(IngestDocument document, string why) =>
        Failures.Add($"{document.Origin}{(document.Id is { } id ? $" ({id})" : "")}: {why}");
}
