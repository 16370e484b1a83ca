using Reflekt.Cli;

// The process edge: real console, real environment, Ctrl+C; everything else lives in ReflektCli.
return await ReflektCli.RunAsync(args, CliHost.FromProcess());
