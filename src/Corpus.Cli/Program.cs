return Corpus.Cli.CorpusCommand.Run(args, System.Console.Out, System.Console.Error);
