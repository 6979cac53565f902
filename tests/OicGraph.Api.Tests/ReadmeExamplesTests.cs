using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace OicGraph.Api.Tests;

/// <summary>
/// Every curl line of README.md, replayed as written against the seeded API (with the README's own key, change-me),
/// in README order, so the POST's document is there for the DELETE after it: each must answer 2xx.
/// </summary>
public sealed partial class ReadmeExamplesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_curl_example_in_the_readme_answers_2xx()
    {
        using var factory = new OicGraphApiFactory();
        factory.Settings["Api:Keys:0"] = "change-me";
        using var client = factory.CreateClient();
        var examples = CurlLines(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "README.md")));

        Assert.True(examples.Count >= 20, $"only {examples.Count} curl examples found in README.md");
        foreach (var example in examples)
        {
            using var request = ToRequest(Words(example));
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            output.WriteLine($"{(int)response.StatusCode} {example}");
            Assert.True(response.IsSuccessStatusCode, $"README example answered {(int)response.StatusCode}: {example}\n{body}");
        }

        Assert.Contains(examples, e => e.Contains("-X DELETE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_cypher_example_in_the_readme_answers_rows()
    {
        using var factory = new OicGraphApiFactory();
        using var client = factory.CreateClient();
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "README.md"));
        var queries = CypherBlock().Matches(readme)
            .SelectMany(m => m.Groups[1].Value.Split(";\n"))
            .Select(q => string.Join('\n', q.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim().TrimEnd(';'))
            .Where(q => q.Length > 0)
            .ToList();

        Assert.True(queries.Count >= 4, $"only {queries.Count} Cypher examples found in README.md");
        foreach (var query in queries)
        {
            using var response = await client.PostAsJsonAsync("/api/cypher", new { query });
            var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            Assert.True(response.IsSuccessStatusCode, $"README query answered {(int)response.StatusCode}: {query}\n{body}");
            Assert.True(body.GetProperty("rows").GetArrayLength() > 0, $"README query answered no rows: {query}");
        }
    }

    /// <summary>The curl commands of the bash blocks: continuation lines joined, comments dropped, `a; b` split.</summary>
    internal static List<string> CurlLines(string readme)
    {
        var commands = new List<string>();
        foreach (Match block in BashBlock().Matches(readme))
        {
            var joined = block.Groups[1].Value.Replace("\\\n", " ", StringComparison.Ordinal);
            foreach (var line in joined.Split('\n'))
            {
                var code = WithoutComment(line).Trim();
                commands.AddRange(code.Split("; ", StringSplitOptions.TrimEntries).Where(c => c.StartsWith("curl ", StringComparison.Ordinal)));
            }
        }

        return commands;
    }

    private static string WithoutComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }

    /// <summary>Shell words: single quotes literal, double quotes with backslash escapes, otherwise split on blanks.</summary>
    private static List<string> Words(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (c == '\'')
            {
                var end = command.IndexOf('\'', i + 1);
                word.Append(command, i + 1, end - i - 1);
                i = end;
                inWord = true;
            }
            else if (c == '"')
            {
                for (i++; command[i] != '"'; i++)
                {
                    word.Append(command[i] == '\\' ? command[++i] : command[i]);
                }

                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static HttpRequestMessage ToRequest(List<string> words)
    {
        string? method = null;
        string? url = null;
        string? body = null;
        var get = false;
        var query = new List<string>();
        var headers = new List<(string Name, string Value)>();
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-X":
                    method = words[++i];
                    break;
                case "-H":
                    var header = words[++i].Split(':', 2, StringSplitOptions.TrimEntries);
                    headers.Add((header[0], header[1]));
                    break;
                case "-d" or "--data":
                    body = words[++i];
                    break;
                case "--data-urlencode":
                    var pair = words[++i].Split('=', 2);
                    query.Add(pair[0] + "=" + Uri.EscapeDataString(pair[1]));
                    break;
                case "-G":
                    get = true;
                    break;
                case "-OJ" or "-O" or "-J" or "-s" or "-i":
                    break;
                case var word when word.StartsWith("http", StringComparison.Ordinal):
                    url = word;
                    break;
                case var unknown:
                    throw new InvalidOperationException($"the README's curl uses an option this test does not replay: {unknown}");
            }
        }

        var uri = new Uri(url!);
        Assert.Equal("localhost:5080", uri.Authority);
        var target = uri.PathAndQuery + (query.Count == 0 ? "" : (uri.Query.Length == 0 ? "?" : "&") + string.Join('&', query));
        var request = new HttpRequestMessage(new HttpMethod(method ?? (body is null || get ? "GET" : "POST")), target);
        var contentType = headers.FirstOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? "application/x-www-form-urlencoded";
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }

        foreach (var (name, value) in headers.Where(h => !h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            request.Headers.Add(name, value);
        }

        return request;
    }

    [GeneratedRegex("```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex("```cypher\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CypherBlock();
}
