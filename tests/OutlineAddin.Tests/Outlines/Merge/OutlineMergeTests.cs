using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Outlines.Merge;
using static OutlineAddin.Tests.Outlines.Merge.MergeText;

namespace OutlineAddin.Tests.Outlines.Merge;

public class OutlineMergeTests
{
    // The version inserted, and the document a user wrote under it.
    private const string Version1 = """
        加强组织建设
          加强理论学习
        加强作风建设
        加强效能建设
        """;

    private const string Written = """
        #1 一、加强组织建设
        组织正文。
        #2 （一）加强理论学习
        学习正文。
        #1 二、加强作风建设
        作风正文。
        #1 三、加强效能建设
        效能正文。
        """;

    public static TheoryData<string, string, string, string, string?, string, string> Cases() => new()
    {
        {
            "an unchanged outline comes back as it is", Version1, Version1, Written, null,
            """
            kept 1 @0 一、加强组织建设
            kept - @1 组织正文。
            kept 2 @2 （一）加强理论学习
            kept - @3 学习正文。
            kept 1 @4 二、加强作风建设
            kept - @5 作风正文。
            kept 1 @6 三、加强效能建设
            kept - @7 效能正文。
            """, ""
        },
        {
            "reordered sections take their text along, and only the section that left its order is moved", Version1,
            """
            加强作风建设
            加强组织建设
              加强理论学习
            加强效能建设
            """, Written, null,
            """
            moved 1 @4 一、加强作风建设
            moved - @5 作风正文。
            kept 1 @0 二、加强组织建设
            kept - @1 组织正文。
            kept 2 @2 （一）加强理论学习
            kept - @3 学习正文。
            kept 1 @6 三、加强效能建设
            kept - @7 效能正文。
            """, ""
        },
        {
            "a heading the template renamed takes the new title and keeps its text", Version1,
            """
            加强组织建设
              加强理论学习
            加强作风纪律建设
            加强效能建设
            """, Written, null,
            """
            kept 1 @0 一、加强组织建设
            kept - @1 组织正文。
            kept 2 @2 （一）加强理论学习
            kept - @3 学习正文。
            kept 1 @4 二、加强作风纪律建设
            kept - @5 作风正文。
            kept 1 @6 三、加强效能建设
            kept - @7 效能正文。
            """, ""
        },
        {
            "a heading renamed beyond recognition is still the one in its place", Version1,
            """
            加强组织建设
              加强理论学习
            全面从严治党
            加强效能建设
            """, Written, null,
            """
            kept 1 @0 一、加强组织建设
            kept - @1 组织正文。
            kept 2 @2 （一）加强理论学习
            kept - @3 学习正文。
            kept 1 @4 二、全面从严治党
            kept - @5 作风正文。
            kept 1 @6 三、加强效能建设
            kept - @7 效能正文。
            """, ""
        },
        {
            "a title the user reworded is kept where the template did not change it, and renumbered", Version1,
            """
            总体要求
            加强组织建设
              加强理论学习
            加强作风建设
            加强效能建设
            """,
            """
            #1 一、加强组织建设
            组织正文。
            #2 （一）抓好读书班
            学习正文。
            #1 二、加强作风建设和纪律建设
            作风正文。
            #1 三、加强效能建设
            效能正文。
            """, null,
            """
            new 1 @- 一、总体要求
            kept 1 @0 二、加强组织建设
            kept - @1 组织正文。
            kept 2 @2 （一）抓好读书班
            kept - @3 学习正文。
            kept 1 @4 三、加强作风建设和纪律建设
            kept - @5 作风正文。
            kept 1 @6 四、加强效能建设
            kept - @7 效能正文。
            """, ""
        },
        {
            "a style given renumbers every heading and no body text", Version1, Version1, Written, "decimal",
            """
            kept 1 @0 1 加强组织建设
            kept - @1 组织正文。
            kept 2 @2 1.1 加强理论学习
            kept - @3 学习正文。
            kept 1 @4 2 加强作风建设
            kept - @5 作风正文。
            kept 1 @6 3 加强效能建设
            kept - @7 效能正文。
            """, ""
        },
        {
            "a split heading's text follows the half more like it and the other half arrives empty",
            """
            加强组织建设
            加强作风纪律建设
            """,
            """
            加强组织建设
            加强作风建设
            加强纪律建设
            """,
            """
            #1 一、加强组织建设
            组织正文。
            #1 二、加强作风纪律建设
            作风纪律正文。
            """, null,
            """
            kept 1 @0 一、加强组织建设
            kept - @1 组织正文。
            kept 1 @2 二、加强作风建设
            kept - @3 作风纪律正文。
            new 1 @- 三、加强纪律建设
            """, ""
        },
        {
            "two headings merged into one keep both texts under the survivor",
            """
            加强组织建设
            加强队伍建设
            加强效能建设
            """,
            """
            加强组织和队伍建设
            加强效能建设
            """,
            """
            #1 一、加强组织建设
            组织正文。
            #1 二、加强队伍建设
            队伍正文。
            #1 三、加强效能建设
            效能正文。
            """, null,
            """
            kept 1 @0 一、加强组织和队伍建设
            kept - @1 组织正文。
            moved - @3 队伍正文。
            kept 1 @4 二、加强效能建设
            kept - @5 效能正文。
            """, "1 @2 二、加强队伍建设"
        },
        {
            "a heading moved to another parent takes its text there",
            """
            加强组织建设
              加强理论学习
              开展专题培训
            加强作风建设
              深入调查研究
            """,
            """
            加强组织建设
              加强理论学习
            加强作风建设
              深入调查研究
              开展专题培训
            """,
            """
            #1 一、加强组织建设
            #2 （一）加强理论学习
            学习正文。
            #2 （二）开展专题培训
            培训正文。
            #1 二、加强作风建设
            #2 （一）深入调查研究
            调研正文。
            """, null,
            """
            kept 1 @0 一、加强组织建设
            kept 2 @1 （一）加强理论学习
            kept - @2 学习正文。
            kept 1 @5 二、加强作风建设
            kept 2 @6 （一）深入调查研究
            kept - @7 调研正文。
            moved 2 @3 （二）开展专题培训
            moved - @4 培训正文。
            """, ""
        },
        {
            "a removed heading with the user's text is kept after the section before it", Version1,
            """
            加强组织建设
              加强理论学习
            加强效能建设
            """, Written, null,
            """
            kept 1 @0 一、加强组织建设
            kept - @1 组织正文。
            kept 2 @2 （一）加强理论学习
            kept - @3 学习正文。
            removed-kept 1 @4 二、加强作风建设
            removed-kept - @5 作风正文。
            kept 1 @6 二、加强效能建设
            kept - @7 效能正文。
            """, ""
        },
        {
            "a removed heading that was under the section before it stays under it, before that section's other headings",
            """
            加强组织建设
              加强理论学习
              开展专题培训
            """,
            """
            加强组织建设
              开展专题培训
            """,
            """
            #1 一、加强组织建设
            组织正文。
            #2 （一）加强理论学习
            学习正文。
            #2 （二）开展专题培训
            """, null,
            """
            kept 1 @0 一、加强组织建设
            kept - @1 组织正文。
            removed-kept 2 @2 （一）加强理论学习
            removed-kept - @3 学习正文。
            kept 2 @4 （一）开展专题培训
            """, ""
        },
        {
            "a removed heading with nothing under it is dropped and listed", Version1,
            """
            加强组织建设
              加强理论学习
            加强效能建设
            """,
            """
            #1 一、加强组织建设
            组织正文。
            #2 （一）加强理论学习
            学习正文。
            #1 二、加强作风建设
            #1 三、加强效能建设
            效能正文。
            """, null,
            """
            kept 1 @0 一、加强组织建设
            kept - @1 组织正文。
            kept 2 @2 （一）加强理论学习
            kept - @3 学习正文。
            kept 1 @5 二、加强效能建设
            kept - @6 效能正文。
            """, "1 @4 二、加强作风建设"
        },
        {
            "a new heading arrives empty, numbered among its siblings", Version1,
            """
            加强组织建设
              加强理论学习
              开展专题培训
            加强作风建设
            加强效能建设
            """, Written, null,
            """
            kept 1 @0 一、加强组织建设
            kept - @1 组织正文。
            kept 2 @2 （一）加强理论学习
            kept - @3 学习正文。
            new 2 @- （二）开展专题培训
            kept 1 @4 二、加强作风建设
            kept - @5 作风正文。
            kept 1 @6 三、加强效能建设
            kept - @7 效能正文。
            """, ""
        },
        {
            "a heading the user added travels with the section it was written in", Version1,
            """
            加强作风建设
            加强组织建设
              加强理论学习
            加强效能建设
            """,
            """
            #1 一、加强组织建设
            #2 （一）加强理论学习
            学习正文。
            #2 （二）我们的补充
            补充正文。
            #1 二、加强作风建设
            作风正文。
            #1 三、加强效能建设
            """, null,
            """
            moved 1 @5 一、加强作风建设
            moved - @6 作风正文。
            kept 1 @0 二、加强组织建设
            kept 2 @1 （一）加强理论学习
            kept - @2 学习正文。
            kept 2 @3 （二）我们的补充
            kept - @4 补充正文。
            kept 1 @7 三、加强效能建设
            """, ""
        },
        {
            "the text before the first heading stays first", Version1, Version1,
            """
            关于开展作风建设的报告
            各支部：
            #1 一、加强组织建设
            #2 （一）加强理论学习
            #1 二、加强作风建设
            #1 三、加强效能建设
            """, null,
            """
            kept - @0 关于开展作风建设的报告
            kept - @1 各支部：
            kept 1 @2 一、加强组织建设
            kept 2 @3 （一）加强理论学习
            kept 1 @4 二、加强作风建设
            kept 1 @5 三、加强效能建设
            """, ""
        },
        {
            "fields match the values the user filled in, which fill the same fields in new and renamed titles",
            """
            {单位}工作总结
              {季度}重点工作
            """,
            """
            {单位}{年份}年工作总结
              {季度}重点工作
            {单位}下一步打算
            """,
            """
            #1 一、县委办工作总结
            总结正文。
            #2 （一）四季度重点工作
            重点正文。
            """, null,
            """
            kept 1 @0 一、县委办{年份}年工作总结
            kept - @1 总结正文。
            kept 2 @2 （一）四季度重点工作
            kept - @3 重点正文。
            new 1 @- 二、县委办下一步打算
            """, ""
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Merges(string behaviour, string from, string to, string document, string? styleId, string expected, string removed)
    {
        var style = styleId is null ? null : BuiltInStyles.Find(styleId);
        var result = OutlineMerge.Merge(Tree(from), Tree(to), Document(document), style);

        Assert.True(expected == Describe(result.Paragraphs), $"{behaviour}:\n{Describe(result.Paragraphs)}");
        Assert.Equal(removed, Describe(result.Removed));
    }

    [Fact]
    public void Body_text_comes_back_byte_for_byte_whatever_it_looks_like()
    {
        string[] bodies = ["  缩进的正文\t", "1.看似编号的正文", "一是看似要点", "（二）括号开头", "", "📌 表情和 {字段} 与 \u00A0不换行空格 ", "第一章 像标题的正文"];
        var paragraphs = new List<SourceParagraph> { new("一、加强组织建设", 1) };
        paragraphs.AddRange(bodies.Select(body => new SourceParagraph(body)));
        paragraphs.Add(new SourceParagraph("二、加强作风建设", 1));

        var result = OutlineMerge.Merge(Tree("加强组织建设\n加强作风建设"), Tree("加强作风建设\n加强组织建设"), paragraphs, null);

        Assert.Equal(bodies, result.Paragraphs.Where(paragraph => paragraph.Level is null).Select(paragraph => paragraph.Text));
        Assert.All(result.Paragraphs.Where(paragraph => paragraph.Level is null), paragraph => Assert.Equal(paragraphs[paragraph.Source!.Value].Text, paragraph.Text));
    }

    [Fact]
    public void A_removed_heading_with_only_blank_paragraphs_under_it_is_dropped_but_its_paragraphs_stay()
    {
        // A blank paragraph may hold a picture (no text): the Word module refuses a merge that deletes a body paragraph.
        var paragraphs = new List<SourceParagraph> { new("一、加强组织建设", 1), new("组织正文。"), new("二、加强作风建设", 1), new(""), new("  "), new("三、加强效能建设", 1) };

        var result = OutlineMerge.Merge(Tree(Version1), Tree("加强组织建设\n  加强理论学习\n加强效能建设"), paragraphs, null);

        Assert.Equal([0, 1, 3, 4, 5], result.Paragraphs.Where(paragraph => paragraph.Source is not null).Select(paragraph => paragraph.Source!.Value).Order());
        Assert.Equal("1 @2 二、加强作风建设", Describe(result.Removed));
    }

    [Fact]
    public void A_document_without_headings_keeps_its_text_first_and_gets_every_heading_new()
    {
        var result = OutlineMerge.Merge(Tree(Version1), Tree(Version1), Document("只有正文。\n还是正文。"), BuiltInStyles.Gongwen);

        Assert.Equal("""
            kept - @0 只有正文。
            kept - @1 还是正文。
            new 1 @- 一、加强组织建设
            new 2 @- （一）加强理论学习
            new 1 @- 二、加强作风建设
            new 1 @- 三、加强效能建设
            """, Describe(result.Paragraphs));
    }

    [Fact]
    public void A_title_without_markers_or_with_braces_that_are_not_fields_never_throws()
    {
        var from = Tree("{\n}{}\n{ 空格 }\n" + new string('长', 2000));
        var document = Document("#1 {\n#1 }{}\n#9 { 空格 }\n#1 " + new string('长', 2000) + "\n正文");

        var result = OutlineMerge.Merge(from, Tree("{}\n{单位}"), document, null);

        Assert.Contains(result.Paragraphs, paragraph => paragraph.Text == "正文");
    }
}
