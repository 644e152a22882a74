using System.Collections.Generic;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Records as one block of data: a first line with the number of records and the length of each, then a
/// line per record, so that the runtime (<c>Corpus.Runtime.DataBlock</c>) finds one record without reading
/// the ones before it.
/// </summary>
internal static class DataBlock
{
    public static List<string> Lines(IReadOnlyList<string> records)
    {
        var header = new DataWriter().Int(records.Count);
        foreach (var record in records) header.Int(record.Length);
        var lines = new List<string>(records.Count + 1) { header.ToString() };
        lines.AddRange(records);
        return lines;
    }
}
