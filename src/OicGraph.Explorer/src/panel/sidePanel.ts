import { api, ok } from "../api/client";
import { append, clear, h } from "../dom";
import { entity, nameOf, remember } from "../entities";
import { styleOf } from "../graph/typeStyles";
import { describeProperties, formatValue, scripts, shownProperties, type Entity, type Evidence, type Fact } from "../model";
import { neighbourhood } from "../neighbourhood";
import { renderSource } from "./sourceText";

export interface PanelActions {
  selectEntity(id: string): void;
  selectFact(id: string): void;
}

export function typeChip(type: string): HTMLElement {
  const style = styleOf(type);
  return h("span", { class: "type-chip", style: `--type-color: ${style.color}`, "data-shape": style.shape }, type);
}

/** The side panel: one entity or one fact, with every source, and the source text with the evidence marked. */
export class SidePanel {
  private generation = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: PanelActions,
  ) {
    this.empty();
  }

  empty(): void {
    this.generation++;
    clear(this.root);
    this.root.append(h("p", { class: "hint" }, "Select an entity or a fact to see its names, properties and sources."));
  }

  async showEntity(id: string): Promise<void> {
    const generation = ++this.generation;
    this.loading();
    const [details, graph] = await Promise.all([
      ok(api.GET("/api/entities/{id}", { params: { path: { id } } })),
      neighbourhood(id, 1),
    ]);
    if (generation !== this.generation) return;
    const subject = details.entity;
    remember(graph.nodes);
    const facts = graph.edges.filter((f) => f.source === id || f.target === id);
    clear(this.root);
    append(this.root,
      h("header", { class: "panel-head" }, typeChip(subject.type), h("h2", { "data-entity": subject.id }, subject.name)),
      namesTable(subject),
      subject.aliases.length > 0 ? h("p", { class: "aliases" }, h("strong", {}, "Also: "), h("span", { dir: "auto" }, subject.aliases.join(" · "))) : null,
      propertiesTable(subject.properties),
      h("p", { class: "hint" }, `${details.mentionCount} mentions in ${details.documentCount} documents.`),
      h("h3", {}, `Facts (${facts.length})`),
      factList(facts, id, this.actions),
    );
  }

  async showFact(id: string): Promise<void> {
    const generation = ++this.generation;
    this.loading();
    const fact = await ok(api.GET("/api/relationships/{id}", { params: { path: { id } } }));
    // Every source's claim of this relation between the same two entities: disagreements are separate facts.
    const [sameRelation, from, to] = await Promise.all([
      ok(api.GET("/api/entities/{id}/relationships", { params: { path: { id: fact.source }, query: { direction: "outgoing", type: [fact.type], limit: 500 } } })),
      entity(fact.source),
      entity(fact.target),
    ]);
    if (generation !== this.generation) return;
    const claims = sameRelation.items.filter((f) => f.target === fact.target);
    const ordered = [fact, ...claims.filter((c) => c.id !== fact.id)];
    const disagree = new Set(ordered.map((c) => describeProperties(c.properties))).size > 1;
    const sourceSlot = h("div", { class: "source-slot" });
    const show = (evidence: Evidence) => void this.showSource(sourceSlot, evidence, generation);
    clear(this.root);
    this.root.append(
      h("header", { class: "panel-head" },
        h("h2", { "data-fact": fact.id },
          entityLink(from, this.actions), h("span", { class: "relation" }, ` ${fact.type} → `), entityLink(to, this.actions))),
      h("p", { class: disagree ? "claims-summary disagreement" : "claims-summary" },
        ordered.length === 1 ? "One source states this fact." : `${ordered.length} claims${disagree ? ": the sources disagree." : ", all agreeing."}`),
      h("ol", { class: "claims" }, ...ordered.map((claim) => claimItem(claim, claim.id === fact.id, show, this.actions))),
      sourceSlot,
    );
    const first = fact.evidence[0];
    if (first) await this.showSource(sourceSlot, first, generation);
  }

  private async showSource(slot: HTMLElement, evidence: Evidence, generation: number): Promise<void> {
    const source = await renderSource(evidence.documentId, { start: evidence.start, end: evidence.end }, (id) => this.actions.selectEntity(id));
    if (generation !== this.generation) return;
    slot.replaceChildren(source);
  }

  showError(message: string): void {
    clear(this.root);
    this.root.append(h("p", { class: "error", role: "alert" }, message));
  }

  private loading(): void {
    clear(this.root);
    this.root.append(h("p", { class: "hint" }, "Loading…"));
  }
}

function namesTable(subject: Entity): HTMLElement {
  return h("table", { class: "names" },
    h("tbody", {}, ...scripts.map((s) =>
      h("tr", {}, h("th", { scope: "row" }, s.label),
        h("td", { dir: s.dir, lang: s.key, class: s.dir === "rtl" ? "tote" : "", "data-script": s.key }, subject.names[s.key] ?? "—")))));
}

function propertiesTable(properties: Readonly<Record<string, unknown>>): HTMLElement | null {
  const entries = shownProperties(properties);
  if (entries.length === 0) return null;
  return h("table", { class: "properties" },
    h("caption", {}, "Properties"),
    h("tbody", {}, ...entries.map(([key, value]) => h("tr", {}, h("th", { scope: "row" }, key), h("td", { dir: "auto" }, formatValue(value))))));
}

function entityLink(subject: Entity, actions: PanelActions): HTMLElement {
  return h("a", { href: `?entity=${encodeURIComponent(subject.id)}`, onclick: (e: Event) => { e.preventDefault(); actions.selectEntity(subject.id); } }, subject.name);
}

function factList(facts: readonly Fact[], subjectId: string, actions: PanelActions): HTMLElement {
  const byType = new Map<string, Fact[]>();
  for (const fact of facts) (byType.get(fact.type) ?? byType.set(fact.type, []).get(fact.type)!).push(fact);
  return h("div", { class: "facts" }, ...[...byType.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, list]) =>
    h("section", {}, h("h4", {}, type),
      h("ul", {}, ...list.map((fact) => {
        const outgoing = fact.source === subjectId;
        const other = outgoing ? fact.target : fact.source;
        const properties = describeProperties(fact.properties);
        return h("li", {},
          h("a", { href: `?edge=${encodeURIComponent(fact.id)}`, "data-fact": fact.id, onclick: (e: Event) => { e.preventDefault(); actions.selectFact(fact.id); } },
            outgoing ? `→ ${nameOf(other)}` : `← ${nameOf(other)}`),
          properties ? h("span", { class: "props" }, ` (${properties})`) : null,
          h("span", { class: "sources" }, ` · ${sourcesOf(fact)}`));
      })))));
}

function sourcesOf(fact: Fact): string {
  const documents = [...new Set(fact.evidence.map((e) => e.documentId))];
  return documents.length === 1 ? documents[0]! : `${documents.length} sources`;
}

function claimItem(claim: Fact, selected: boolean, show: (evidence: Evidence) => void, actions: PanelActions): HTMLElement {
  const properties = describeProperties(claim.properties);
  return h("li", { class: selected ? "claim selected" : "claim", "data-fact": claim.id },
    h("div", { class: "claim-head" },
      h("strong", {}, properties || "no properties"),
      selected ? null : h("a", { href: `?edge=${encodeURIComponent(claim.id)}`, class: "select-claim", onclick: (e: Event) => { e.preventDefault(); actions.selectFact(claim.id); } }, " select")),
    h("ul", { class: "evidence-list" }, ...claim.evidence.map((evidence) =>
      h("li", { "data-document": evidence.documentId },
        h("blockquote", { dir: "auto", class: /[\u0600-\u06FF]/.test(evidence.text) ? "tote" : "" }, evidence.text),
        h("button", { type: "button", class: "show-source", "data-document": evidence.documentId, "data-start": evidence.start, onclick: () => show(evidence) },
          `Show in ${evidence.documentId} (${evidence.start}-${evidence.end})`)))));
}
