using System.IO.Compression;
using System.Text;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Exports;

/// <summary>Nodes and edges tables as Gephi's spreadsheet import expects them (Id, Label; Source, Target, Type), RFC 4180 quoting.</summary>
internal static class CsvGraphWriter
{
    public static string Nodes(GraphSlice slice)
    {
        var csv = new StringBuilder("Id,Label,Type,name_en,name_kk_Cyrl,name_kk_Latn,name_kk_Arab,properties\r\n");
        foreach (var e in slice.Entities)
        {
            Row(csv, e.Id, e.Name, e.Type.ToString(), e.Names.GetValueOrDefault(NameScripts.English), e.Names.GetValueOrDefault(NameScripts.KazakhCyrillic),
                e.Names.GetValueOrDefault(NameScripts.KazakhLatin), e.Names.GetValueOrDefault(NameScripts.KazakhArabic), GraphMlWriter.Flatten(e.Properties));
        }

        return csv.ToString();
    }

    public static string Edges(GraphSlice slice)
    {
        var csv = new StringBuilder("Id,Source,Target,Type,Label,properties,evidence,sources\r\n");
        foreach (var r in slice.Relationships)
        {
            Row(csv, r.Id, r.SourceId, r.TargetId, "Directed", r.Type.Name(), GraphMlWriter.Flatten(r.Properties), (r.Evidence.Count > 0 ? r.Evidence[0].Text : null),
                string.Join(" ", r.Evidence.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal)));
        }

        return csv.ToString();
    }

    public static byte[] Zip(GraphSlice slice)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "nodes.csv", Nodes(slice));
            Add(zip, "edges.csv", Edges(slice));
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var entry = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        entry.Write(content);
    }

    private static void Row(StringBuilder csv, params string?[] cells)
    {
        csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
    }

    private static string Quote(string? cell) =>
        cell is null ? "" : cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
