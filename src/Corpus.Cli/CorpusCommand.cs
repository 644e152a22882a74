using System;
using System.CommandLine;
using System.IO;

namespace Corpus.Cli;

/// <summary>
/// The <c>corpus</c> command line. It writes only to the writers it is given, so tests run it in
/// process and read what a user would see.
/// </summary>
internal static class CorpusCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, Environment.CurrentDirectory);

    /// <param name="workingDirectory">What relative paths, in arguments and in output, are relative to.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var root = new RootCommand("Reads plain-text news articles and prints what the Corpus engine finds in them.")
        {
            ExtractCommand.Create(stdout, stderr, workingDirectory),
        };
        var parsed = root.Parse(args);
        var exitCode = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return parsed.Errors.Count > 0 ? ExitCodes.Usage : exitCode;
    }
}
