import type { EntityType } from "../model";

/** How each entity type is drawn: a colour and a shape, so the type reads at a glance in colour and in grey. */
export interface TypeStyle {
  color: string;
  shape: "ellipse" | "round-rectangle" | "diamond" | "hexagon" | "triangle" | "star" | "pentagon" | "octagon" | "barrel" | "rhomboid" | "tag" | "round-diamond";
}

/** Every entity type of the API has its own; a type the API adds fails the build until it is given one here. */
export const typeStyles: Readonly<Record<EntityType, TypeStyle>> = {
  Country: { color: "#1f6fb4", shape: "ellipse" },
  Region: { color: "#139aa8", shape: "hexagon" },
  City: { color: "#2e9e3a", shape: "triangle" },
  Place: { color: "#7bbf5d", shape: "tag" },
  Organization: { color: "#e8790c", shape: "round-rectangle" },
  Person: { color: "#cf2e2e", shape: "round-diamond" },
  Event: { color: "#8a56c2", shape: "star" },
  Initiative: { color: "#8c5a3c", shape: "pentagon" },
  Language: { color: "#d6579f", shape: "octagon" },
  Group: { color: "#6f7378", shape: "barrel" },
  Date: { color: "#a3a317", shape: "rhomboid" },
};

/** Labels of a Cypher result that are no entity type (Document) draw in neutral grey. */
export const unknownTypeStyle: TypeStyle = { color: "#9aa0a6", shape: "diamond" };

/** Cypher results draw labels that are no entity type (Document): those get the neutral style. */
export function styleOf(type: string | null | undefined): TypeStyle {
  return type && Object.hasOwn(typeStyles, type) ? typeStyles[type as EntityType] : unknownTypeStyle;
}
