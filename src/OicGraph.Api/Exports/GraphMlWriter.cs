using System.Text;
using System.Xml;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Exports;

/// <summary>GraphML for Gephi and yEd: names in every script and the first evidence of each edge as attributes.</summary>
internal static class GraphMlWriter
{
    private static readonly (string Id, string For, string Name)[] Keys =
    [
        ("type", "node", "type"), ("name", "node", "label"), ("en", "node", "name_en"), ("kkCyrl", "node", "name_kk_Cyrl"),
        ("kkLatn", "node", "name_kk_Latn"), ("kkArab", "node", "name_kk_Arab"), ("properties", "node", "properties"),
        ("relation", "edge", "type"), ("edgeProperties", "edge", "properties"), ("evidence", "edge", "evidence"), ("sources", "edge", "sources"),
    ];

    public static byte[] Write(GraphSlice slice)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
            foreach (var (id, @for, name) in Keys)
            {
                xml.WriteStartElement("key");
                xml.WriteAttributeString("id", id);
                xml.WriteAttributeString("for", @for);
                xml.WriteAttributeString("attr.name", name);
                xml.WriteAttributeString("attr.type", "string");
                xml.WriteEndElement();
            }

            xml.WriteStartElement("graph");
            xml.WriteAttributeString("id", "oicgraph");
            xml.WriteAttributeString("edgedefault", "directed");
            foreach (var entity in slice.Entities)
            {
                xml.WriteStartElement("node");
                xml.WriteAttributeString("id", entity.Id);
                Data(xml, "type", entity.Type.ToString());
                Data(xml, "name", entity.Name);
                Data(xml, "en", entity.Names.GetValueOrDefault(NameScripts.English));
                Data(xml, "kkCyrl", entity.Names.GetValueOrDefault(NameScripts.KazakhCyrillic));
                Data(xml, "kkLatn", entity.Names.GetValueOrDefault(NameScripts.KazakhLatin));
                Data(xml, "kkArab", entity.Names.GetValueOrDefault(NameScripts.KazakhArabic));
                Data(xml, "properties", Flatten(entity.Properties));
                xml.WriteEndElement();
            }

            foreach (var relationship in slice.Relationships)
            {
                xml.WriteStartElement("edge");
                xml.WriteAttributeString("id", relationship.Id);
                xml.WriteAttributeString("source", relationship.SourceId);
                xml.WriteAttributeString("target", relationship.TargetId);
                Data(xml, "relation", relationship.Type.Name());
                Data(xml, "edgeProperties", Flatten(relationship.Properties));
                Data(xml, "evidence", relationship.Evidence.Count > 0 ? relationship.Evidence[0].Text : null);
                Data(xml, "sources", string.Join(" ", relationship.Evidence.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal)));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary><c>since=1992; role=chair</c>: one readable cell for tools that want flat attributes.</summary>
    public static string Flatten(IReadOnlyDictionary<string, string> properties) =>
        string.Join("; ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
