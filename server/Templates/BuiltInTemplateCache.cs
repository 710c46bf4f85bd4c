using System.Collections.Frozen;
using System.Text.Json;

namespace OutlineAddin.Templates;

/// <summary>
/// The built-in templates, ready to send. They are written only at start-up and never change while the
/// server runs, so each one's JSON is made once: fetching a built-in costs no database read and no
/// serialisation, which matters because every insert in Word starts with that fetch.
/// </summary>
public sealed class BuiltInTemplateCache
{
    private FrozenDictionary<string, ReadyTemplate> templates = FrozenDictionary<string, ReadyTemplate>.Empty;

    public sealed record ReadyTemplate(string ETag, byte[] Json);

    public void Fill(IEnumerable<Template> builtIns, JsonSerializerOptions options) =>
        templates = builtIns.ToFrozenDictionary(
            template => template.Id,
            template => new ReadyTemplate(template.ETag, JsonSerializer.SerializeToUtf8Bytes(template, options)));

    public ReadyTemplate? Find(string id) => templates.GetValueOrDefault(id);
}
