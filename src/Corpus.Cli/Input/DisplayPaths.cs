using System;
using System.IO;

namespace Corpus.Cli.Input;

/// <summary>Paths as the user would recognise them: relative to the working directory when under it, '/'-separated.</summary>
internal static class DisplayPaths
{
    public static string Of(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        var underWorkingDirectory = !Path.IsPathRooted(relative)
            && relative != ".."
            && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return Slashed(underWorkingDirectory ? relative : fullPath);
    }

    public static string Slashed(string path) =>
        Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
}
