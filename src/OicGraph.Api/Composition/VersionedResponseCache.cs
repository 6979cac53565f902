using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OicGraph.Api.Composition;

/// <summary>
/// Bodies of GET answers for one store version, keyed like their ETag (URL and Accept). A lookup for any other version
/// misses, and the first entry for a newer version drops every older one, so a write is never hidden by the cache.
/// Lookups take no lock; adds (one per URL per version) take one to keep the byte bound exact.
/// </summary>
internal sealed class VersionedResponseCache(IOptions<ResponseCacheOptions> options)
{
    private readonly ResponseCacheOptions _options = options.Value;
    private readonly Lock _gate = new();
    private volatile Generation _current = new(string.Empty);

    public bool Enabled => _options.MaxBytes > 0;

    public int MaxEntryBytes => (int)Math.Min(_options.MaxEntryBytes, _options.MaxBytes);

    /// <summary>Bytes held now (for tests and diagnostics).</summary>
    public long Bytes => _current.Bytes;

    public bool TryGet(string version, string key, out CachedResponse response)
    {
        var generation = _current;
        if (generation.Version == version && generation.Entries.TryGetValue(key, out var found))
        {
            response = found;
            return true;
        }

        response = null!;
        return false;
    }

    /// <summary>Keeps a body computed wholly at <paramref name="version"/>, which must be the store's current one.</summary>
    public void Add(string version, string key, CachedResponse response)
    {
        var size = response.Body.Length + key.Length * sizeof(char);
        if (!Enabled || size > _options.MaxBytes)
        {
            return;
        }

        lock (_gate)
        {
            if (_current.Version != version)
            {
                // The caller checked that this is the store's version now, so the old generation is stale for good.
                _current = new Generation(version);
            }

            var generation = _current;
            if (!generation.Entries.TryAdd(key, response))
            {
                return;
            }

            generation.Order.Enqueue((key, size));
            generation.Bytes += size;
            while (generation.Bytes > _options.MaxBytes && generation.Order.TryDequeue(out var oldest))
            {
                generation.Entries.TryRemove(oldest.Key, out _);
                generation.Bytes -= oldest.Size;
            }
        }
    }

    private sealed class Generation(string version)
    {
        public string Version { get; } = version;

        public ConcurrentDictionary<string, CachedResponse> Entries { get; } = new(StringComparer.Ordinal);

        public Queue<(string Key, int Size)> Order { get; } = new();

        public long Bytes { get; set; }
    }
}
