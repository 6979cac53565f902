import { api, ok, type Schemas } from "./api/client";
import type { Depth } from "./route";

export type Neighbourhood = Schemas["GraphResponse"];

/** How long an answer is reused: long enough for one page load's askers, short enough to see new documents soon. */
const reuseMs = 10_000;
const recent = new Map<string, { answer: Promise<Neighbourhood>; asked: number }>();

/**
 * An entity's neighbourhood from the API. Asking again for the same shortly after shares the one request, so the
 * first load asks once for what the drawing and the side panel both need, and can ask before the drawing code loaded.
 */
export function neighbourhood(id: string, depth: Depth, limit = 2000): Promise<Neighbourhood> {
  const key = `${id}|${depth}|${limit}`;
  const now = performance.now();
  const kept = recent.get(key);
  if (kept && now - kept.asked < reuseMs) return kept.answer;
  const answer = ok(api.GET("/api/entities/{id}/neighbors", { params: { path: { id }, query: { depth, limit } } }));
  recent.set(key, { answer, asked: now });
  // A failure is not kept, and a prefetch nobody used yet must not report an unhandled rejection.
  answer.catch(() => recent.delete(key));
  for (const [old, entry] of recent) if (now - entry.asked >= reuseMs) recent.delete(old);
  return answer;
}
