namespace OicGraph.Api.Validation;

/// <summary>
/// Enum values from query strings by name only. <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> also takes
/// numbers (<c>type=999</c>, <c>direction=99</c>) and comma lists that OR values together; a client must name a member.
/// </summary>
internal static class NamedEnum
{
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        return !string.IsNullOrEmpty(text)
            && text.All(c => char.IsAsciiLetter(c) || c == '_')
            && Enum.TryParse(text, ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }

    public static bool IsName<T>(string? text)
        where T : struct, Enum => TryParse<T>(text, out _);

    public static T Parse<T>(string text)
        where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new ArgumentException($"'{text}' is not a {typeof(T).Name}.", nameof(text));
}
