using System.Text.Json;
using Microsoft.Data.Sqlite;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>
/// The embedded store's durable copy: one SQLite file in WAL mode, a row of JSON per record, one row per document for its
/// mentions and one row per piece of evidence (fact, document, span). Every plan is written in one transaction, with
/// synchronous=FULL so a commit survives power loss.
/// </summary>
internal sealed class SqliteGraphFile : IDisposable
{
    // 2: rows hold Arabic and Cyrillic as themselves (UTF-8), not \uXXXX escapes (a third of the size).
    // 3: evidence in its own rows, so a document stating a known fact adds its rows instead of rewriting the fact's whole
    //    evidence (which grew with every document: O(documents²) bytes over a corpus). Older files are migrated on open.
    internal const int SchemaVersion = 3;

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
            CREATE TABLE IF NOT EXISTS evidence (
                relationship TEXT NOT NULL, document TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                sentence INTEGER NOT NULL, text TEXT NOT NULL,
                PRIMARY KEY (relationship, document, span_start, span_end, sentence)) WITHOUT ROWID;
            """);
        using var version = connection.CreateCommand();
        version.CommandText = "INSERT INTO meta (key, value) VALUES ('schema', $v) ON CONFLICT (key) DO NOTHING; SELECT value FROM meta WHERE key = 'schema';";
        version.Parameters.AddWithValue("$v", SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var found = (string)version.ExecuteScalar()!;
        if (found == "1")
        {
            MigrateFromVersion1(connection);
            found = "2";
        }

        if (found == "2")
        {
            MigrateFromVersion2(connection);
            found = "3";
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
        Rewrite<Document>(connection, transaction, "documents", d => d);
        Rewrite<Entity>(connection, transaction, "entities", e => e);
        Rewrite<Relationship>(connection, transaction, "relationships", r => r);
        Rewrite<List<Mention>>(connection, transaction, "mentions", m => m);
        SetVersion(connection, transaction, 2);
        transaction.Commit();
    }

    /// <summary>
    /// Version 2 kept each fact's evidence inside its JSON row. The evidence moves to its own rows and the fact's row is
    /// written again without it, in one transaction, as version 1 is migrated.
    /// </summary>
    private static void MigrateFromVersion2(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = new EvidenceCommands(connection, transaction);
        Rewrite<Relationship>(connection, transaction, "relationships", relationship =>
        {
            insert.Add(relationship.Id, relationship.Evidence);
            return relationship with { Evidence = [] };
        });
        SetVersion(connection, transaction, 3);
        transaction.Commit();
    }

    private static void SetVersion(SqliteConnection connection, SqliteTransaction transaction, int schemaVersion)
    {
        using var version = connection.CreateCommand();
        version.Transaction = transaction;
        version.CommandText = "UPDATE meta SET value = $v WHERE key = 'schema'";
        version.Parameters.AddWithValue("$v", schemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        version.ExecuteNonQuery();
    }

    private static void Rewrite<T>(SqliteConnection connection, SqliteTransaction transaction, string table, Func<T, T> change)
    {
        var rows = new List<(string Id, string Json)>();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = $"SELECT id, json FROM {table}";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), JsonSerializer.Serialize(change(JsonSerializer.Deserialize<T>(reader.GetString(1), Json)!), Json)));
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

        // Each row's strings are new instances: mentions and evidence share their document's id (and mentions the
        // state's names) instead, as they do when written.
        var documentIds = documents.ToDictionary(d => d.Id, d => d.Id, StringComparer.Ordinal);
        var entities = Read<Entity>("entities");
        var evidence = ReadEvidence(documentIds);
        var relationships = Read<Relationship>("relationships")
            .Select(r => r with { Evidence = evidence.TryGetValue(r.Id, out var list) ? list : [] })
            .ToList();
        var mentions = Read<List<Mention>>("mentions");
        var byDocument = mentions.Where(list => list.Count > 0).ToDictionary(
            list => list[0].DocumentId,
            list => (IReadOnlyList<Mention>)[.. list.Select(m => state.Share(m, documentIds.GetValueOrDefault(m.DocumentId)))],
            StringComparer.Ordinal);
        state.Apply(new StorePlan(documents, [], entities, [], relationships, [], byDocument, GraphChange.None, []));
        return state;
    }

    /// <summary>Each fact's evidence in the order <see cref="GraphMerge"/> keeps it: by document (ordinal), then span.</summary>
    private Dictionary<string, IReadOnlyList<Evidence>> ReadEvidence(Dictionary<string, string> documentIds)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT relationship, document, span_start, span_end, text, sentence FROM evidence";
        using var reader = command.ExecuteReader();
        var byRelationship = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var relationship = reader.GetString(0);
            if (!byRelationship.TryGetValue(relationship, out var list))
            {
                byRelationship[relationship] = list = [];
            }

            var document = reader.GetString(1);
            list.Add(new Evidence(documentIds.GetValueOrDefault(document, document), reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4), reader.GetInt32(5)));
        }

        // SQLite orders text by its UTF-8 bytes, .NET's ordinal by UTF-16 units; the two differ past U+FFFF, so sort here.
        return byRelationship.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<Evidence>)[.. pair.Value.OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End).ThenBy(e => e.Sentence)],
            StringComparer.Ordinal);
    }

    public void Write(StorePlan plan)
    {
        using var transaction = _connection.BeginTransaction();
        using var evidence = new EvidenceCommands(_connection, transaction);
        foreach (var id in plan.RelationshipDeletes)
        {
            Delete(transaction, "relationships", id);
            evidence.DeleteAll(id);
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

        var created = plan.Change.RelationshipsCreated.ToHashSet(StringComparer.Ordinal);
        foreach (var relationship in plan.RelationshipUpserts)
        {
            Upsert(transaction, "relationships", relationship.Id, relationship with { Evidence = [] });
            if (created.Contains(relationship.Id))
            {
                evidence.DeleteAll(relationship.Id);
                evidence.Add(relationship.Id, relationship.Evidence);
                continue;
            }

            // A known fact: only the written documents' evidence can have changed (see StorePlan.EvidenceDocuments).
            foreach (var documentId in plan.EvidenceDocuments)
            {
                evidence.Delete(relationship.Id, documentId);
                var (start, count) = EvidenceRanges.Of(relationship.Evidence, documentId);
                for (var i = start; i < start + count; i++)
                {
                    evidence.Add(relationship.Id, relationship.Evidence[i]);
                }
            }
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

    /// <summary>The evidence table's statements, prepared once per transaction and bound per row.</summary>
    private sealed class EvidenceCommands : IDisposable
    {
        private readonly SqliteCommand _insert;
        private readonly SqliteCommand _delete;
        private readonly SqliteCommand _deleteAll;

        public EvidenceCommands(SqliteConnection connection, SqliteTransaction transaction)
        {
            _insert = Command(connection, transaction, "INSERT INTO evidence (relationship, document, span_start, span_end, sentence, text) VALUES ($r, $d, $s, $e, $n, $t)", "$r", "$d", "$s", "$e", "$n", "$t");
            _delete = Command(connection, transaction, "DELETE FROM evidence WHERE relationship = $r AND document = $d", "$r", "$d");
            _deleteAll = Command(connection, transaction, "DELETE FROM evidence WHERE relationship = $r", "$r");
        }

        public void Add(string relationshipId, IEnumerable<Evidence> evidence)
        {
            foreach (var item in evidence)
            {
                Add(relationshipId, item);
            }
        }

        public void Add(string relationshipId, Evidence evidence) =>
            Run(_insert, relationshipId, evidence.DocumentId, evidence.Start, evidence.End, evidence.Sentence, evidence.Text);

        public void Delete(string relationshipId, string documentId) => Run(_delete, relationshipId, documentId);

        public void DeleteAll(string relationshipId) => Run(_deleteAll, relationshipId);

        public void Dispose()
        {
            _insert.Dispose();
            _delete.Dispose();
            _deleteAll.Dispose();
        }

        private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in names)
            {
                // No declared type: each value binds as what it is (text or integer).
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            return command;
        }

        private static void Run(SqliteCommand command, params object[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }

            command.ExecuteNonQuery();
        }
    }
}
