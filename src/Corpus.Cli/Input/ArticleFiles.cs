using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Corpus.Cli.Input;

/// <summary>
/// Turns the command's path arguments into the files to read, in a deterministic order: arguments
/// as given, and each folder's files by ordinal path, whatever order the file system lists them in.
/// </summary>
internal static class ArticleFiles
{
    public static IReadOnlyList<ArticleFile> Expand(
        IEnumerable<string> arguments, string pattern, bool recursive, string workingDirectory, InputErrors errors)
    {
        var files = new List<ArticleFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var found = Find(argument, pattern, recursive, workingDirectory, errors);
            if (found is null)
            {
                errors.CannotRead(argument, "no such file or directory");
                continue;
            }

            // A file named twice (a folder and a file in it) is one article, not two.
            files.AddRange(found.Where(file => seen.Add(file.FullPath)));
        }
        return files;
    }

    private static IEnumerable<ArticleFile>? Find(
        string argument, string pattern, bool recursive, string workingDirectory, InputErrors errors)
    {
        // An empty argument (an unset shell variable) must not mean the working directory.
        if (argument.Length == 0) return null;
        var fullPath = Path.GetFullPath(argument, workingDirectory);
        if (File.Exists(fullPath))
        {
            return new[] { new ArticleFile(fullPath, Path.GetFileNameWithoutExtension(fullPath), DisplayPaths.Of(fullPath, workingDirectory)) };
        }
        return Directory.Exists(fullPath) ? InFolder(fullPath, pattern, recursive, workingDirectory, errors) : null;
    }

    private static IEnumerable<ArticleFile> InFolder(
        string folder, string pattern, bool recursive, string workingDirectory, InputErrors errors)
    {
        var paths = new List<string>();
        Collect(folder, pattern, recursive, workingDirectory, errors, paths);
        return paths
            .Select(path => (path, relative: DisplayPaths.Slashed(Path.GetRelativePath(folder, path))))
            .OrderBy(file => file.relative, StringComparer.Ordinal)
            .Select(file => new ArticleFile(file.path, WithoutExtension(file.relative), DisplayPaths.Of(file.path, workingDirectory)));
    }

    // Walks folder by folder rather than with one recursive enumeration, so that an unreadable
    // subfolder is reported and skipped instead of ending (or silently shortening) the whole walk.
    private static void Collect(
        string folder, string pattern, bool recursive, string workingDirectory, InputErrors errors, List<string> paths)
    {
        // The defaults skip hidden and system entries (.git, editors' dot files).
        var options = new EnumerationOptions { MatchType = MatchType.Simple, IgnoreInaccessible = false };
        string[] files;
        string[] subfolders;
        try
        {
            files = Directory.GetFiles(folder, pattern, options);
            subfolders = recursive ? Directory.GetDirectories(folder, "*", options) : Array.Empty<string>();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.CannotRead(DisplayPaths.Of(folder, workingDirectory), exception);
            return;
        }

        paths.AddRange(files);
        foreach (var subfolder in subfolders)
        {
            // Linked folders are not followed: a link back up the tree would never end.
            if (new DirectoryInfo(subfolder).LinkTarget is not null) continue;
            Collect(subfolder, pattern, recursive, workingDirectory, errors, paths);
        }
    }

    private static string WithoutExtension(string path) => path.Substring(0, path.Length - Path.GetExtension(path).Length);
}
