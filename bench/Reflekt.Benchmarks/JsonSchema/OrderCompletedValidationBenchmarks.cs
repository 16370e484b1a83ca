using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Reflekt.Json.Schema;

namespace Reflekt.Benchmarks.JsonSchema;

/// <summary>
/// Validating one Order Completed track event against its compiled draft-07 schema: the gateway's yes/no
/// path (IsValid) and the full "basic" output (Validate), for a valid and an invalid event. Parsing is outside
/// the measurement, as the server parses once for validation and forwarding.
/// Run: dotnet run -c Release --project bench/Reflekt.Benchmarks -- --filter '*OrderCompletedValidation*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class OrderCompletedValidationBenchmarks
{
    private Json.Schema.JsonSchema _schema = null!;
    private JsonDocument _valid = null!;
    private JsonDocument _invalid = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = Json.Schema.JsonSchema.Compile(OrderCompletedFixture.Schema);
        _valid = JsonDocument.Parse(OrderCompletedFixture.ValidEvent);
        _invalid = JsonDocument.Parse(OrderCompletedFixture.InvalidEvent);
        if (!_schema.IsValid(_valid.RootElement) || _schema.Validate(_invalid.RootElement).Errors.Count != 2)
        {
            throw new InvalidOperationException("fixture events do not validate as expected");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _valid.Dispose();
        _invalid.Dispose();
    }

    [Benchmark(Baseline = true)]
    public bool IsValid_valid_event() => _schema.IsValid(_valid.RootElement);

    [Benchmark]
    public bool IsValid_invalid_event() => _schema.IsValid(_invalid.RootElement);

    [Benchmark]
    public ValidationResult Validate_valid_event() => _schema.Validate(_valid.RootElement);

    [Benchmark]
    public ValidationResult Validate_invalid_event() => _schema.Validate(_invalid.RootElement);
}
