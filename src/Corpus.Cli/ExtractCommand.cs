using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
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

    // Files being read, or read and waiting to be written: enough to keep every core busy.
    private static readonly int ReadAhead = 4 * Environment.ProcessorCount;

    private static int Run(
        IEnumerable<string> paths, IArticleOutput output, string pattern, bool recursive,
        string workingDirectory, TextWriter stderr)
    {
        var errors = new InputErrors(stderr);
        var diagnostics = new List<ArticleDiagnostic>();
        // Read on every core, a few files ahead of the one being written, and told and written in the files'
        // order: the output is what one thread would write, and however slow one file is to read, no more
        // than the window's articles wait in memory for it.
        var files = ArticleFiles.Expand(paths, pattern, recursive, workingDirectory, errors);
        var window = new Queue<Task<ArticleRead>>();
        var next = 0;
        while (next < files.Count || window.Count > 0)
        {
            while (next < files.Count && window.Count < ReadAhead)
            {
                var file = files[next++];
                window.Enqueue(Task.Run(() => ArticleExtraction.Extract(file)));
            }
            var read = window.Dequeue().GetAwaiter().GetResult();
            read.Report(errors, diagnostics);
            if (read.Article is { } article) output.Add(article);
        }
        output.Finish(diagnostics);

        if (errors.Any) return ExitCodes.CannotRead;
        return diagnostics.Any(d => d.Severity == FindingSeverity.Error) ? ExitCodes.ErrorDiagnostics : ExitCodes.Success;
    }
}
