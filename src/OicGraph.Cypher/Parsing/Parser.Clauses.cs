using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Lexing;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Parsing;

internal sealed partial class Parser
{
    private Query ParseQuery()
    {
        var query = ParseUnion();
        AcceptSymbol(";");
        if (Current.Kind != TokenKind.End)
        {
            throw Error("Unexpected input");
        }

        return query;
    }

    /// <summary>Single queries joined by UNION or UNION ALL: a whole statement, a CALL body, or a subquery's braces.</summary>
    private Query ParseUnion()
    {
        var parts = new List<SingleQuery> { ParseSingleQuery() };
        var unionAll = new List<bool>();
        while (AcceptKeyword("UNION"))
        {
            unionAll.Add(AcceptKeyword("ALL"));
            parts.Add(ParseSingleQuery());
        }

        return new Query(parts, unionAll);
    }

    private SingleQuery ParseSingleQuery()
    {
        var clauses = new List<Clause>();
        while (Current.Kind != TokenKind.End && !AtKeyword("UNION") && !AtSymbol(";") && !AtSymbol("}"))
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

        if (AcceptKeyword("CALL"))
        {
            return AtSymbol("(") || AtSymbol("{") ? ParseSubqueryCall() : ParseCall();
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
}
