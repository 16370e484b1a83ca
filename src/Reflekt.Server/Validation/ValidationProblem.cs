namespace Reflekt.Server.Validation;

/// <summary>One reason an event is invalid: a JSON pointer into the validated object and a message.</summary>
internal readonly record struct ValidationProblem(string Pointer, string Message);
