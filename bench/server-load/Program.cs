using Reflekt.Bench.ServerLoad;

// server-load standin --port P
// server-load serve --port P --segment URL --schemas DIR --spool DIR [--violations on|off]
// server-load load --target URL --standin URL --mode single|batch --seconds S --concurrency C --label NAME [--server-pid PID]
// server-load summary FILE   (medians and verdicts over the lines `load` printed)
string Arg(string name, string fallback) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault() ?? fallback;
int IntArg(string name, int fallback) => int.Parse(Arg(name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);

switch (args.FirstOrDefault())
{
    case "standin":
        await StandIn.RunAsync(IntArg("port", 9100));
        return 0;
    case "serve":
        await Serve.RunAsync(IntArg("port", 9200), Arg("segment", "http://127.0.0.1:9100"), Arg("schemas", "schemas"), Arg("spool", "/tmp/reflekt-bench-spool"),
            Arg("violations", "on") != "off");
        return 0;
    case "load":
        return await Load.RunAsync(new Uri(Arg("target", "http://127.0.0.1:9200")), new Uri(Arg("standin", "http://127.0.0.1:9100")),
            Arg("mode", "single"), IntArg("seconds", 20), IntArg("concurrency", 32), Arg("label", "reflekt"), IntArg("server-pid", 0));
    case "summary":
        return Summary.Print(args.Skip(1).FirstOrDefault() ?? throw new ArgumentException("summary FILE"));
    default:
        Console.Error.WriteLine("usage: server-load standin|serve|load|summary [options] (see README.md)");
        return 2;
}
