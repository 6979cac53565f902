using Microsoft.Data.Sqlite;
using OicGraph.Graph.Contract;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded.Tests;

public sealed class DurabilityTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task A_reopened_store_has_everything_that_was_written()
    {
        using (var store = EmbeddedGraphStore.Open(_directory.Path))
        {
            await store.ApplyAsync(TestGraphs.Interview());
            await store.ApplyAsync(TestGraphs.Reference());
            await store.ApplyAsync(TestGraphs.Summit());
            await store.DeleteDocumentAsync("summit");
        }

        using var reopened = EmbeddedGraphStore.Open(_directory.Path);

        var stats = await reopened.GetStatsAsync();
        Assert.Equal((6, 6, 2, 11), (stats.Entities, stats.Relationships, stats.Documents, stats.Mentions));
        var kazakhstan = await reopened.GetEntityAsync("kazakhstan");
        Assert.Equal("Қазақстан", kazakhstan!.Names[NameScripts.KazakhCyrillic]);
        Assert.Equal(EntityType.Country, kazakhstan.Type);
        var fact = await reopened.GetRelationshipAsync("kazakhstan--member-of--oic--since-1995");
        Assert.Equal("Kazakhstan,1995", Assert.Single(fact!.Evidence).Text);
        Assert.Null(await reopened.GetEntityAsync("astana"));
        Assert.Equal(TestGraphs.InterviewText, (await reopened.GetDocumentAsync("interview"))!.Text);
        Assert.True((await reopened.ApplyAsync(TestGraphs.Interview())).IsEmpty);
    }

    [Fact]
    public async Task A_batch_that_fails_half_way_leaves_nothing_behind_in_memory_or_on_disk()
    {
        using (var store = EmbeddedGraphStore.Open(_directory.Path))
        {
            await store.ApplyAsync(TestGraphs.Interview());
            store.File.BeforeCommit = () => throw new IOException("disk full");

            await Assert.ThrowsAsync<IOException>(() => store.ApplyAsync(TestGraphs.Summit()));

            Assert.Null(await store.GetDocumentAsync("summit"));
            Assert.Null(await store.GetEntityAsync("astana"));
            Assert.Equal(8, (await store.GetStatsAsync()).Mentions);
            store.File.BeforeCommit = null;
            Assert.Equal(2, (await store.ApplyAsync(TestGraphs.Summit())).EntitiesCreated.Count);
            store.File.BeforeCommit = () => throw new IOException("disk full");
            await Assert.ThrowsAsync<IOException>(() => store.DeleteDocumentAsync("summit"));
        }

        using var reopened = EmbeddedGraphStore.Open(_directory.Path);
        var stats = await reopened.GetStatsAsync();
        Assert.Equal((8, 6, 2, 12), (stats.Entities, stats.Relationships, stats.Documents, stats.Mentions));
    }

    [Fact]
    public async Task A_copy_of_the_files_taken_while_the_store_runs_opens_with_every_committed_batch()
    {
        // Copying the database and its write-ahead log while the store holds them open is what a crash leaves behind.
        using var store = EmbeddedGraphStore.Open(_directory.Path);
        await store.ApplyAsync(TestGraphs.Interview());
        await store.ApplyAsync(TestGraphs.Summit());
        using var crashed = new TempDirectory();
        // The database and its log: the lock file holds no data (a crash releases the lock; its file may stay behind).
        foreach (var file in Directory.GetFiles(_directory.Path).Where(f => Path.GetFileName(f) != DataDirectoryLock.FileName))
        {
            File.Copy(file, Path.Combine(crashed.Path, Path.GetFileName(file)));
        }

        await File.WriteAllTextAsync(Path.Combine(crashed.Path, DataDirectoryLock.FileName), "");

        using var recovered = EmbeddedGraphStore.Open(crashed.Path);

        var stats = await recovered.GetStatsAsync();
        Assert.Equal((8, 6, 2, 12), (stats.Entities, stats.Relationships, stats.Documents, stats.Mentions));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task The_database_is_in_write_ahead_log_mode()
    {
        using (var store = EmbeddedGraphStore.Open(_directory.Path))
        {
            await store.ApplyAsync(TestGraphs.Interview());
        }

        using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory.Path, EmbeddedGraphOptions.FileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void A_file_from_another_schema_version_is_refused_with_a_clear_message()
    {
        var path = Path.Combine(_directory.Path, EmbeddedGraphOptions.FileName);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema', '99');";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => EmbeddedGraphStore.Open(_directory.Path));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();
}
