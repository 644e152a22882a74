using System;
using System.IO;
using Spectre.Console;

namespace Corpus.Cli.Summary;

/// <summary>
/// A Spectre console over a writer. Colour and other escape codes only reach a terminal: output that
/// is redirected to a file, a pipe or a test's StringWriter gets plain text.
/// </summary>
internal static class TextConsole
{
    // A pipe has no width; this is wide enough that a typical headline fits on one row.
    private const int RedirectedWidth = 120;

    public static IAnsiConsole Create(TextWriter writer)
    {
        var terminal = IsTerminal(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal) console.Profile.Width = RedirectedWidth;
        return console;
    }

    private static bool IsTerminal(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected
        // https://no-color.org: a user who set NO_COLOR gets no colour even in a terminal.
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
