export interface Point {
  x: number;
  y: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export interface RadialOptions {
  /** Distance between rings. */
  ringGap: number;
  /** Least arc length between neighbours on a ring. */
  spacing: number;
}

const defaults: RadialOptions = { ringGap: 150, spacing: 46 };

/**
 * A radial tree layout: the root in the centre, each entity on the ring of its hop distance, inside the angular sector
 * of the entity it was reached from, sectors sized by how many leaves they hold. Deterministic and linear in the
 * graph's size, so a depth-2 neighbourhood of hundreds of entities is placed in well under a millisecond per node and
 * the same link always draws the same picture. Entities the root does not reach go on one more ring outside.
 */
export function radialLayout(rootId: string, nodeIds: readonly string[], edges: readonly LayoutEdge[], options: Partial<RadialOptions> = {}): Map<string, Point> {
  const { ringGap, spacing } = { ...defaults, ...options };
  const known = new Set(nodeIds);
  const neighbours = new Map<string, string[]>();
  for (const id of nodeIds) neighbours.set(id, []);
  for (const { source, target } of edges) {
    if (!known.has(source) || !known.has(target) || source === target) continue;
    neighbours.get(source)!.push(target);
    neighbours.get(target)!.push(source);
  }
  for (const list of neighbours.values()) list.sort();

  // Breadth-first tree from the root: each entity hangs from the first one that reached it.
  const children = new Map<string, string[]>();
  const depthOf = new Map<string, number>();
  const roots = known.has(rootId) ? [rootId] : [];
  const order: string[] = [];
  for (const start of roots) {
    depthOf.set(start, 0);
    const queue = [start];
    while (queue.length > 0) {
      const id = queue.shift()!;
      order.push(id);
      for (const next of neighbours.get(id) ?? []) {
        if (depthOf.has(next)) continue;
        depthOf.set(next, depthOf.get(id)! + 1);
        (children.get(id) ?? children.set(id, []).get(id)!).push(next);
        queue.push(next);
      }
    }
  }

  const unreached = nodeIds.filter((id) => !depthOf.has(id)).sort();
  const leaves = new Map<string, number>();
  for (const id of [...order].reverse()) {
    const kids = children.get(id) ?? [];
    leaves.set(id, kids.length === 0 ? 1 : kids.reduce((sum, kid) => sum + leaves.get(kid)!, 0));
  }

  // Each ring is far enough out to give its entities their spacing, and never closer than one gap past the last.
  const perRing: number[] = [];
  for (const depth of depthOf.values()) perRing[depth] = (perRing[depth] ?? 0) + 1;
  const radii: number[] = [0];
  const crowdedBefore = (depth: number) => (perRing[depth] ?? 0) * spacing * 1.6 > 2 * Math.PI * (radii[depth] ?? 0);
  for (let depth = 1; depth < perRing.length; depth++) {
    radii[depth] = Math.max(radii[depth - 1]! + ringGap * (depth > 1 && crowdedBefore(depth - 1) ? 1.45 : 1), ((perRing[depth] ?? 0) * spacing) / (2 * Math.PI));
  }

  // On a crowded ring every other entity steps outwards, so neighbouring labels do not overlap.
  const crowded = perRing.map((count, depth) => depth > 0 && count * spacing * 1.6 > 2 * Math.PI * (radii[depth] ?? 0));
  const seen: number[] = [];
  const positions = new Map<string, Point>();
  const place = (id: string, from: number, to: number) => {
    const depth = depthOf.get(id)!;
    const angle = (from + to) / 2;
    const nth = (seen[depth] = (seen[depth] ?? 0) + 1);
    const radius = (radii[depth] ?? 0) + (crowded[depth] && nth % 2 === 0 ? ringGap * 0.45 : 0);
    positions.set(id, depth === 0 ? { x: 0, y: 0 } : { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    const kids = children.get(id) ?? [];
    const total = leaves.get(id)!;
    let at = from;
    for (const kid of kids) {
      const share = ((to - from) * leaves.get(kid)!) / total;
      place(kid, at, at + share);
      at += share;
    }
  };
  for (const root of roots) place(root, -Math.PI / 2, (3 * Math.PI) / 2);

  if (unreached.length > 0) {
    const outer = Math.max((radii[radii.length - 1] ?? 0) + ringGap, (unreached.length * spacing) / (2 * Math.PI));
    unreached.forEach((id, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / unreached.length;
      positions.set(id, { x: outer * Math.cos(angle), y: outer * Math.sin(angle) });
    });
  }
  return positions;
}

/**
 * Places entities newly reached from an anchor without moving anything already drawn: on arcs around the anchor,
 * facing away from the centre of the picture, each slot pushed outwards until it keeps its distance from every
 * entity already there.
 */
export function placeAround(anchor: Point, centre: Point, count: number, occupied: readonly Point[], options: Partial<RadialOptions> = {}): Point[] {
  const { ringGap, spacing } = { ...defaults, ...options };
  const outward = anchor.x === centre.x && anchor.y === centre.y ? -Math.PI / 2 : Math.atan2(anchor.y - centre.y, anchor.x - centre.x);
  const taken = [...occupied];
  const placed: Point[] = [];
  const far = (p: Point) => taken.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= spacing * 0.9);
  let radius = ringGap * 0.8;
  while (placed.length < count) {
    // As many slots as fit on a half circle at this radius, centred on the outward direction.
    const capacity = Math.max(1, Math.floor((Math.PI * radius) / spacing));
    const onThisArc = Math.min(capacity, count - placed.length);
    for (let slot = 0; slot < onThisArc; slot++) {
      const offset = onThisArc === 1 ? 0 : (slot / (onThisArc - 1) - 0.5) * Math.min(Math.PI, (onThisArc * spacing) / radius);
      let r = radius;
      let point = { x: anchor.x + r * Math.cos(outward + offset), y: anchor.y + r * Math.sin(outward + offset) };
      for (let tries = 0; tries < 40 && !far(point); tries++) {
        r += spacing / 2;
        point = { x: anchor.x + r * Math.cos(outward + offset), y: anchor.y + r * Math.sin(outward + offset) };
      }
      placed.push(point);
      taken.push(point);
    }
    radius += ringGap * 0.6;
  }
  return placed;
}
