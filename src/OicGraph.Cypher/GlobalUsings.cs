// A row binds variable names to values; the alias keeps signatures readable.
global using Row = System.Collections.Generic.Dictionary<string, object?>;
