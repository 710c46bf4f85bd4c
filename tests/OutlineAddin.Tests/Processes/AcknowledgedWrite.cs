namespace OutlineAddin.Tests.Processes;

/// <summary>A write the server answered with 2xx: it said version <see cref="Version"/> of the template holds <see cref="Marker"/>.</summary>
public sealed record AcknowledgedWrite(string TemplateId, int Version, string Marker);
