using System;
using Corpus.Shared;

namespace Corpus.Runtime;

/// <summary>
/// Who said each quote of each article, as the corpus's people data carries it: the articles that have a
/// quote with a known speaker, in ordinal order of their paths, in blocks of
/// <see cref="DataFormat.SpeakersPerBlock"/>, a line per article (its path, the number of its quotes, then for
/// each quote the position of the person who said it, or none); and an index, the first path of each
/// block. One article's speakers read the index and one block, so the first speaker reads as much data in
/// a corpus of 1,000 articles as in one of 20,000.
/// </summary>
internal sealed class SpeakerTable
{
    private readonly Func<string, string> _readConstant;
    private Index? _index;

    /// <param name="readConstant">Reads the generated data constant of a name.</param>
    public SpeakerTable(Func<string, string> readConstant) => _readConstant = readConstant;

    /// <summary>For each quote of the article at <paramref name="path"/>, the person who said it (-1: nobody known); empty when none has a speaker.</summary>
    public int[] Of(string path)
    {
        var index = _index ?? Once.Publish(ref _index, new Index(_readConstant(DataFormat.SpeakerIndexName)));
        var block = index.BlockOf(path);
        if (block < 0) return Array.Empty<int>();
        var speakers = index.Blocks[block] ?? Once.Publish(ref index.Blocks[block], new Block(_readConstant(DataFormat.SpeakerBlockName(block))));
        return speakers.Of(path);
    }

    private sealed class Index
    {
        private readonly string _data;
        private readonly int[] _firstPaths;

        public Index(string data)
        {
            _data = data;
            var reader = new DataReader(data, 0);
            _firstPaths = new int[reader.ReadInt()];
            for (var i = 0; i < _firstPaths.Length; i++)
            {
                _firstPaths[i] = reader.Position;
                reader.SkipString();
            }
            Blocks = new Block?[_firstPaths.Length];
        }

        public Block?[] Blocks { get; }

        /// <summary>The last block whose first path is not after <paramref name="path"/>, or -1.</summary>
        public int BlockOf(string path)
        {
            int low = 0, high = _firstPaths.Length - 1, found = -1;
            while (low <= high)
            {
                var middle = low + (high - low) / 2;
                if (new DataReader(_data, _firstPaths[middle]).CompareString(path) <= 0)
                {
                    found = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }
            return found;
        }
    }

    private sealed class Block
    {
        private readonly string _data;
        private readonly int[] _paths;
        private readonly int[][] _speakers;

        // Read whole on first need: a query over every quote reads every block once.
        public Block(string data)
        {
            _data = data;
            var count = 1;
            foreach (var c in data)
            {
                if (c == DataFormat.RecordBreak) count++;
            }
            _paths = new int[count];
            _speakers = new int[count][];
            var reader = new DataReader(data, 0);
            for (var i = 0; i < count; i++)
            {
                if (i > 0) reader.SkipRecordBreak();
                _paths[i] = reader.Position;
                reader.SkipString();
                var speakers = new int[reader.ReadInt()];
                for (var q = 0; q < speakers.Length; q++) speakers[q] = reader.ReadOptional();
                _speakers[i] = speakers;
            }
        }

        public int[] Of(string path)
        {
            int low = 0, high = _paths.Length - 1;
            while (low <= high)
            {
                var middle = low + (high - low) / 2;
                var order = new DataReader(_data, _paths[middle]).CompareString(path);
                if (order == 0) return _speakers[middle];
                if (order < 0) low = middle + 1;
                else high = middle - 1;
            }
            return Array.Empty<int>();
        }
    }
}
