using System.Collections.Generic;
using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Context;

/// <summary>Words that make "2-1" a result rather than a range: matches, votes, rulings.</summary>
internal static class Contests
{
    private static readonly HashSet<string> Cues = new()
    {
        "won", "win", "wins", "winning", "beat", "beats", "beating", "defeated", "defeat", "defeats", "victory", "victories", "draw", "drew",
        "drawn", "lead", "led", "leads", "leading", "trail", "trailed", "trailing", "score", "scored", "scores", "scoreline", "loss", "lost",
        "losing", "lose", "thrashed", "thrashing", "edged", "routed", "trounced", "halftime", "final", "match", "game", "games", "set",
        "sets", "vote", "voted", "votes", "voting", "ruling", "decision", "tie", "tied", "clinched", "triumph", "rout", "thumping",
        "hammered", "crushed", "downed", "outscored", "goals", "innings", "runs", "points", "seeded", "semi", "quarter", "overtime", "passed", "approved", "rejected", "upheld",
    };

    public static bool IsAboutContest(TokenStream t) => t.HasAnyWord(Cues);
}
