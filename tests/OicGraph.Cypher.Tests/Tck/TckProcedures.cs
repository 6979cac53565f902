using System.Text.RegularExpressions;
using OicGraph.Cypher.Procedures;

namespace OicGraph.Cypher.Tests.Tck;

/// <summary>Builds the table-backed procedures of "there exists a procedure name(in :: T) :: (out :: T):" steps.</summary>
internal static partial class TckProcedures
{
    [GeneratedRegex(@"^there exists a procedure (?<name>[\w.]+)\((?<in>[^)]*)\)\s*::\s*\((?<out>[^)]*)\)\s*:$")]
    private static partial Regex Signature();

    public static CypherProcedure? Parse(TckStep step)
    {
        var match = Signature().Match(step.Text);
        if (!match.Success)
        {
            return null;
        }

        var inputs = Parameters(match.Groups["in"].Value);
        var outputs = Parameters(match.Groups["out"].Value);
        var header = step.Table.Count > 0 ? step.Table[0] : [];
        var rows = step.Table.Skip(1).Select(r => r.Select(TckValues.Parse).ToList()).ToList();
        return new CypherProcedure(match.Groups["name"].Value, inputs, outputs, args => rows
            .Where(r => inputs.Select((p, i) => Same(r[Column(header, p.Name)], args[i])).All(same => same))
            .Select(r => (IReadOnlyList<object?>)outputs.Select(o => r[Column(header, o.Name)]).ToList())
            .ToList());
    }

    private static List<CypherProcedureParameter> Parameters(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split("::", StringSplitOptions.TrimEntries))
            .Select(p => new CypherProcedureParameter(p[0], p[1]))
            .ToList();

    private static int Column(IReadOnlyList<string> header, string name) => header.ToList().IndexOf(name);

    private static bool Same(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (long or double, long or double) => Convert.ToDouble(expected, System.Globalization.CultureInfo.InvariantCulture)
            == Convert.ToDouble(actual, System.Globalization.CultureInfo.InvariantCulture),
        _ => Equals(expected, actual),
    };
}
