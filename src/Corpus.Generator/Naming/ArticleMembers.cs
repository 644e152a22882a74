using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;

namespace Corpus.Generator.Naming;

/// <summary>
/// Gives every article a member name unique within its corpus class, deterministically: articles are
/// taken in <c>All</c> order (<see cref="CorpusOrder"/>), the first keeps the plain name and the next ones
/// get <c>_2</c>, <c>_3</c>… (a file name is the user's to change). Names are compared ignoring case,
/// because hint names are, and two members that differ only by case would be a trap to read. Each
/// article also gets its file (<see cref="Buckets"/>) and its slot there.
/// </summary>
internal static class ArticleMembers
{
    public static ArticleTable Build(IEnumerable<ArticlePlace> places)
    {
        var slotsOfAll = new List<ArticleSlot>();
        var corpora = new List<CorpusArticles>();
        foreach (var (className, articles) in CorpusOrder.Of(places, place => place))
        {
            var taken = new Names(ReservedNames.InCorpus.Append(className));
            var buckets = Buckets.Count(articles.Count);
            var slots = new Dictionary<string, int>(StringComparer.Ordinal);
            var members = new string[articles.Count];
            for (var position = 0; position < articles.Count; position++)
            {
                var place = articles[position];
                var member = taken.Unique(Identifier.ToPascalCase(place.Id, "Article"));
                var part = buckets == 0 ? position : Buckets.IndexOf(place.DisplayPath, buckets);
                var bucket = buckets == 0 ? Buckets.OwnFile(className, member) : Buckets.Shared(className, part, buckets);
                slots.TryGetValue(bucket.ClassName, out var slot);
                slots[bucket.ClassName] = slot + 1;
                slotsOfAll.Add(new ArticleSlot(place.Path, className, member, bucket, slot, part));
                members[position] = member;
            }
            corpora.Add(new CorpusArticles(className, new EquatableArray<string>(members), articles.Select(a => a.DisplayPath).ToEquatableArray()));
        }
        return new ArticleTable(new ArticleEntries<ArticleSlot>(slotsOfAll.ToEquatableArray()), corpora.ToEquatableArray());
    }
}
