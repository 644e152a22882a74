using System;
using Corpus.Shared;

namespace Corpus.Runtime;

/// <summary>
/// Records keyed by a string, as generated data carries them: in ordinal order of their keys, in blocks
/// (one data constant each, a line per record that starts with its key), and an index, the first key of
/// each block. One look-up reads the index and one block, so it reads as much in a corpus of 1,000
/// articles as in one of 20,000. Who said each quote (keyed by article path) and which person a member
/// names (keyed by member name) are kept this way.
/// </summary>
internal sealed class KeyedTable<T>
{
    private readonly Func<string, string> _readConstant;
    private readonly string _indexName;
    private readonly Func<int, string> _blockName;
    private readonly Func<DataReader, T> _readValue;
    private Index? _index;

    /// <param name="readConstant">Reads the generated data constant of a name.</param>
    /// <param name="indexName">The constant of the index.</param>
    /// <param name="blockName">The constant of each block.</param>
    /// <param name="readValue">Reads what follows a record's key.</param>
    public KeyedTable(Func<string, string> readConstant, string indexName, Func<int, string> blockName, Func<DataReader, T> readValue)
    {
        _readConstant = readConstant;
        _indexName = indexName;
        _blockName = blockName;
        _readValue = readValue;
    }

    public bool TryGet(string key, out T value)
    {
        var index = _index ?? Once.Publish(ref _index, new Index(_readConstant(_indexName)));
        var block = index.BlockOf(key);
        if (block < 0)
        {
            value = default!;
            return false;
        }
        var records = index.Blocks[block] ?? Once.Publish(ref index.Blocks[block], new Block(_readConstant(_blockName(block)), _readValue));
        return records.TryGet(key, out value);
    }

    private sealed class Index
    {
        private readonly string _data;
        private readonly int[] _firstKeys;

        public Index(string data)
        {
            _data = data;
            var reader = new DataReader(data, 0);
            _firstKeys = new int[reader.ReadInt()];
            for (var i = 0; i < _firstKeys.Length; i++)
            {
                _firstKeys[i] = reader.Position;
                reader.SkipString();
            }
            Blocks = new Block?[_firstKeys.Length];
        }

        public Block?[] Blocks { get; }

        /// <summary>The last block whose first key is not after <paramref name="key"/>, or -1.</summary>
        public int BlockOf(string key)
        {
            int low = 0, high = _firstKeys.Length - 1, found = -1;
            while (low <= high)
            {
                var middle = low + (high - low) / 2;
                if (new DataReader(_data, _firstKeys[middle]).CompareString(key) <= 0)
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
        private readonly int[] _keys;
        private readonly T[] _values;

        // Read whole on first need: a query over every quote reads every block once.
        public Block(string data, Func<DataReader, T> readValue)
        {
            _data = data;
            var count = 1;
            foreach (var c in data)
            {
                if (c == DataFormat.RecordBreak) count++;
            }
            _keys = new int[count];
            _values = new T[count];
            var reader = new DataReader(data, 0);
            for (var i = 0; i < count; i++)
            {
                if (i > 0) reader.SkipRecordBreak();
                _keys[i] = reader.Position;
                reader.SkipString();
                _values[i] = readValue(reader);
            }
        }

        public bool TryGet(string key, out T value)
        {
            int low = 0, high = _keys.Length - 1;
            while (low <= high)
            {
                var middle = low + (high - low) / 2;
                var order = new DataReader(_data, _keys[middle]).CompareString(key);
                if (order == 0)
                {
                    value = _values[middle];
                    return true;
                }
                if (order < 0) low = middle + 1;
                else high = middle - 1;
            }
            value = default!;
            return false;
        }
    }
}
