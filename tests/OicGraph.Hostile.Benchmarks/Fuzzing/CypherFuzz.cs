using CsCheck;
using OicGraph.Cypher;
using OicGraph.Graph.Cypher;

namespace OicGraph.Hostile.Benchmarks.Fuzzing;

/// <summary>
/// Random and mutated Cypher through the parser, the checker and the evaluator, read-only on a graph shaped like
/// OicGraph's. A query may answer or fail with a query error, a refusal or a timeout; anything else (an exception the
/// engine did not mean, a crash, a change to the graph) is a finding, reported with the input and CsCheck's seed.
/// </summary>
public static class CypherFuzz
{
    private static readonly string[] Words =
    [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "AS", "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE",
        "CALL", "YIELD", "EXISTS", "CASE", "WHEN", "THEN", "ELSE", "END", "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "true",
        "false", "ORDER BY", "SKIP", "LIMIT", "DISTINCT", "UNION", "ALL", "STARTS WITH", "CONTAINS", "reduce", "any", "none",
        "single", "shortestPath", "allShortestPaths", "count", "collect", "size", "range", "labels", "type", "keys", "split",
        "substring", "toUpper", "id", "abs", "coalesce", "head", "last", "nodes", "relationships", "length", "toString",
        "toInteger", "toFloat", "properties", "db.labels", "db.propertyKeys", "percentileCont", "stDev", "sqrt", "rand",
        "n", "m", "r", "p", "x", "acc", ":Country", ":Entity", ":Document", ":MEMBER_OF", ":MENTIONS", ".id", ".name",
        ".evidenceText", "`id`", "`MATCH`", "$id", "$list", "$missing",
    ];

    private static readonly string[] Symbols =
    [
        "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "|", "+", "-", "*", "/", "%", "^", "=", "<>", "<", ">", "<=", ">=",
        "=~", "..", "->", "<-", "--", "-[", "]->", "*..", "*1..3", "/*", "*/", "//", "\n", "'", "\"", "`", "\\",
    ];

    private static readonly string[] Literals =
    [
        "0", "1", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e308", "1e309", "0x7F", "0o17",
        "0.5", ".5", "'kazakhstan'", "''", "'\\u0041'", "'\\uZZZZ'", "\"oic\"", "'قازاقستان'", "'Қазақстан'", "'a' =~ '['",
        "'.*'", "[1, 2, 3]", "{a: 1}", "range(1, 1000000)", "[x IN range(1, 100) | [x]]",
    ];

    /// <summary>Queries that work, for mutation: the research-query shapes, README's examples, and the engine's corners.</summary>
    private static readonly string[] Valid =
    [
        "MATCH (c:Country)-[m:MEMBER_OF]->(:Organization {id: 'oic'}) RETURN c.name AS state, m.since AS since ORDER BY state, since",
        "MATCH (:Entity {id: 'kazakhstan'})-[r]->(t) RETURN type(r), t.name, r.evidenceText[0] AS evidence",
        "MATCH (d:Document)-[m:MENTIONS]->(:Entity {id: 'askar-mussinov'}) RETURN d.id, m.start, m.end, m.text ORDER BY m.start",
        "MATCH p = shortestPath((a:Person {id: 'askar-mussinov'})-[*..6]-(b:Country {id: 'kazakhstan'})) WHERE none(n IN nodes(p) WHERE n:Document) RETURN p",
        "MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WHERE m.id STARTS WITH 'k' } RETURN n.id, labels(n) LIMIT 5",
        "UNWIND range(1, 10) AS i WITH i, i % 3 AS k RETURN k, collect(i) AS xs, sum(i), avg(i) ORDER BY k",
        "MATCH (a)-[r*1..3]->(b) RETURN a.id, size(r), b.id LIMIT 20",
        "RETURN reduce(s = '', x IN ['a', 'b'] | s + x) AS s, [x IN range(1, 5) WHERE x > 2 | x * x] AS squares",
        "MATCH (e:Entity) WITH e.type AS type, count(*) AS n WHERE n > 0 RETURN type, n ORDER BY n DESC",
        "MATCH (e:Entity) RETURN e {.id, .name, degree: size([(e)--() | 1])} AS e ORDER BY e.id",
        "CALL db.labels() YIELD label RETURN label",
        "MATCH (e:Entity) WHERE e.name =~ '(?i)kaz.*' OR any(a IN e.aliases WHERE a CONTAINS 'Q') RETURN e.id",
        "MATCH (e:Entity {id: $id}) OPTIONAL MATCH (e)-[r]-(o) RETURN e, r, o",
        "RETURN CASE WHEN $list IS NULL THEN 0 ELSE size($list) END AS n, $list[1..], toInteger('12'), split('a,b', ',')",
        "MATCH (a:Entity), (b:Document) RETURN count(*) UNION ALL MATCH (c) RETURN count(c)",
    ];

    private static readonly Gen<string> Token = Gen.Frequency(
        (5, Gen.OneOf(Words)),
        (5, Gen.OneOf(Symbols)),
        (3, Gen.OneOf(Literals)),
        (1, Gen.Char.Select(c => c.ToString())));

    private static readonly Gen<string> Random = Token.Array[1, 40].Select(tokens => string.Join(' ', tokens));

    private static readonly Gen<string> Mutated =
        from seed in Gen.OneOf(Valid)
        from edits in Gen.Select(Gen.Int[0, 4], Gen.Int[0, 1000], Gen.Int[0, 1000], Token).Array[1, 5]
        select edits.Aggregate(seed, (query, edit) => Mutate(query, edit.Item1, edit.Item2, edit.Item3, edit.Item4));

    public static Gen<string> Queries { get; } = Gen.Frequency((1, Random), (2, Mutated));

    /// <summary>Runs <paramref name="iterations"/> inputs, or for <paramref name="seconds"/> when it is positive; throws on a finding.</summary>
    public sealed record Outcome(long Queries, long Answered, long Refused, long QueryErrors, long TimedOut);

    public static Outcome Run(long iterations, int seconds = -1, Action<string>? log = null)
    {
        var graph = FuzzGraph.Build();
        var engine = new CypherEngine(graph);
        var shape = (graph.NodeCount, graph.RelationshipCount);
        var parameters = new Dictionary<string, object?> { ["id"] = "kazakhstan", ["list"] = new List<object?> { 1L, "a", null } };
        long count = 0, answered = 0, refused = 0, errors = 0, timedOut = 0;
        Queries.Sample(
            query =>
            {
                Interlocked.Increment(ref count);
                try
                {
                    engine.Execute(query, parameters, new CypherExecutionOptions(ReadOnly: true, RowLimit: 50, Timeout: TimeSpan.FromMilliseconds(200), MaxResultBytes: 1 << 20), CancellationToken.None);
                    Interlocked.Increment(ref answered);
                }
                catch (CypherWriteRefusedException)
                {
                    Interlocked.Increment(ref refused);
                }
                catch (CypherQueryException)
                {
                    Interlocked.Increment(ref errors);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref timedOut);
                }

                if ((graph.NodeCount, graph.RelationshipCount) != shape)
                {
                    throw new InvalidOperationException("A read-only query changed the graph.");
                }
            },
            writeLine: log,
            iter: iterations,
            time: seconds,
            print: query => query);
        return new Outcome(count, answered, refused, errors, timedOut);
    }

    private static string Mutate(string query, int kind, int at, int length, string token)
    {
        var start = at % (query.Length + 1);
        var span = Math.Min(length % 12, query.Length - start);
        return kind switch
        {
            0 => query.Remove(start, span),
            1 => query.Insert(start, " " + token + " "),
            2 => query.Insert(start, query.Substring(start, span)),
            3 => query[..start],
            _ => query.Insert(start + span, new string(')', length % 7)).Insert(start, new string('(', length % 7)),
        };
    }
}
