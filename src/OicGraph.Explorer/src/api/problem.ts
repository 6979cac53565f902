/** An RFC 9457 ProblemDetails as the API sends it, with the extensions some errors carry. */
export interface Problem {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
}

/** Where in a Cypher query an error was found, 1-based, as the API reports it. */
export interface QueryPosition {
  line: number;
  column: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(describeProblem(status, problem));
    this.name = "ApiError";
  }

  /** The position of a Cypher error: the problem's line and column extensions, when the server gave them. */
  get position(): QueryPosition | undefined {
    const { line, column } = this.problem;
    return typeof line === "number" && typeof column === "number" ? { line, column } : undefined;
  }
}

/** One readable line: the title, the detail and each field's messages. */
export function describeProblem(status: number, problem: Problem): string {
  const parts = [problem.title ?? `The server answered ${status}.`];
  if (problem.detail) parts.push(problem.detail);
  for (const [field, messages] of Object.entries(problem.errors ?? {})) {
    parts.push(`${field}: ${messages.join(" ")}`);
  }
  return parts.join(" ");
}

/** The query's line the position points into and a caret under its column, for showing an error in place. */
export function pointAt(query: string, position: QueryPosition): { line: string; caret: string } | undefined {
  const line = query.split(/\r\n|\r|\n/)[position.line - 1];
  if (line === undefined) return undefined;
  const column = Math.min(Math.max(position.column, 1), line.length + 1);
  return { line, caret: `${" ".repeat(column - 1)}^` };
}
