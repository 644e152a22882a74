using System.Collections.Concurrent;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Corpus.Cli.Input;
using Corpus.Cli.Json;
using Corpus.Cli.Reading;
using Corpus.Cli.Summary;
using Corpus.Extraction.Model;

namespace Corpus.Cli;

/// <summary><c>corpus extract &lt;file-or-folder&gt;...</c>: reads articles with the engine and prints what it found.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files, and folders to search for them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print JSON (docs/json.md) instead of a summary.",
        };
        var pattern = new Option<string>("--pattern")
        {
            Description = "Which files in a folder are articles.",
            DefaultValueFactory = _ => "*.txt",
        };
        pattern.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value.Length == 0 || value.IndexOfAny(['/', '\\']) >= 0)
            {
                result.AddError("--pattern matches file names, such as *.txt: use * and ?, not folders.");
            }
        });
        var recursive = new Option<bool>("--recursive")
        {
            Description = "Search folders' subfolders too; --recursive false reads only the top level.",
            DefaultValueFactory = _ => true,
        };

        var command = new Command("extract", "Read articles and print their title, paragraphs, sentences, quotes, figures and diagnostics.")
        {
            paths, json, pattern, recursive,
        };
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(paths),
            parsed.GetValue(json) ? new CorpusJsonWriter(stdout) : new SummaryWriter(stdout),
            parsed.GetRequiredValue(pattern),
            parsed.GetValue(recursive),
            workingDirectory,
            stderr));
        return command;
    }

    private static int Run(
        IEnumerable<string> paths, IArticleOutput output, string pattern, bool recursive,
        string workingDirectory, TextWriter stderr)
    {
        var errors = new InputErrors(stderr);
        var diagnostics = new List<ArticleDiagnostic>();
        // Read on every core, told and written in the files' order: the output is the same as on one thread.
        // Files are handed out one at a time, not in ranges, so they come out about as fast as they are read
        // and few read articles wait in memory for an earlier one.
        var files = ArticleFiles.Expand(paths, pattern, recursive, workingDirectory, errors);
        var reads = Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering)
            .AsParallel()
            .AsOrdered()
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(ArticleExtraction.Extract);
        foreach (var read in reads)
        {
            read.Report(errors, diagnostics);
            if (read.Article is { } article) output.Add(article);
        }
        output.Finish(diagnostics);

        if (errors.Any) return ExitCodes.CannotRead;
        return diagnostics.Any(d => d.Severity == FindingSeverity.Error) ? ExitCodes.ErrorDiagnostics : ExitCodes.Success;
    }
}
