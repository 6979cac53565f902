using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Tests;

/// <summary>
/// Records keep their properties in one array searched in order (a hash index past 16 keys): it must behave as the
/// dictionary it replaced for every operation the engine uses, small or large, and keep insertion order.
/// </summary>
public sealed class PropertyMapTests
{
    [Theory]
    [InlineData(4)]
    [InlineData(40)]
    public void Sets_replaces_removes_and_looks_up_like_a_dictionary_in_insertion_order(int size)
    {
        var map = new PropertyMap();
        var expected = new List<KeyValuePair<string, object?>>();
        for (var i = 0; i < size; i++)
        {
            map[$"k{i}"] = (long)i;
            expected.Add(new($"k{i}", (long)i));
        }

        map["k1"] = "one";
        expected[1] = new("k1", "one");
        Assert.True(map.Remove("k0"));
        Assert.False(map.Remove("k0"));
        expected.RemoveAt(0);
        map["k0"] = true;
        expected.Add(new("k0", true));

        Assert.Equal(expected, map);
        Assert.Equal(expected.Count, map.Count);
        Assert.Equal(expected.Select(p => p.Key), map.Keys);
        foreach (var (key, value) in expected)
        {
            Assert.True(map.ContainsKey(key));
            Assert.True(map.TryGetValue(key, out var found));
            Assert.Equal(value, found);
            Assert.Equal(value, map.GetValueOrDefault(key));
            Assert.Equal(value, map[key]);
        }

        Assert.False(map.TryGetValue("missing", out _));
        Assert.Null(map.GetValueOrDefault("missing"));
        Assert.Throws<KeyNotFoundException>(() => map["missing"]);
    }

    [Fact]
    public void A_map_sized_up_front_takes_exactly_its_properties_and_still_grows()
    {
        var map = new PropertyMap();
        map.EnsureCapacity(2);
        map["a"] = 1L;
        map["b"] = 2L;
        map["c"] = 3L;
        Assert.Equal(["a", "b", "c"], map.Keys);
        Assert.Equal([1L, 2L, 3L], map.Values);
    }
}
