using System.Text.Json;
using Microsoft.Data.Sqlite;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>
/// The embedded store's durable copy: one SQLite file in WAL mode, a row of JSON per record and one row per document
/// for its mentions. Every plan is written in one transaction, with synchronous=FULL so a commit survives power loss.
/// </summary>
internal sealed class SqliteGraphFile : IDisposable
{
    // 2: rows hold Arabic and Cyrillic as themselves (UTF-8), not \uXXXX escapes (a third of the size); 1 is migrated on open.
    internal const int SchemaVersion = 2;

    // The file is read only by this class, never by a browser, so no character needs escaping beyond what JSON requires.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
    private readonly SqliteConnection _connection;

    private SqliteGraphFile(SqliteConnection connection) => _connection = connection;

    /// <summary>Test hook: runs after a plan's statements and before its commit, so a test can fail a batch half-way.</summary>
    internal Action? BeforeCommit { get; set; }

    public static SqliteGraphFile Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, json TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS entities (id TEXT PRIMARY KEY, json TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS relationships (id TEXT PRIMARY KEY, json TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS mentions (id TEXT PRIMARY KEY, json TEXT NOT NULL); -- id: the document's
            """);
        using var version = connection.CreateCommand();
        version.CommandText = "INSERT INTO meta (key, value) VALUES ('schema', $v) ON CONFLICT (key) DO NOTHING; SELECT value FROM meta WHERE key = 'schema';";
        version.Parameters.AddWithValue("$v", SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var found = (string)version.ExecuteScalar()!;
        if (found == "1")
        {
            MigrateFromVersion1(connection);
            found = SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (found != SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            connection.Dispose();
            throw new InvalidOperationException($"'{path}' holds graph schema version {found}; this build reads version {SchemaVersion}.");
        }

        return new SqliteGraphFile(connection);
    }

    /// <summary>
    /// Version 1 wrote every non-ASCII character as a \uXXXX escape. Each row is read back and written again without them,
    /// and the version moved on, in one transaction: a crash half-way leaves a version 1 file that migrates on the next open.
    /// </summary>
    private static void MigrateFromVersion1(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Rewrite<Document>(connection, transaction, "documents");
        Rewrite<Entity>(connection, transaction, "entities");
        Rewrite<Relationship>(connection, transaction, "relationships");
        Rewrite<List<Mention>>(connection, transaction, "mentions");
        using var version = connection.CreateCommand();
        version.Transaction = transaction;
        version.CommandText = "UPDATE meta SET value = $v WHERE key = 'schema'";
        version.Parameters.AddWithValue("$v", SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        version.ExecuteNonQuery();
        transaction.Commit();
    }

    private static void Rewrite<T>(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        var rows = new List<(string Id, string Json)>();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = $"SELECT id, json FROM {table}";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), JsonSerializer.Serialize(JsonSerializer.Deserialize<T>(reader.GetString(1), Json), Json)));
            }
        }

        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = $"UPDATE {table} SET json = $json WHERE id = $id";
        var id = update.Parameters.Add("$id", SqliteType.Text);
        var json = update.Parameters.Add("$json", SqliteType.Text);
        foreach (var row in rows)
        {
            id.Value = row.Id;
            json.Value = row.Json;
            update.ExecuteNonQuery();
        }
    }

    public GraphState Load()
    {
        var state = new GraphState();
        var documents = Read<Document>("documents");
        var entities = Read<Entity>("entities");
        var relationships = Read<Relationship>("relationships");
        var mentions = Read<List<Mention>>("mentions");
        var byDocument = mentions.Where(list => list.Count > 0).ToDictionary(list => list[0].DocumentId, list => (IReadOnlyList<Mention>)list, StringComparer.Ordinal);
        state.Apply(new StorePlan(documents, [], entities, [], relationships, [], byDocument, GraphChange.None));
        return state;
    }

    public void Write(StorePlan plan)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var id in plan.RelationshipDeletes)
        {
            Delete(transaction, "relationships", id);
        }

        foreach (var id in plan.EntityDeletes)
        {
            Delete(transaction, "entities", id);
        }

        foreach (var id in plan.DocumentDeletes)
        {
            Delete(transaction, "documents", id);
        }

        foreach (var (documentId, mentions) in plan.MentionReplacements)
        {
            if (mentions.Count == 0)
            {
                Delete(transaction, "mentions", documentId);
            }
            else
            {
                Upsert(transaction, "mentions", documentId, mentions);
            }
        }

        foreach (var document in plan.DocumentUpserts)
        {
            Upsert(transaction, "documents", document.Id, document);
        }

        foreach (var entity in plan.EntityUpserts)
        {
            Upsert(transaction, "entities", entity.Id, entity);
        }

        foreach (var relationship in plan.RelationshipUpserts)
        {
            Upsert(transaction, "relationships", relationship.Id, relationship);
        }

        BeforeCommit?.Invoke();
        transaction.Commit();
    }

    public void Dispose() => _connection.Dispose();

    private List<T> Read<T>(string table)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT json FROM {table} ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(JsonSerializer.Deserialize<T>(reader.GetString(0), Json)!);
        }

        return rows;
    }

    private void Upsert<T>(SqliteTransaction transaction, string table, string id, T value)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} (id, json) VALUES ($id, $json) ON CONFLICT (id) DO UPDATE SET json = excluded.json";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(value, Json));
        command.ExecuteNonQuery();
    }

    private void Delete(SqliteTransaction transaction, string table, string id)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"DELETE FROM {table} WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
