using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Lexing;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Parsing;

/// <summary>Recursive-descent parser for openCypher; split by concern across partial files.</summary>
internal sealed partial class Parser
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _index;

    private Parser(string text)
    {
        _text = text;
        _tokens = Lexer.Tokenize(text);
    }

    public static Query Parse(string text)
    {
        var parser = new Parser(text);
        var query = parser.ParseQuery();
        return query;
    }

    private Token Current => _tokens[_index];

    private Token PeekAt(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private int PreviousEnd => _index == 0 ? 0 : _tokens[_index - 1].End;

    private Token Advance() => _tokens[_index++];

    private bool AtKeyword(string keyword) => Current.IsKeyword(keyword);

    private bool AtSymbol(string symbol) => Current.IsSymbol(symbol);

    private bool AcceptKeyword(string keyword)
    {
        if (!AtKeyword(keyword))
        {
            return false;
        }

        _index++;
        return true;
    }

    private bool AcceptSymbol(string symbol)
    {
        if (!AtSymbol(symbol))
        {
            return false;
        }

        _index++;
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!AcceptKeyword(keyword))
        {
            throw Error($"Expected {keyword}");
        }
    }

    private void ExpectSymbol(string symbol)
    {
        if (!AcceptSymbol(symbol))
        {
            throw Error($"Expected '{symbol}'");
        }
    }

    private CypherQueryException Error(string message)
    {
        var token = Current;
        var found = token.Kind == TokenKind.End ? "end of input" : $"'{token.Text}'";
        return Lexer.SyntaxError($"{message}, found {found}", token.Line, token.Column);
    }

    private string ExpectName()
    {
        var token = Current;
        if (token.Kind is TokenKind.Identifier or TokenKind.EscapedIdentifier)
        {
            _index++;
            return token.Text;
        }

        throw Error("Expected a name");
    }

    private string ExpectVariable()
    {
        var token = Current;
        // Keywords are fine as names here (AS end, UNWIND x AS count): the position already says it is a variable.
        if (token.Kind is TokenKind.EscapedIdentifier or TokenKind.Identifier)
        {
            _index++;
            return token.Text;
        }

        throw Error("Expected a variable");
    }

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "UNWIND", "CREATE", "MERGE", "SET", "REMOVE", "DELETE",
        "DETACH", "UNION", "ORDER", "SKIP", "LIMIT", "AS", "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE",
        "FALSE", "CASE", "WHEN", "THEN", "ELSE", "END", "DISTINCT", "ON", "CALL", "YIELD", "STARTS", "ENDS", "CONTAINS",
    };

    private static bool IsReserved(string word) => Reserved.Contains(word);

    private Query ParseQuery()
    {
        var parts = new List<SingleQuery> { ParseSingleQuery() };
        var all = new List<bool>();
        while (AcceptKeyword("UNION"))
        {
            all.Add(AcceptKeyword("ALL"));
            parts.Add(ParseSingleQuery());
        }

        AcceptSymbol(";");
        if (Current.Kind != TokenKind.End)
        {
            throw Error("Unexpected input");
        }

        return new Query(parts, all);
    }

    private SingleQuery ParseSingleQuery()
    {
        var clauses = new List<Clause>();
        while (Current.Kind != TokenKind.End && !AtKeyword("UNION") && !AtSymbol(";"))
        {
            clauses.Add(ParseClause());
        }

        if (clauses.Count == 0)
        {
            throw Error("Expected a clause");
        }

        return new SingleQuery(clauses);
    }

    private Clause ParseClause()
    {
        if (AcceptKeyword("MATCH"))
        {
            return ParseMatch(false);
        }

        if (AcceptKeyword("OPTIONAL"))
        {
            ExpectKeyword("MATCH");
            return ParseMatch(true);
        }

        if (AcceptKeyword("UNWIND"))
        {
            var source = ParseExpression();
            ExpectKeyword("AS");
            return new UnwindClause(source, ExpectVariable());
        }

        if (AcceptKeyword("WITH"))
        {
            var projection = ParseProjection(true);
            var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
            return new WithClause(projection, where);
        }

        if (AcceptKeyword("RETURN"))
        {
            return new ReturnClause(ParseProjection(false));
        }

        if (AtKeyword("CREATE") || AtKeyword("DROP"))
        {
            if (IsSchemaStatement())
            {
                return ParseSchema();
            }

            ExpectKeyword("CREATE");
            return new CreateClause(ParsePattern());
        }

        if (AcceptKeyword("MERGE"))
        {
            return ParseMerge();
        }

        if (AcceptKeyword("SET"))
        {
            return new SetClause(ParseSetItems());
        }

        if (AcceptKeyword("REMOVE"))
        {
            return ParseRemove();
        }

        if (AcceptKeyword("DETACH"))
        {
            ExpectKeyword("DELETE");
            return ParseDelete(true);
        }

        if (AcceptKeyword("DELETE"))
        {
            return ParseDelete(false);
        }

        if (AtKeyword("CALL"))
        {
            throw new CypherQueryException("Neo.ClientError.Procedure.ProcedureNotFound", "CALL is not supported by the embedded engine");
        }

        throw Error("Expected a clause");
    }

    private bool IsSchemaStatement()
    {
        if (AtKeyword("DROP"))
        {
            return true;
        }

        var next = PeekAt(1);
        return next.Kind == TokenKind.Identifier && next.Text.ToUpperInvariant() is "INDEX" or "CONSTRAINT" or "FULLTEXT"
            or "RANGE" or "TEXT" or "POINT" or "LOOKUP" or "VECTOR" or "BTREE" or "OR";
    }

    private SchemaClause ParseSchema()
    {
        var start = Current.Offset;
        while (Current.Kind != TokenKind.End && !AtSymbol(";"))
        {
            _index++;
        }

        return new SchemaClause(_text[start..PreviousEnd]);
    }

    private MatchClause ParseMatch(bool optional)
    {
        var pattern = ParsePattern();
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        return new MatchClause(optional, pattern, where);
    }

    private MergeClause ParseMerge()
    {
        var part = ParsePatternPart();
        var onCreate = new List<SetItem>();
        var onMatch = new List<SetItem>();
        while (AcceptKeyword("ON"))
        {
            if (AcceptKeyword("CREATE"))
            {
                ExpectKeyword("SET");
                onCreate.AddRange(ParseSetItems());
            }
            else
            {
                ExpectKeyword("MATCH");
                ExpectKeyword("SET");
                onMatch.AddRange(ParseSetItems());
            }
        }

        return new MergeClause(part, onCreate, onMatch);
    }

    private List<SetItem> ParseSetItems()
    {
        var items = new List<SetItem>();
        do
        {
            items.Add(ParseSetItem());
        }
        while (AcceptSymbol(","));
        return items;
    }

    private SetItem ParseSetItem()
    {
        var target = ParsePrimaryWithPostfix(allowLabels: false);
        if (AtSymbol(":"))
        {
            return new SetItem(SetKind.Labels, target, null, null, ParseLabels());
        }

        if (target is PropertyAccess property)
        {
            ExpectSymbol("=");
            return new SetItem(SetKind.Property, property.Target, property.Key, ParseExpression(), []);
        }

        if (AcceptSymbol("+="))
        {
            return new SetItem(SetKind.Merge, target, null, ParseExpression(), []);
        }

        ExpectSymbol("=");
        return new SetItem(SetKind.Replace, target, null, ParseExpression(), []);
    }

    private RemoveClause ParseRemove()
    {
        var items = new List<RemoveItem>();
        do
        {
            var target = ParsePrimaryWithPostfix(allowLabels: false);
            if (AtSymbol(":"))
            {
                items.Add(new RemoveItem(target, null, ParseLabels()));
            }
            else if (target is PropertyAccess property)
            {
                items.Add(new RemoveItem(property.Target, property.Key, []));
            }
            else
            {
                throw Error("Expected a property or label to remove");
            }
        }
        while (AcceptSymbol(","));
        return new RemoveClause(items);
    }

    private DeleteClause ParseDelete(bool detach)
    {
        var targets = new List<Expr>();
        do
        {
            targets.Add(ParseExpression());
        }
        while (AcceptSymbol(","));
        return new DeleteClause(targets, detach);
    }

    private List<string> ParseLabels()
    {
        var labels = new List<string>();
        while (AcceptSymbol(":"))
        {
            labels.Add(ExpectName());
        }

        return labels;
    }

    private Projection ParseProjection(bool isWith)
    {
        var distinct = AcceptKeyword("DISTINCT");
        var star = AcceptSymbol("*");
        var items = new List<ProjectionItem>();
        if (!star || AcceptSymbol(","))
        {
            do
            {
                var start = Current.Offset;
                var expr = ParseExpression();
                var end = PreviousEnd;
                if (AcceptKeyword("AS"))
                {
                    items.Add(new ProjectionItem(expr, ExpectVariable(), true));
                }
                else
                {
                    if (isWith && expr is not Variable)
                    {
                        throw Lexer.SyntaxError("NoExpressionAlias: expression in WITH must be aliased", Current.Line, Current.Column);
                    }

                    items.Add(new ProjectionItem(expr, _text[start..end], false));
                }
            }
            while (AcceptSymbol(","));
        }

        var orderBy = new List<SortItem>();
        if (AcceptKeyword("ORDER"))
        {
            ExpectKeyword("BY");
            do
            {
                var expr = ParseExpression();
                var descending = AcceptKeyword("DESC") || AcceptKeyword("DESCENDING");
                if (!descending)
                {
                    _ = AcceptKeyword("ASC") || AcceptKeyword("ASCENDING");
                }

                orderBy.Add(new SortItem(ReplaceProjected(expr, items), descending));
            }
            while (AcceptSymbol(","));
        }

        var skip = AcceptKeyword("SKIP") ? ParseExpression() : null;
        var limit = AcceptKeyword("LIMIT") ? ParseExpression() : null;
        return new Projection(distinct, star, items, orderBy, skip, limit);
    }
}
