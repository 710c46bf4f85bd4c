using System.ComponentModel;
using System.Diagnostics;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>
/// LibreOffice (soffice, headless) converting documents, as a program no one here wrote reads what the server
/// exports. One user profile of its own (soffice run twice on one profile waits for, or talks to, the first), and one
/// conversion at a time; each call converts a batch, since starting soffice is most of its cost.
/// </summary>
public sealed class LibreOffice : IDisposable
{
    /// <summary>Set to 1 to skip the LibreOffice tests on a machine without it; tests/run.sh and CI never set it.</summary>
    public const string SkipVariable = "OUTLINE_SKIP_LIBREOFFICE";

    public static bool Skipped => Environment.GetEnvironmentVariable(SkipVariable) == "1";

    /// <summary>Plain text in UTF-8 (the default text filter writes the system's code page).</summary>
    public const string Text = "txt:Text (encoded):UTF8";
    public const string Pdf = "pdf";
    public const string Docx = "docx:MS Word 2007 XML";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public string WorkDirectory { get; } = Directory.CreateTempSubdirectory("outline-lo-").FullName;

    private string ProfileDirectory => Path.Combine(WorkDirectory, "profile");

    /// <summary>Writes each document into a new folder of the work directory, to convert them as a batch.</summary>
    public string Save(IEnumerable<(string Name, byte[] Content)> documents)
    {
        var folder = Directory.CreateDirectory(Path.Combine(WorkDirectory, Guid.NewGuid().ToString("N"))).FullName;
        foreach (var (name, content) in documents) File.WriteAllBytes(Path.Combine(folder, name), content);
        return folder;
    }

    /// <summary>
    /// Converts the files to <paramref name="format"/> (an extension, or extension:filter) into a new folder beside
    /// them; returns the converted files by input file, each of which must exist.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> ConvertAsync(IReadOnlyList<string> files, string format)
    {
        var extension = format.Split(':')[0];
        var output = Directory.CreateDirectory(Path.Combine(WorkDirectory, Guid.NewGuid().ToString("N"))).FullName;
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                $"-env:UserInstallation={new Uri(ProfileDirectory + "/").AbsoluteUri}", "--headless", "--norestore", "--nologo",
                "--convert-to", format, "--outdir", output,
            },
        };
        foreach (var file in files) start.ArgumentList.Add(file);

        await oneAtATime.WaitAsync();
        try
        {
            using var soffice = StartOrExplain(start);
            var stdout = soffice.StandardOutput.ReadToEndAsync();
            var stderr = soffice.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await soffice.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                soffice.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not finish converting {files.Count} file(s) to {format} in {Timeout.TotalSeconds} s.");
            }
            var converted = files.ToDictionary(file => file, file => Path.Combine(output, Path.GetFileNameWithoutExtension(file) + "." + extension));
            var missing = converted.Where(entry => !File.Exists(entry.Value)).Select(entry => Path.GetFileName(entry.Key)).ToList();
            if (soffice.ExitCode != 0 || missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"soffice --convert-to {format} exited with {soffice.ExitCode}; not converted: {string.Join(", ", missing)}.\n{await stdout}\n{await stderr}");
            }
            return converted;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
        }
        catch (Win32Exception missing)
        {
            throw new InvalidOperationException(
                $"LibreOffice is not installed (no soffice on PATH): install libreoffice-writer-nogui (tests/run.sh does), " +
                $"or set {SkipVariable}=1 to skip these tests on this machine.", missing);
        }
    }

    public void Dispose()
    {
        oneAtATime.Dispose();
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A soffice killed on timeout may still hold a file for a moment; the temp folder is the system's to clear then.
        }
    }
}

/// <summary>The LibreOffice tests share one soffice profile and run one after another, never beside each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LibreOfficeTests : ICollectionFixture<LibreOffice>
{
    public const string Name = "LibreOffice";
}

/// <summary>A test that needs LibreOffice: it fails where soffice is missing, unless <see cref="LibreOffice.SkipVariable"/> is 1.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Skipped) Skip = $"{LibreOffice.SkipVariable}=1: LibreOffice tests skipped on this machine.";
    }
}

/// <inheritdoc cref="LibreOfficeFactAttribute"/>
public sealed class LibreOfficeTheoryAttribute : TheoryAttribute
{
    public LibreOfficeTheoryAttribute()
    {
        if (LibreOffice.Skipped) Skip = $"{LibreOffice.SkipVariable}=1: LibreOffice tests skipped on this machine.";
    }
}
