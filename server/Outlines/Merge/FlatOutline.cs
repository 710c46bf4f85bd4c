namespace OutlineAddin.Outlines.Merge;

/// <summary>
/// An outline tree as a list in reading order, each heading knowing its parent and its children: what the matching
/// steps compare, by index rather than by walking the tree again.
/// </summary>
internal sealed class FlatOutline
{
    private FlatOutline(IReadOnlyList<OutlineNode> nodes, IReadOnlyList<int> depths, IReadOnlyList<int> parents,
        IReadOnlyList<IReadOnlyList<int>> children, IReadOnlyList<int> roots)
    {
        Nodes = nodes;
        Depths = depths;
        Parents = parents;
        Children = children;
        Roots = roots;
        Titles = nodes.Select(node => new TitleShape(node.Title)).ToList();
    }

    public IReadOnlyList<OutlineNode> Nodes { get; }

    /// <summary>1 for a top heading.</summary>
    public IReadOnlyList<int> Depths { get; }

    /// <summary>-1 for a top heading.</summary>
    public IReadOnlyList<int> Parents { get; }

    public IReadOnlyList<IReadOnlyList<int>> Children { get; }

    public IReadOnlyList<int> Roots { get; }

    public IReadOnlyList<TitleShape> Titles { get; }

    public int Count => Nodes.Count;

    /// <summary>The headings under <paramref name="parent"/>, or the top headings for -1.</summary>
    public IReadOnlyList<int> ChildrenOf(int parent) => parent < 0 ? Roots : Children[parent];

    public static FlatOutline Of(IReadOnlyList<OutlineNode> tree)
    {
        var (nodes, depths, parents, children, roots) = (new List<OutlineNode>(), new List<int>(), new List<int>(), new List<List<int>>(), new List<int>());
        void Add(OutlineNode node, int depth, int parent)
        {
            var index = nodes.Count;
            nodes.Add(node);
            depths.Add(depth);
            parents.Add(parent);
            children.Add([]);
            (parent < 0 ? roots : children[parent]).Add(index);
            foreach (var child in node.Children) Add(child, depth + 1, index);
        }
        foreach (var node in tree) Add(node, 1, -1);
        return new FlatOutline(nodes, depths, parents, children, roots);
    }
}
