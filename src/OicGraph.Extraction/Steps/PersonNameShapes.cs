using System.Collections.Concurrent;
using OicGraph.Text;

namespace OicGraph.Extraction.Steps;

/// <summary>What a word key is as part of a personal name, for the questions asked of every word.</summary>
[Flags]
internal enum PersonNameShape : byte
{
    None = 0,
    FirstName = 1,
    RussianSurname = 2,
}

/// <summary>
/// <see cref="PersonNameShape"/> per word key, read once per resources: people-patterns asks it of every word of every
/// document, and the surname test walks every stem of the word against every ending (a dozen stems, five endings),
/// while a document's words are mostly the same few thousand keys.
/// </summary>
internal sealed class PersonNameShapes
{
    private readonly ConcurrentDictionary<string, PersonNameShape> _shapes = WordCaches.Create<PersonNameShape>();

    // Bounded as the stem cache is, by a counter: ConcurrentDictionary.Count takes every lock.
    private int _count;

    public bool TryGet(string key, out PersonNameShape shape) => _shapes.TryGetValue(key, out shape);

    public void Add(string key, PersonNameShape shape)
    {
        if (Volatile.Read(ref _count) < 200_000 && _shapes.TryAdd(key, shape))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
