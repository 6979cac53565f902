using System.Runtime.CompilerServices;
using System.Text;
using OicGraph.Graph.Model;

namespace OicGraph.Cli;

/// <summary>
/// Where <c>ingest</c> reads documents: a folder (each <c>*.txt</c> a document, its id the file name up to its first
/// dot), or JSONL (one <c>{"id", "text", "title", "date", "sourceUrl"}</c> object a line, a file or standard input).
/// <see cref="TotalBytes"/> is known for files, so progress can show an ETA; a line that is not a document stops the
/// read with <see cref="IngestInputException"/> naming the line.
/// </summary>
internal sealed class IngestSource
{
    private readonly Func<CancellationToken, IAsyncEnumerable<IngestDocument>> _read;

    private IngestSource(string description, long? totalBytes, int? totalDocuments, Func<CancellationToken, IAsyncEnumerable<IngestDocument>> read)
    {
        Description = description;
        TotalBytes = totalBytes;
        TotalDocuments = totalDocuments;
        _read = read;
    }

    public string Description { get; }

    public long? TotalBytes { get; }

    public int? TotalDocuments { get; }

    public IAsyncEnumerable<IngestDocument> ReadAsync(CancellationToken cancellationToken) => _read(cancellationToken);

    public static IngestSource Folder(string path)
    {
        var files = Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal).ToList();
        return new IngestSource($"{files.Count} text files in {path}", files.Sum(f => new FileInfo(f).Length), files.Count, ct => ReadFilesAsync(files, ct));
    }

    public static IngestSource JsonLines(string path) =>
        new(path, new FileInfo(path).Length, null, ct => ReadLinesAsync(() => new StreamReader(path, Encoding.UTF8), owned: true, ct));

    public static IngestSource JsonLines(TextReader input) =>
        new("standard input", null, null, ct => ReadLinesAsync(() => input, owned: false, ct));

    private static async IAsyncEnumerable<IngestDocument> ReadFilesAsync(IReadOnlyList<string> files, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file, Encoding.UTF8, cancellationToken);
            var name = Path.GetFileName(file);
            yield return new IngestDocument(DocumentIds.Choose(null, name, text), text, null, null, null, name, new FileInfo(file).Length);
        }
    }

    // The file is opened when the read starts, not when the source is made.
    private static async IAsyncEnumerable<IngestDocument> ReadLinesAsync(Func<TextReader> open, bool owned, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = open();
        try
        {
            var number = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                number++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return Parse(line, number);
                }
            }
        }
        finally
        {
            if (owned)
            {
                reader.Dispose();
            }
        }
    }

    private static IngestDocument Parse(string line, int number)
    {
        var document = JsonLineDocument.Parse(line, withMetadata: true);
        return document.Problem is { } problem
            ? throw new IngestInputException($"line {number}: {problem}")
            : new IngestDocument(document.Id, document.Text!, document.Title, document.Date, document.SourceUrl, $"line {number}", Encoding.UTF8.GetByteCount(line) + 1);
    }
}

/// <summary>The input of <c>ingest</c> holds something that is not a document; the message says where.</summary>
internal sealed class IngestInputException(string message) : Exception(message);
