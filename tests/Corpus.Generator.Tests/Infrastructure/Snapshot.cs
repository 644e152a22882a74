using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot files in the conventions of Verify.SourceGenerators (not installable here):
/// <c>{Class}.{Method}#{hint}.verified.cs</c> for each generated source, <c>{Class}.{Method}.verified.txt</c>
/// for diagnostics, beside the test in <c>Snapshots/</c>. A mismatch writes <c>.received.</c> next to it and
/// fails with a diff; setting <c>CORPUS_ACCEPT_SNAPSHOTS=1</c> accepts what was received instead.
/// A missing verified file is a failure too: snapshots are read before they are accepted.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "CORPUS_ACCEPT_SNAPSHOTS";

    /// <summary>Checks every generated source and the diagnostics, writing all the received files before failing once.</summary>
    public static void MatchRun(Microsoft.CodeAnalysis.GeneratorRunResult result, string testClass, string method, [CallerFilePath] string callerPath = "")
    {
        var failures = new System.Collections.Generic.List<string>();
        foreach (var source in result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            var hint = source.HintName.EndsWith(".cs", StringComparison.Ordinal) ? source.HintName.Substring(0, source.HintName.Length - 3) : source.HintName;
            Collect(failures, () => Match(source.SourceText.ToString(), testClass, method, hint, "cs", callerPath));
        }
        Collect(failures, () => Match(DiagnosticText.Of(result.Diagnostics), testClass, method, null, "txt", callerPath));
        if (failures.Count > 0) throw new XunitException(string.Join("\n\n", failures));
    }

    private static void Collect(System.Collections.Generic.List<string> failures, Action match)
    {
        try
        {
            match();
        }
        catch (XunitException failure)
        {
            failures.Add(failure.Message);
        }
    }

    public static void Match(string actual, string testClass, string method, string? hint, string extension, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        var stem = $"{testClass}.{method}" + (hint is null ? "" : "#" + hint);
        var verified = Path.GetFullPath(Path.Combine(directory, $"{stem}.verified.{extension}"));
        var received = Path.GetFullPath(Path.Combine(directory, $"{stem}.received.{extension}"));
        actual = Normalize(actual);

        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        throw new XunitException(expected is null
            ? $"No verified snapshot {verified}. Read {received}; if it is right, accept it with {AcceptVariable}=1."
            : $"Snapshot {verified} differs (received: {received}):\n{Diff(expected, actual)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string Diff(string expected, string actual)
    {
        var model = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual);
        var builder = new StringBuilder();
        foreach (var line in model.Lines.Where(l => l.Type != ChangeType.Unchanged).Take(60))
        {
            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").AppendLine(line.Text);
        }
        return builder.ToString();
    }
}
