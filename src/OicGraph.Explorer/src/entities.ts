import { api, ok } from "./api/client";
import type { Entity } from "./model";

const known = new Map<string, Entity>();

/** Remembers entities seen in any answer, so names can be shown for ids without asking again. */
export function remember(entities: Iterable<Entity>): void {
  for (const entity of entities) known.set(entity.id, entity);
}

export function nameOf(id: string): string {
  return known.get(id)?.name ?? id;
}

export async function entity(id: string): Promise<Entity> {
  const cached = known.get(id);
  if (cached) return cached;
  const details = await ok(api.GET("/api/entities/{id}", { params: { path: { id } } }));
  const found = details.entity;
  known.set(found.id, found);
  return found;
}
