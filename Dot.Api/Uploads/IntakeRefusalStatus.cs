using Dot.Domain.Intake;

namespace Dot.Api.Uploads;

/// <summary>The one place an intake refusal becomes an HTTP status.</summary>
public static class IntakeRefusalStatus
{
    public static int Of(IntakeRefusalReason reason) => reason switch
    {
        IntakeRefusalReason.TooLarge or IntakeRefusalReason.TooManyFiles => StatusCodes.Status413PayloadTooLarge,
        IntakeRefusalReason.UnknownFormat or IntakeRefusalReason.UnsupportedEncoding => StatusCodes.Status415UnsupportedMediaType,
        IntakeRefusalReason.MalformedBody => StatusCodes.Status400BadRequest,
        IntakeRefusalReason.TooSlow => StatusCodes.Status408RequestTimeout,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}
