using System.Collections.Frozen;
using System.Text.Json;

namespace OutlineAddin.Templates;

/// <summary>
/// The built-in templates, ready to send, as the database held them when this instance started: their versions, so
/// their ETags, are the database's, the same on every instance. They are written only at start-up, and only by a
/// release with a newer library (<see cref="BuiltInLibrary"/>), so each one's JSON is made once: fetching a built-in costs
/// no database read and no serialisation, which matters because every insert in Word starts with that fetch. Only in a
/// rolling upgrade can this copy be older than the database's: an instance of the older release that started before
/// the newer one stored its library serves the older built-ins until it is replaced (its clients then revalidate).
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
