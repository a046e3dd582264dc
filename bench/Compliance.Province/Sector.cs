namespace Compliance.Province;

/// <summary>The three sectors of the province batch.</summary>
internal enum Sector
{
    Mining,
    Construction,
    Manufacturing,
}
