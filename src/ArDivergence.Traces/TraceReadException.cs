namespace ArDivergence.Traces;

/// <summary>
/// A recording that cannot be read: one line naming the file, the line and column where the JSON
/// itself is at fault, and the JSON path of the value that is wrong.
/// </summary>
public sealed class TraceReadException : Exception
{
    public TraceReadException(string file, string problem, int? line = null, int? column = null, string? jsonPath = null)
        : base(Compose(file, problem, line, column, jsonPath))
    {
        File = file;
        Problem = problem;
        Line = line;
        Column = column;
        JsonPath = jsonPath;
    }

    public TraceReadException()
        : this("", "unreadable trace")
    {
    }

    public TraceReadException(string message)
        : this("", message)
    {
    }

    public TraceReadException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "";
        Problem = message;
    }

    public string File { get; }

    public string Problem { get; }

    public int? Line { get; }

    public int? Column { get; }

    public string? JsonPath { get; }

    private static string Compose(string file, string problem, int? line, int? column, string? jsonPath)
    {
        var where = line is { } l ? column is { } c ? $"{file}:{l}:{c}" : $"{file}:{l}" : file;
        var path = jsonPath is null ? "" : $" (at {jsonPath})";
        return $"{where}: error: {problem}{path}";
    }
}
