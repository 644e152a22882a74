using System;
using System.IO;
using Corpus.OptimizeNow;

// Usage: Corpus.OptimizeNow <assembly>...  (changed in place; symbols need no change)
if (args.Length == 0)
{
    Console.Error.WriteLine("error OPTIMIZENOW1: no assembly given. Usage: Corpus.OptimizeNow <assembly>...");
    return 2;
}
foreach (var path in args)
{
    if (!File.Exists(path))
    {
        Console.Error.WriteLine($"{path}: error OPTIMIZENOW2: no such assembly.");
        return 1;
    }
    try
    {
        var marked = OptimizeOnFirstCall.Mark(path);
        Console.WriteLine($"{Path.GetFileName(path)}: {marked} methods marked to be compiled fully optimized on their first call.");
    }
    catch (Exception exception) when (exception is InvalidOperationException or BadImageFormatException)
    {
        Console.Error.WriteLine($"{path}: error OPTIMIZENOW3: {exception.Message}");
        return 1;
    }
}
return 0;
