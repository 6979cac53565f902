using OicGraph.Extraction.Contract;

namespace OicGraph.Extraction.Tests;

/// <summary>
/// The contract's names and properties are written in ordinal key order and read by key: the array map that replaced a
/// SortedDictionary copy must give the same order and the same answers.
/// </summary>
public sealed class SortedStringMapTests
{
    private static readonly SortedDictionary<string, string> Properties = new(StringComparer.Ordinal)
    {
        ["role"] = "Secretary General",
        ["nameSource"] = "transliterated",
        ["iso3"] = "KAZ",
        ["Name"] = "upper case sorts first in ordinal order",
    };

    [Fact]
    public void Enumerates_in_the_source_dictionarys_order()
    {
        Assert.Equal(Properties.ToList(), SortedStringMap.Of(Properties).ToList());
    }

    [Fact]
    public void Sorts_pairs_given_out_of_order()
    {
        var map = SortedStringMap.Sorted([new("kk-Latn", "Qazaqstan"), new("en", "Kazakhstan"), new("kk-Cyrl", "Қазақстан"), new("kk-Arab", "قازاقستان")]);
        Assert.Equal(["en", "kk-Arab", "kk-Cyrl", "kk-Latn"], map.Keys);
        Assert.Equal(["Kazakhstan", "قازاقستان", "Қазақстан", "Qazaqstan"], map.Values);
    }

    [Theory]
    [InlineData("role", "Secretary General")]
    [InlineData("nameSource", "transliterated")]
    [InlineData("iso3", "KAZ")]
    [InlineData("Name", "upper case sorts first in ordinal order")]
    public void Finds_every_key(string key, string expected)
    {
        var map = SortedStringMap.Of(Properties);
        Assert.True(map.TryGetValue(key, out var value));
        Assert.Equal(expected, value);
        Assert.Equal(expected, map[key]);
        Assert.True(map.ContainsKey(key));
    }

    [Theory]
    [InlineData("name")]    // ordinal: case matters
    [InlineData("")]
    [InlineData("zzz")]     // after the last key
    [InlineData("AAA")]     // before the first
    [InlineData("j")]       // between two keys
    public void Misses_a_key_it_does_not_hold(string key)
    {
        var map = SortedStringMap.Of(Properties);
        Assert.False(map.TryGetValue(key, out _));
        Assert.False(map.ContainsKey(key));
        Assert.Throws<KeyNotFoundException>(() => map[key]);
    }

    [Fact]
    public void An_empty_map_holds_nothing()
    {
        var map = SortedStringMap.Of(new SortedDictionary<string, string>(StringComparer.Ordinal));
        Assert.False(map.ContainsKey("en"));
        Assert.Empty(map);
    }
}
