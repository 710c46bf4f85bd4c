using System.Text;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Bench;

/// <summary>
/// Builds a realistic Chinese work document (工作总结 / 公文 style) of an exact number of paragraphs,
/// deterministically from a seed: 一、 headings, （一） subheadings, 1. items, body prose, and the things
/// real documents contain — prose that starts like a marker but is not one (1.5万人, 一季度, 2024.3.5,
/// 一、二季度, an inline 一是…；二是… enumeration), wrong forms ((一), 1、, 一., 1）), numbering gaps and
/// duplicates, and a few empty paragraphs. Paragraphs carry no heading style (OutlineLevel null), as in a
/// pasted or badly styled document, so the recognizer does all the work.
/// </summary>
public static class DocumentGenerator
{
    private static readonly string[] Topics =
    [
        "加强党的建设", "推进重点项目建设", "优化营商环境", "深化改革创新", "强化安全生产", "改进工作作风",
        "做好民生保障", "推动产业升级", "加强队伍建设", "提升服务效能", "抓好疫情防控", "推进乡村振兴",
        "强化风险防控", "完善制度体系", "加快数字化转型", "做好财政金融工作", "加强生态环境保护", "推进依法行政",
    ];

    private static readonly string[] SubTopics =
    [
        "压实主体责任", "健全工作机制", "强化督促检查", "加大资金投入", "突出问题导向", "注重宣传引导",
        "强化考核评价", "完善配套政策", "加强统筹协调", "抓好整改落实", "提高队伍素质", "拓展服务渠道",
    ];

    private static readonly string[] Items =
    [
        "开展专项检查", "组织业务培训", "召开推进会议", "制定实施方案", "建立工作台账", "落实包保责任",
        "完成年度目标", "推广典型经验", "开展调查研究", "细化任务清单", "强化信息报送", "做好应急值守",
    ];

    private static readonly string[] Prose =
    [
        "全年共组织各类活动{0}场次，参与干部群众{1}人次，形成了一批可复制、可推广的经验做法。",
        "围绕年度目标任务，各部门主动作为、密切配合，较好地完成了既定目标，群众满意度进一步提升。",
        "对照上级要求，我们还存在一些差距和不足，主要是工作推进不够平衡，个别领域基础仍然薄弱。",
        "下一步，将坚持问题导向和目标导向，聚焦重点难点，持续用力、久久为功，确保各项工作落地见效。",
        "截至目前，累计完成投资{1}万元，同比增长{2}%，其中新开工项目{0}个，竣工投产项目{3}个。",
        "建立健全长效机制，定期分析研判形势，及时协调解决推进中遇到的困难和问题，形成工作合力。",
    ];

    // Body paragraphs that begin like a marker but are not one.
    private static readonly string[] Lookalikes =
    [
        "1.5万人次参加了线上线下培训，培训覆盖率达到百分之九十以上。",
        "一季度，全系统完成主要经济指标的百分之二十八，实现了“开门红”。",
        "2024.3.5召开全体干部大会，对全年工作进行了动员部署。",
        "一、二季度累计新增市场主体{0}户，同比增长{2}%。",
        "3.2%的增幅高于全省平均水平，位居全市前列。",
        "一方面要加大投入力度，另一方面要提高资金使用效益。",
        "一是加强学习；二是改进作风；三是狠抓落实，切实把各项部署落到实处。",
        "第三条第（一）项规定的情形，按照有关规定处理。",
        "12月底前全面完成整改任务，并将整改情况报送办公室。",
        "三大工程进展顺利，四风问题整治取得明显成效。",
    ];

    /// <summary>What went into a generated document, for the report.</summary>
    public sealed record Mix(int Headings1, int Headings2, int Items, int Body, int Lookalikes, int Empty, int WrongForms, int Gaps, int Duplicates)
    {
        public string Describe(int total) =>
            $"一、 {Headings1}, （一） {Headings2}, 1. {Items}, body {Body} (of which look-alikes {Lookalikes}), empty {Empty}; " +
            $"wrong forms {WrongForms}, gaps {Gaps}, duplicates {Duplicates} (of {total} paragraphs)";
    }

    public static (IReadOnlyList<SourceParagraph> Paragraphs, Mix Mix) Generate(int count, int seed = 20240305)
    {
        var random = new Random(seed + count);
        var paragraphs = new List<SourceParagraph>(count);
        int h1 = 0, h2 = 0, items = 0, body = 0, lookalikes = 0, empty = 0, wrong = 0, gaps = 0, duplicates = 0;
        var counters = new int[3];

        void Add(string text) { if (paragraphs.Count < count) paragraphs.Add(new SourceParagraph(text)); }

        string Filled(string template) => string.Format(template,
            random.Next(3, 200), random.Next(100, 99999), random.Next(1, 30) + random.Next(0, 10) / 10.0, random.Next(1, 50));

        void AddBody(int n)
        {
            for (var i = 0; i < n && paragraphs.Count < count; i++)
            {
                var roll = random.NextDouble();
                if (roll < 0.02) { Add(""); empty++; }
                else if (roll < 0.12) { Add(Filled(Lookalikes[random.Next(Lookalikes.Length)])); body++; lookalikes++; }
                else { Add(Filled(Prose[random.Next(Prose.Length)])); body++; }
            }
        }

        // The next counter at a level: usually +1, sometimes a gap (+2) or a duplicate (+0).
        int NextValue(int level)
        {
            var roll = random.NextDouble();
            var step = 1;
            if (roll < 0.03 && counters[level] > 0) { step = 2; gaps++; }
            else if (roll < 0.04 && counters[level] > 0) { step = 0; duplicates++; }
            counters[level] += step;
            for (var deeper = level + 1; deeper < counters.Length; deeper++) counters[deeper] = 0;
            return Math.Max(counters[level], 1);
        }

        bool Wrong() { var isWrong = random.NextDouble() < 0.05; if (isWrong) wrong++; return isWrong; }

        while (paragraphs.Count < count)
        {
            // 一、 heading (sometimes 一. by mistake), then an introductory paragraph or two.
            var v1 = ChineseNumerals.Format(NextValue(0));
            Add((Wrong() ? $"{v1}." : $"{v1}、") + Topics[random.Next(Topics.Length)]);
            h1++;
            AddBody(random.Next(1, 3));

            var subsections = random.Next(2, 6);
            for (var s = 0; s < subsections && paragraphs.Count < count; s++)
            {
                // （一） subheading (sometimes the half-width (一) or （一）、).
                var v2 = ChineseNumerals.Format(NextValue(1));
                var title = SubTopics[random.Next(SubTopics.Length)];
                var marker = Wrong() ? (random.Next(2) == 0 ? $"({v2})" : $"（{v2}）、") : $"（{v2}）";
                // GB/T 9704 practice: the subheading's title often runs on into its first sentence.
                Add(random.NextDouble() < 0.5 ? $"{marker}{title}。{Filled(Prose[random.Next(Prose.Length)])}" : $"{marker}{title}");
                h2++;
                AddBody(random.Next(0, 3));

                var itemCount = random.Next(0, 5);
                for (var i = 0; i < itemCount && paragraphs.Count < count; i++)
                {
                    // 1. item (sometimes 1、 or 1）).
                    var v3 = NextValue(2);
                    var itemMarker = Wrong() ? (random.Next(2) == 0 ? $"{v3}、" : $"{v3}）") : $"{v3}.";
                    Add($"{itemMarker}{Items[random.Next(Items.Length)]}。{Filled(Prose[random.Next(Prose.Length)])}");
                    items++;
                    AddBody(random.Next(0, 3));
                }
            }
        }
        return (paragraphs, new Mix(h1, h2, items, body, lookalikes, empty, wrong, gaps, duplicates));
    }

    public static string Join(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var text = new StringBuilder();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0) text.Append('\n');
            text.Append(paragraphs[i].Text);
        }
        return text.ToString();
    }
}
