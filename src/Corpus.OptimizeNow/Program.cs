using System;
using System.IO;
using Corpus.OptimizeNow;

// Usage: Corpus.OptimizeNow <assembly>...  (its .pdb beside it, if any, is rewritten to match)
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
    var marked = OptimizeOnFirstCall.Mark(path);
    Console.WriteLine($"{Path.GetFileName(path)}: {marked} methods marked to be compiled fully optimized on their first call.");
}
return 0;
