using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// One article's share of its bucket's file, made from that article alone so an edit re-makes only its
/// piece: the member that names it (<see cref="Member"/>, lines of code), its named figures and quotes
/// (<see cref="Lists"/>) and its record in the bucket's data (<see cref="Data"/>). Who said its quotes is
/// in the corpus's people, not here, so that a change to the people leaves the piece as it was.
/// </summary>
internal sealed record ArticlePiece(
    string CorpusClass,
    ArticleBucket Bucket,
    int Slot,
    string DisplayPath,
    string Member,
    EquatableArray<NamedMembers> Lists,
    string Data,
    CorpusOptions Options);

/// <summary>Members of one list class (<c>FigureList</c>, or a part of it), as lines of code.</summary>
internal sealed record NamedMembers(string ClassName, string Text);

/// <summary>Everything one generated file of articles is made from.</summary>
internal sealed record BucketEmission(string CorpusClass, ArticleBucket Bucket, EquatableArray<ArticlePiece> Pieces, CorpusOptions Options);

/// <summary>An article's piece, or why it could not be made (CORPUS902).</summary>
internal sealed record PieceOutcome(ArticlePiece? Piece, DiagnosticInfo? Failure);
