namespace OicGraph.Graph;

/// <summary>A patch broke a rule of <see cref="GraphPatchValidator"/>; nothing of it was applied.</summary>
public sealed class InvalidGraphPatchException(IReadOnlyList<string> errors)
    : Exception("The graph patch is invalid: " + string.Join("; ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
