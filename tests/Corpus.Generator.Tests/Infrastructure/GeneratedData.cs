using System.Collections.Generic;
using System.Linq;
using Corpus.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>Reads back the article records a generated file carries as data, with the runtime's own reader.</summary>
internal static class GeneratedData
{
    /// <summary>Each article record of a file of articles: the id and path it starts with.</summary>
    public static IReadOnlyList<(string Id, string Path)> Articles(string source) =>
        Headers(source).Select(h => (h.Id, h.Path)).ToList();

    /// <summary>Each article record's header, as <c>ArticleFactory</c> reads it.</summary>
    public static IReadOnlyList<(string Id, string Path, string Title, string? Source)> Headers(string source) =>
        Records(source)
            .Select(record =>
            {
                var reader = new DataReader(record, 0);
                var (id, path) = (reader.ReadString(), reader.ReadString());
                reader.SkipString();
                reader.SkipString();
                reader.ReadUInt();
                reader.ReadUInt();
                var title = reader.ReadString();
                reader.SkipString();
                return (id, path, title, reader.ReadNullableString());
            })
            .ToList();

    /// <summary>
    /// The article records of each data block of a file of articles, found as the runtime finds them: the
    /// block's record count and lengths first, then the records, each on a line of its own.
    /// </summary>
    public static IEnumerable<string> Records(string source)
    {
        foreach (var block in DataBlocks(source))
        {
            var header = new DataReader(block, 0);
            var lengths = new int[header.ReadInt()];
            for (var i = 0; i < lengths.Length; i++) lengths[i] = header.ReadInt();
            var start = header.Position;
            foreach (var length in lengths)
            {
                Assert.Equal('\n', block[start]);
                yield return block.Substring(start + 1, length);
                start += 1 + length;
            }
        }
    }

    // The bytes of each bucket's data constant, as the compiler reads them.
    private static IEnumerable<string> DataBlocks(string source) =>
        CSharpSyntaxTree.ParseText(source).GetRoot()
            .DescendantNodes()
            .OfType<FieldDeclarationSyntax>()
            .Where(field => field.Modifiers.Any(SyntaxKind.ConstKeyword))
            .SelectMany(field => field.Declaration.Variables)
            .Where(variable => variable.Identifier.ValueText == Corpus.Generator.Emitting.DataConstant.Name)
            .Select(variable => ((LiteralExpressionSyntax)variable.Initializer!.Value).Token.ValueText);
}
