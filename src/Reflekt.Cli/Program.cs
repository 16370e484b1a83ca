// Placeholder entry point; the foundation issue replaces it with the System.CommandLine root command.
return 0;
