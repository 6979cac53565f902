namespace OicGraph.Tests.Shared;

/// <summary>Temp data directories of test apps, removed when a test class is done with them.</summary>
internal static class TempDirectories
{
    public static void DeleteQuietly(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file on some platforms; the OS cleans temp folders.
        }
    }
}
