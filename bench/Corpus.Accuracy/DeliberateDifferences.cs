using System;
using System.Collections.Generic;
using System.IO;

namespace Corpus.Accuracy;

/// <summary>
/// The checked-in list of cases where Corpus deliberately reads differently from a suite, each with its
/// reason. Columns: file, input, item, reason. An empty item takes the whole case out of scope; an item
/// names one expected result (by its text) that is not a figure for Corpus, and the rest of the case is still measured.
/// </summary>
internal sealed class DeliberateDifferences
{
    private readonly Dictionary<(string File, string Input), List<Difference>> _byCase = new();

    public sealed record Difference(string File, string Input, string Item, string Reason)
    {
        public bool WholeCase => Item.Length == 0;
    }

    public int Count { get; private set; }

    public int WholeCases { get; private set; }

    public static DeliberateDifferences Load(string path)
    {
        var list = new DeliberateDifferences();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0 || line.StartsWith('#')) continue;
            var columns = line.Split('\t');
            if (columns.Length != 4 || columns[3].Trim().Length == 0)
            {
                throw new FormatException($"{path}({lineNumber}): expected four tab-separated columns (file, input, item, reason) with a reason.");
            }
            var difference = new Difference(columns[0], Unescape(columns[1]), Unescape(columns[2]), columns[3]);
            var key = (difference.File, difference.Input);
            if (!list._byCase.TryGetValue(key, out var entries)) list._byCase[key] = entries = new List<Difference>();
            entries.Add(difference);
            list.Count++;
            if (difference.WholeCase) list.WholeCases++;
        }
        return list;
    }

    public IReadOnlyList<Difference> For(string file, string input) =>
        _byCase.TryGetValue((file, input), out var entries) ? entries : Array.Empty<Difference>();

    /// <summary>Entries that matched no case: a typo in the list must not silently widen the scope.</summary>
    public IEnumerable<Difference> Unused(ISet<(string File, string Input)> seen)
    {
        foreach (var (key, entries) in _byCase)
        {
            if (!seen.Contains(key))
            {
                foreach (var entry in entries) yield return entry;
            }
        }
    }

    private static string Unescape(string text) => text.Replace("\\t", "\t").Replace("\\n", "\n");
}
