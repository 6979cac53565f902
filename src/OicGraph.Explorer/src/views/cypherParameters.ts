/** The $parameters of a Cypher query as typed in the console: a JSON object, checked before anything is sent. */
export type ParsedParameters =
  | { ok: true; values: Record<string, unknown> }
  | { ok: false; message: string; line: number; column: number };

/** Reads the parameters box: empty means none; anything but a JSON object is an error with its line and column. */
export function parseParameters(text: string): ParsedParameters {
  if (text.trim() === "") return { ok: true, values: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The parameters are not valid JSON: ${message}`, ...positionOf(text, message) };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const start = text.length - text.trimStart().length;
    return { ok: false, message: "The parameters must be one JSON object, e.g. {\"id\": \"kazakhstan\"}.", ...lineAndColumn(text, start) };
  }
  return { ok: true, values: value as Record<string, unknown> };
}

/** Where a JSON.parse message points: V8 says "at position N" or "(line L column C)"; otherwise the end of the text. */
function positionOf(text: string, message: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  return lineAndColumn(text, position ? Number(position[1]) : text.length);
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * The names of the $parameters a query uses, each once, in order of first use: `$id` and `$`quoted name``, but not
 * a `$` inside a string literal or a comment.
 */
export function parametersOf(query: string): string[] {
  const names: string[] = [];
  const add = (name: string) => { if (!names.includes(name)) names.push(name); };
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (c === "'" || c === '"') {
      i++;
      while (i < query.length && query[i] !== c) i += query[i] === "\\" ? 2 : 1;
      i++;
    } else if (c === "/" && next === "/") {
      while (i < query.length && query[i] !== "\n") i++;
    } else if (c === "/" && next === "*") {
      const end = query.indexOf("*/", i + 2);
      i = end < 0 ? query.length : end + 2;
    } else if (c === "`") {
      const end = query.indexOf("`", i + 1);
      i = end < 0 ? query.length : end + 1;
    } else if (c === "$") {
      if (next === "`") {
        const end = query.indexOf("`", i + 2);
        if (end > i + 2) add(query.slice(i + 2, end));
        i = end < 0 ? query.length : end + 1;
      } else {
        const name = /^[\p{L}_][\p{L}\p{N}_]*|^\d+/u.exec(query.slice(i + 1))?.[0];
        if (name) add(name);
        i += 1 + (name?.length ?? 0);
      }
    } else {
      i++;
    }
  }
  return names;
}

/** The parameters a query uses that the box gives no value. */
export function missingParameters(query: string, values: Readonly<Record<string, unknown>>): string[] {
  return parametersOf(query).filter((name) => !Object.hasOwn(values, name));
}
