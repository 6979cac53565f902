using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Lexing;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Parsing;

internal sealed partial class Parser
{
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
}
