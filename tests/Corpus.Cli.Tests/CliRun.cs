using System.IO;
using Corpus.Cli;

namespace Corpus.Cli.Tests;

/// <summary>One run of the command in process, with what it wrote to each stream.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args) => In(Directory.GetCurrentDirectory(), args);

    public static CliRun In(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = CorpusCommand.Run(args, stdout, stderr, workingDirectory);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
