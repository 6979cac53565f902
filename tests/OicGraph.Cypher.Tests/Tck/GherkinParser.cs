namespace OicGraph.Cypher.Tests.Tck;

/// <summary>Just enough Gherkin for the TCK: scenarios, outlines with examples, doc strings and tables.</summary>
internal static class GherkinParser
{
    private const string BackgroundName = "\u0000background";

    private static readonly string[] StepKeywords = ["Given", "When", "Then", "And", "But"];

    public static List<TckScenario> Parse(string folder, string path)
    {
        var lines = File.ReadAllLines(path);
        var feature = Path.GetFileNameWithoutExtension(path);
        var scenarios = new List<TckScenario>();
        string? name = null;
        var outline = false;
        var steps = new List<TckStep>();
        var examples = new List<List<string>>();
        var inExamples = false;
        var background = new List<TckStep>();

        void Flush()
        {
            if (name is null)
            {
                return;
            }

            if (name == BackgroundName)
            {
                background = steps;
            }
            else if (!outline)
            {
                scenarios.Add(new TckScenario(folder, feature, name, steps));
            }
            else if (examples.Count > 1)
            {
                var header = examples[0];
                foreach (var row in examples.Skip(1))
                {
                    string Sub(string s)
                    {
                        for (var i = 0; i < header.Count; i++)
                        {
                            s = s.Replace("<" + header[i] + ">", row[i], StringComparison.Ordinal);
                        }

                        return s;
                    }

                    var expanded = steps.Select(st => new TckStep(
                        st.Keyword,
                        Sub(st.Text),
                        st.DocString is null ? null : Sub(st.DocString),
                        st.Table.Select(r => (IReadOnlyList<string>)r.Select(Sub).ToList()).ToList())).ToList();
                    scenarios.Add(new TckScenario(folder, feature, Sub(name) + " | " + string.Join(", ", row), expanded));
                }
            }

            name = null;
            steps = [];
            examples = [];
            inExamples = false;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('@'))
            {
                continue;
            }

            if (line.StartsWith("Scenario Outline:", StringComparison.Ordinal) || line.StartsWith("Scenario:", StringComparison.Ordinal))
            {
                Flush();
                outline = line.StartsWith("Scenario Outline:", StringComparison.Ordinal);
                name = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                steps = [.. background];
                continue;
            }

            if (line.StartsWith("Background:", StringComparison.Ordinal))
            {
                Flush();
                outline = false;
                name = BackgroundName;
                continue;
            }

            if (line.StartsWith("Examples:", StringComparison.Ordinal))
            {
                // Several Examples blocks share one header each; keep only data rows after the first header.
                inExamples = true;
                if (examples.Count > 0)
                {
                    i++;
                    while (i < lines.Length && !lines[i].Trim().StartsWith('|'))
                    {
                        i++;
                    }
                }

                continue;
            }

            if (line.StartsWith('|'))
            {
                var cells = SplitRow(line);
                if (inExamples)
                {
                    examples.Add(cells);
                }
                else if (steps.Count > 0)
                {
                    var last = steps[^1];
                    steps[^1] = last with { Table = [.. last.Table, cells] };
                }

                continue;
            }

            if (line.StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                var indent = lines[i].IndexOf('"', StringComparison.Ordinal);
                var doc = new List<string>();
                i++;
                while (i < lines.Length && !lines[i].Trim().StartsWith("\"\"\"", StringComparison.Ordinal))
                {
                    var raw = lines[i];
                    doc.Add(raw.Length >= indent && raw[..indent].Trim().Length == 0 ? raw[indent..] : raw.TrimStart());
                    i++;
                }

                if (steps.Count > 0)
                {
                    steps[^1] = steps[^1] with { DocString = string.Join('\n', doc) };
                }
                continue;
            }

            var keyword = StepKeywords.FirstOrDefault(k => line.StartsWith(k + " ", StringComparison.Ordinal));
            if (keyword is not null && name is not null)
            {
                inExamples = false;
                steps.Add(new TckStep(keyword, line[(keyword.Length + 1)..].Trim(), null, []));
            }
        }

        Flush();
        return scenarios;
    }

    private static List<string> SplitRow(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var inner = line.Trim();
        inner = inner[1..];
        if (inner.EndsWith('|'))
        {
            inner = inner[..^1];
        }

        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (c == '\\' && i + 1 < inner.Length && inner[i + 1] is '|' or '\\')
            {
                current.Append(inner[i + 1]);
                i++;
            }
            else if (c == '|')
            {
                cells.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString().Trim());
        return cells;
    }
}
