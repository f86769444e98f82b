using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ResourceService.Infrastructure.IntegrationTests.SqlServerScripts;

/// <summary>Microsoft's own T-SQL tooling at the level the service targets: SQL Server 2022 (compatibility 160).</summary>
internal static class TSql
{
    /// <summary>What SQL Server 2022's parser refuses in the script, as "line:column message"; empty when it parses.</summary>
    public static IReadOnlyList<string> ParseErrors(string script)
    {
        Parse(script, out var errors);
        return [.. errors.Select(error => $"{error.Line}:{error.Column} {error.Message}")];
    }

    /// <summary>
    /// Loads each statement of the script into a SQL Server 2022 schema model (DacFx): the tables it holds, and
    /// what the model finds wrong, unresolved references first of all (an index on a missing column, a key to
    /// a missing table). A script that does not parse has no tables and its parse errors.
    /// </summary>
    public static SchemaModelReport SchemaModel(string script)
    {
        var parsed = Parse(script, out var errors);
        if (errors.Count > 0)
        {
            return new([], [.. errors.Select(error => $"{error.Line}:{error.Column} {error.Message}")]);
        }

        using var model = new TSqlModel(SqlServerVersion.Sql160, new TSqlModelOptions());
        foreach (var statement in parsed.Batches.SelectMany(batch => batch.Statements))
        {
            model.AddObjects(TextOf(statement));
        }

        return new(
            [.. model.GetObjects(DacQueryScopes.UserDefined, Table.TypeClass).Select(table => table.Name.Parts[^1])],
            [.. model.Validate().Select(message => $"{message.MessageType} SQL{message.Number}: {message.Message}")]);
    }

    private static TSqlScript Parse(string script, out IList<ParseError> errors)
    {
        using var reader = new StringReader(script);
        return (TSqlScript)new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out errors);
    }

    private static string TextOf(TSqlFragment fragment) =>
        string.Concat(fragment.ScriptTokenStream
            .Skip(fragment.FirstTokenIndex)
            .Take(fragment.LastTokenIndex - fragment.FirstTokenIndex + 1)
            .Select(token => token.Text));
}

internal sealed record SchemaModelReport(IReadOnlyList<string> Tables, IReadOnlyList<string> Errors);
