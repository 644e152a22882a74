namespace Corpus.Runtime;

/// <summary>
/// A block of records in one data constant: the number of records and the length of each, then each
/// record on a line of its own, so that a record is found without reading the ones before it.
/// The generator's <c>DataBlock</c> writes it.
/// </summary>
internal static class DataBlock
{
    /// <summary>Where the record in <paramref name="slot"/> starts.</summary>
    public static int RecordStart(string data, int slot)
    {
        var header = new DataReader(data, 0);
        var count = header.ReadInt();
        if ((uint)slot >= (uint)count) throw new System.ArgumentOutOfRangeException(nameof(slot));
        var before = 0;
        for (var i = 0; i < slot; i++) before += header.ReadInt() + 1;
        for (var i = slot; i < count; i++) header.ReadInt();
        var start = new DataReader(data, header.Position + before);
        start.SkipRecordBreak();
        return start.Position;
    }
}
