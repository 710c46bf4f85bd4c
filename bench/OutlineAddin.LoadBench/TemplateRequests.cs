using System.Text.Json.Nodes;

namespace OutlineAddin.LoadBench;

/// <summary>The body of a template save, made from a template as GET answers it.</summary>
public static class TemplateRequests
{
    private static readonly string[] ContentFields = ["category", "tags", "nodes", "defaultStyleId", "levels"];

    public static JsonObject From(JsonNode template, string name)
    {
        var request = new JsonObject { ["name"] = name };
        foreach (var field in ContentFields) request[field] = template[field]?.DeepClone();
        return request;
    }

    /// <summary>
    /// The same template with its first heading renamed: a save must change something, or the server makes no version
    /// and writes nothing, and the run would measure reads instead of writes.
    /// </summary>
    public static byte[] Edited(JsonObject request, int writer, int save)
    {
        var nodes = request["nodes"]!.AsArray();
        nodes[0]!["title"] = $"写入者 {writer} 第 {save} 次保存";
        return System.Text.Encoding.UTF8.GetBytes(request.ToJsonString());
    }
}
