namespace Reflekt.Server.Options;

/// <summary>Policy for events with no schema: `forward-invalid` (default), `forward-valid` or `reject`.</summary>
public enum MissingSchemaPolicy
{
    /// <summary>Forward to the INVALID source with a validation error saying no schema was found.</summary>
    ForwardInvalid,

    /// <summary>Forward to the VALID source unchanged.</summary>
    ForwardValid,

    /// <summary>Refuse the request with 400 and spool nothing.</summary>
    Reject,
}
