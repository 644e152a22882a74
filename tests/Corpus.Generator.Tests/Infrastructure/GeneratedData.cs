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
    /// block's record count and lengths first, then the records.
    /// </summary>
    public static IEnumerable<byte[]> Records(string source)
    {
        foreach (var block in DataBlocks(source))
        {
            var header = new DataReader(block, 0);
            var lengths = new int[header.ReadInt()];
            for (var i = 0; i < lengths.Length; i++) lengths[i] = header.ReadInt();
            var start = header.Position;
            foreach (var length in lengths)
            {
                yield return block.Skip(start).Take(length).ToArray();
                start += length;
            }
        }
    }

    // The bytes of each bucket's `Data`: its chunks, one per line, from the property to the closing `;`.
    private static IEnumerable<byte[]> DataBlocks(string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "private static byte[] Data =>") continue;
            var bytes = new List<byte>();
            for (i += 2; i < lines.Length; i++)
            {
                var chunk = Chunk.Match(lines[i].TrimEnd('\r'));
                if (!chunk.Success) continue;
                bytes.AddRange(Encoding.ASCII.GetBytes(Regex.Unescape(chunk.Groups[1].Value)));
                if (lines[i].TrimEnd('\r').EndsWith(";")) break;
            }
            yield return bytes.ToArray();
        }
    }
}
