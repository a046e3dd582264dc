using NodaTime;

namespace Compliance.Benchmarks;

/// <summary>When each document the hand-written rules decide is in force, as its rule file gives it (<c>inForce</c>, or the day of issue).</summary>
internal static class DocumentDates
{
    /// <summary>中华人民共和国安全生产法, as amended in 2021.</summary>
    public static readonly LocalDate SafetyLaw = new(2021, 9, 1);

    /// <summary>中华人民共和国劳动法, as amended in 2018.</summary>
    public static readonly LocalDate LabourLaw = new(2018, 12, 29);

    /// <summary>中华人民共和国职业病防治法, as amended in 2018.</summary>
    public static readonly LocalDate OccupationalDiseaseLaw = new(2018, 12, 29);

    /// <summary>中华人民共和国消防法, as amended in 2021.</summary>
    public static readonly LocalDate FireLaw = new(2021, 4, 29);

    /// <summary>中华人民共和国劳动合同法, as amended in 2012.</summary>
    public static readonly LocalDate ContractLaw = new(2013, 7, 1);

    /// <summary>劳动合同法实施条例.</summary>
    public static readonly LocalDate ContractRegulations = new(2008, 9, 18);

    /// <summary>生产安全事故报告和调查处理条例.</summary>
    public static readonly LocalDate AccidentRegulations = new(2007, 6, 1);

    /// <summary>生产安全事故应急条例.</summary>
    public static readonly LocalDate EmergencyRegulations = new(2019, 4, 1);

    /// <summary>晋发〔2017〕53号, from its day of issue.</summary>
    public static readonly LocalDate ShanxiOpinions = new(2017, 10, 10);

    /// <summary>朔安发〔2022〕3号, the Shuozhou campaign.</summary>
    public static readonly LocalDate ShuozhouCampaign = new(2022, 4, 29);

    /// <summary>晋政发〔2024〕1号, in force for 2024.</summary>
    public static readonly LocalDate ShanxiWorkSafety2024 = new(2024, 1, 20);

    /// <summary>The last day 晋政发〔2024〕1号 is in force.</summary>
    public static readonly LocalDate ShanxiWorkSafety2024Until = new(2024, 12, 31);
}
