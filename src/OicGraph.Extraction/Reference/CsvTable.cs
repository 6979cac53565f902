using System.Text;

namespace OicGraph.Extraction.Reference;

/// <summary>One row of a reference file and where it sits in the file's text (the row is the evidence of its facts).</summary>
internal sealed record CsvRow(int Line, int Start, int End, IReadOnlyDictionary<string, string> Fields)
{
    public string this[string column] => Fields.TryGetValue(column, out var value) ? value : "";
}

/// <summary>A small RFC 4180 reader: one record per line, double-quoted fields may hold commas.</summary>
internal sealed record CsvTable(string Name, string Text, IReadOnlyList<CsvRow> Rows)
{
    public static CsvTable Parse(string name, string text)
    {
        var rows = new List<CsvRow>();
        string[]? header = null;
        var lineNumber = 0;
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var lineEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            lineNumber++;
            if (lineEnd > start && text[start] != '#')
            {
                var fields = Split(text.AsSpan(start, lineEnd - start));
                if (header is null)
                {
                    header = fields;
                }
                else
                {
                    var map = new Dictionary<string, string>(StringComparer.Ordinal);
                    for (var i = 0; i < header.Length && i < fields.Length; i++)
                    {
                        map[header[i]] = fields[i];
                    }

                    rows.Add(new CsvRow(lineNumber, start, lineEnd, map));
                }
            }

            start = end + 1;
        }

        return new CsvTable(name, text, rows);
    }

    private static string[] Split(ReadOnlySpan<char> line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim());
        return [.. fields];
    }
}
