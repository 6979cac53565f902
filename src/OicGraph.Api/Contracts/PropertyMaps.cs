using OicGraph.Graph;

namespace OicGraph.Api.Contracts;

/// <summary>Typed graph properties as a JSON object: strings, integers and the years derived from dates, in name order.</summary>
internal static class PropertyMaps
{
    public static IReadOnlyDictionary<string, object> Of(IEnumerable<TypedProperty> properties)
    {
        var map = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            map.TryAdd(property.Name, property.Value);
        }

        return map;
    }
}
