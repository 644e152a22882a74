using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Corpus.Runtime;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>Reads back the article records a generated file carries as data, with the runtime's own reader.</summary>
internal static class GeneratedData
{
    private static readonly Regex Chunk = new(@"^\s*""((?:[^""\\]|\\.)*)""(?:u8)?(?: \+|\)+(?:\.ToArray\(\)\))?;)$", RegexOptions.Multiline);

    /// <summary>Each article record of a file of articles: the id and path it starts with.</summary>
    public static IReadOnlyList<(string Id, string Path)> Articles(string source) =>
        Headers(source).Select(h => (h.Id, h.Path)).ToList();

    /// <summary>Each article record's header, as <c>ArticleFactory</c> reads it.</summary>
    public static IReadOnlyList<(string Id, string Path, string Title, string? Source)> Headers(string source) =>
        Chunk.Matches(source)
            .Select(match => Encoding.ASCII.GetBytes(Regex.Unescape(match.Groups[1].Value)))
            .Select(bytes =>
            {
                var reader = new DataReader(bytes, 0);
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
}
