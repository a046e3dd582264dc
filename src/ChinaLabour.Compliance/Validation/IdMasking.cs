using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// How notices quote what may be a resident ID number: masked (<c>140602********1234</c>) unless the caller asked to
/// see them in full. An id that has the shape of an ID number is masked too, since some HR systems use the number as
/// the worker id.
/// </summary>
/// <param name="Show">Whether to quote ID numbers in full.</param>
internal readonly record struct IdMasking(bool Show)
{
    /// <summary>An identifier as a notice may quote it; a dash when absent (the reader lets an explicit <c>null</c> through).</summary>
    public string Shown(string? id) => id switch
    {
        null => ValueFormatter.Format(null),
        _ when !Show && ResidentIdNumber.LooksLikeOne(id) => ResidentIdNumber.Mask(id),
        _ => id,
    };

    /// <summary>An ID number as a notice may quote it.</summary>
    public string Number(string number) => Show ? number : ResidentIdNumber.Mask(number);
}
