using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using OicGraph.Graph.Contract;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded.Tests;

/// <summary>
/// Rows are stored as UTF-8 text with each fact's evidence in rows of its own; a version 1 file (every non-ASCII character
/// a \u escape, evidence inside the fact's row) and a version 2 file (evidence inside the fact's row) are migrated on open.
/// </summary>
public sealed class SchemaMigrationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string DatabasePath => Path.Combine(_directory.Path, EmbeddedGraphOptions.FileName);

    [Fact]
    public async Task Rows_hold_arabic_as_itself_without_escapes()
    {
        using (var store = EmbeddedGraphStore.Open(_directory.Path))
        {
            await store.ApplyAsync(TestGraphs.Interview());
        }

        var rows = ReadRows();
        Assert.Contains(rows, r => r.Json.Contains("قازاقستان", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Json.Contains("\\u", StringComparison.Ordinal));
        Assert.Equal(SqliteGraphFile.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar("SELECT value FROM meta WHERE key = 'schema'"));
    }

    [Fact]
    public async Task A_version_1_file_is_rewritten_without_escapes_and_reads_back_the_same_graph()
    {
        using (var store = EmbeddedGraphStore.Open(_directory.Path))
        {
            await store.ApplyAsync(TestGraphs.Interview());
            await store.ApplyAsync(TestGraphs.Reference());
        }

        DowngradeToVersion2();
        DowngradeToVersion1();
        Assert.Contains(ReadRows(), r => r.Json.Contains("\\u0642", StringComparison.Ordinal));

        using (var migrated = EmbeddedGraphStore.Open(_directory.Path))
        {
            var stats = await migrated.GetStatsAsync();
            Assert.Equal((6, 6, 2, 11), (stats.Entities, stats.Relationships, stats.Documents, stats.Mentions));
            Assert.Equal("قازاقستان", (await migrated.GetEntityAsync("kazakhstan"))!.Names[NameScripts.KazakhArabic]);
            Assert.Equal(TestGraphs.InterviewText, (await migrated.GetDocumentAsync("interview"))!.Text);
            Assert.True((await migrated.ApplyAsync(TestGraphs.Interview())).IsEmpty);
        }

        Assert.Equal("3", Scalar("SELECT value FROM meta WHERE key = 'schema'"));
        Assert.DoesNotContain(ReadRows(), r => r.Json.Contains("\\u", StringComparison.Ordinal));
        Assert.Equal("6", Scalar("SELECT CAST(count(*) AS TEXT) FROM evidence"));
    }

    [Fact]
    public async Task A_version_2_file_has_its_evidence_moved_to_rows_and_reads_back_the_same_graph()
    {
        Relationship[] before;
        using (var store = EmbeddedGraphStore.Open(_directory.Path))
        {
            await store.ApplyAsync(TestGraphs.Interview());
            await store.ApplyAsync(TestGraphs.Reference());
            await store.ApplyAsync(TestGraphs.Summit());
            before = [.. (await store.ListRelationshipsAsync(new RelationshipQuery(Limit: 100))).Items];
        }

        DowngradeToVersion2();
        Assert.Contains(ReadRows(), r => r.Table == "relationships" && r.Json.Contains("Kazakhstan joined the OIC in 1992.", StringComparison.Ordinal));

        using (var migrated = EmbeddedGraphStore.Open(_directory.Path))
        {
            var after = (await migrated.ListRelationshipsAsync(new RelationshipQuery(Limit: 100))).Items;
            Assert.Equal(before.Length, after.Count);
            foreach (var (expected, actual) in before.Zip(after))
            {
                Assert.True(GraphMerge.Same(expected, actual), $"{expected.Id} differs after the migration");
            }

            Assert.True((await migrated.ApplyAsync(TestGraphs.Summit())).IsEmpty);
        }

        Assert.Equal("3", Scalar("SELECT value FROM meta WHERE key = 'schema'"));
        Assert.Equal(before.Sum(r => r.Evidence.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar("SELECT CAST(count(*) AS TEXT) FROM evidence"));
        Assert.All(ReadRows().Where(r => r.Table == "relationships"), r => Assert.Contains("\"evidence\":[]", r.Json, StringComparison.Ordinal));
    }

    public void Dispose() => _directory.Dispose();

    // What version 2 wrote: each fact's evidence inside its JSON row, and no evidence table.
    private void DowngradeToVersion2()
    {
        using var connection = Connect();
        var evidence = new Dictionary<string, JsonArray>(StringComparer.Ordinal);
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT relationship, document, span_start, span_end, text, sentence FROM evidence ORDER BY relationship, document, span_start, span_end";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                if (!evidence.TryGetValue(reader.GetString(0), out var list))
                {
                    evidence[reader.GetString(0)] = list = [];
                }

                list.Add(new JsonObject
                {
                    ["documentId"] = reader.GetString(1),
                    ["start"] = reader.GetInt32(2),
                    ["end"] = reader.GetInt32(3),
                    ["text"] = reader.GetString(4),
                    ["sentence"] = reader.GetInt32(5),
                });
            }
        }

        foreach (var (table, id, json) in ReadRows().Where(r => r.Table == "relationships"))
        {
            var row = JsonNode.Parse(json)!;
            row["evidence"] = evidence[id];
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE relationships SET json = $json WHERE id = $id";
            update.Parameters.AddWithValue("$id", id);
            update.Parameters.AddWithValue("$json", row.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            update.ExecuteNonQuery();
        }

        using var drop = connection.CreateCommand();
        drop.CommandText = "DROP TABLE evidence; UPDATE meta SET value = '2' WHERE key = 'schema';";
        drop.ExecuteNonQuery();
    }

    // What version 1 wrote: System.Text.Json's default encoder, which escapes everything outside Basic Latin.
    private void DowngradeToVersion1()
    {
        var rows = ReadRows();
        using var connection = Connect();
        foreach (var (table, id, json) in rows)
        {
            using var update = connection.CreateCommand();
            update.CommandText = $"UPDATE {table} SET json = $json WHERE id = $id";
            update.Parameters.AddWithValue("$id", id);
            update.Parameters.AddWithValue("$json", JsonNode.Parse(json)!.ToJsonString());
            update.ExecuteNonQuery();
        }

        using var version = connection.CreateCommand();
        version.CommandText = "UPDATE meta SET value = '1' WHERE key = 'schema'";
        version.ExecuteNonQuery();
    }

    private List<(string Table, string Id, string Json)> ReadRows()
    {
        using var connection = Connect();
        var rows = new List<(string, string, string)>();
        foreach (var table in new[] { "documents", "entities", "relationships", "mentions" })
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT id, json FROM {table}";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((table, reader.GetString(0), reader.GetString(1)));
            }
        }

        return rows;
    }

    private string Scalar(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
