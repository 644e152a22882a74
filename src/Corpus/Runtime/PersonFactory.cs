using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Corpus.Runtime;

/// <summary>Called by generated code to create the people of a corpus. Not meant to be called by hand.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PersonFactory
{
    // quotes: pairs of (the article's index in articles, the quote's index in that article).
    public static Person Create(string name, PersonKind kind, string[] aliases, string[] roles, IReadOnlyList<Article> articles, int[] quotes)
    {
        if (quotes.Length % 2 != 0) throw new ArgumentException("Quotes come in pairs.", nameof(quotes));
        return new Person(name, kind, Array.AsReadOnly(aliases), Array.AsReadOnly(roles), () =>
        {
            var list = new Quote[quotes.Length / 2];
            for (var i = 0; i < list.Length; i++) list[i] = articles[quotes[2 * i]].Quotes[quotes[2 * i + 1]];
            return Array.AsReadOnly(list);
        });
    }
}
