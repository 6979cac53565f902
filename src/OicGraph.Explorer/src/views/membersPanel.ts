import { api, ok } from "../api/client";
import type { App, ViewPanel } from "../app";
import { clear, h } from "../dom";
import { remember } from "../entities";
import type { Route } from "../route";
import { disagreementOf, filterStates, type Claim, type MemberState } from "./memberStates";

/** The OIC's member and observer states, their accession years and every source's claim, disagreements first to the eye. */
export class MembersPanel implements ViewPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLTableSectionElement;
  private readonly summary: HTMLElement;
  private readonly filter: HTMLInputElement;
  private readonly onlyDisagreements: HTMLInputElement;
  private states: MemberState[] | undefined;

  constructor(private readonly app: App) {
    // The filter lives in the URL (replacing the entry, not adding one per key typed), so a filtered table can be shared.
    const keep = () => this.app.navigate({ filter: this.filter.value.trim() || undefined, disagreements: this.onlyDisagreements.checked || undefined }, { replace: true });
    this.filter = h("input", { type: "search", placeholder: "Filter by name, any script", "aria-label": "Filter states", dir: "auto", oninput: keep });
    this.onlyDisagreements = h("input", { type: "checkbox", onchange: keep });
    this.summary = h("p", { class: "summary", role: "status" });
    this.body = h("tbody");
    this.element = h("section", { class: "view members-view" },
      h("div", { class: "toolbar" }, this.filter, h("label", {}, this.onlyDisagreements, " only where the sources disagree")),
      this.summary,
      h("div", { class: "table-scroll" },
        h("table", { class: "members", "data-testid": "member-states" },
          h("thead", {}, h("tr", {}, ...["State", "Name (tote)", "Status", "Accession", "Claims by source", "Disagreement"].map((t) => h("th", { scope: "col" }, t)))),
          this.body)));
  }

  async show(route: Route): Promise<void> {
    // While typing, the box holds spaces the URL trims; only a different filter rewrites it.
    if (this.filter.value.trim() !== (route.filter ?? "")) this.filter.value = route.filter ?? "";
    this.onlyDisagreements.checked = route.disagreements === true;
    if (!this.states) {
      const answer = await ok(api.GET("/api/member-states"));
      this.states = [...answer].sort((a, b) => a.country.name.localeCompare(b.country.name));
      remember(this.states.map((s) => s.country));
    }
    this.render();
  }

  private render(): void {
    const all = this.states ?? [];
    const shown = filterStates(all, { text: this.filter.value, onlyDisagreements: this.onlyDisagreements.checked });
    const members = all.filter((s) => s.status === "member").length;
    const disagreements = all.filter((s) => s.disagreement).length;
    this.summary.textContent = `${members} members, ${all.length - members} observers; the sources disagree on ${disagreements}. Showing ${shown.length}.`;
    clear(this.body);
    this.body.append(...shown.map((s) => this.row(s)));
  }

  private row(state: MemberState): HTMLTableRowElement {
    const { country } = state;
    return h("tr", { class: state.disagreement ? "disagreement" : "", "data-entity": country.id },
      h("td", {}, h("a", { href: `?entity=${encodeURIComponent(country.id)}`, onclick: (e: Event) => { e.preventDefault(); this.app.navigate({ view: "graph", entity: country.id, selected: { kind: "node", id: country.id } }); } }, country.name)),
      h("td", { class: "tote", dir: "rtl", lang: "kk-Arab" }, country.names["kk-Arab"] ?? ""),
      h("td", {}, state.status),
      h("td", { class: "number" }, state.accession ?? ""),
      h("td", {}, h("ul", { class: "claims-inline" }, ...state.claims.map((claim) =>
        h("li", {}, h("button", { type: "button", class: "claim-button", title: claim.evidence.text, "data-document": claim.documentId, onclick: () => void this.selectClaim(state, claim) },
          `${claim.since ?? "?"} · ${claim.documentId} (${claim.documentKind})`))))),
      h("td", {}, state.disagreement ? h("span", { class: "badge disagreement" }, disagreementOf(state)) : ""));
  }

  /** Selects the MEMBER_OF fact behind a claim: the country's fact whose evidence is the claim's words. */
  private async selectClaim(state: MemberState, claim: Claim): Promise<void> {
    const facts = await ok(api.GET("/api/entities/{id}/relationships", { params: { path: { id: state.country.id }, query: { direction: "outgoing", type: ["MEMBER_OF"], limit: 500 } } }));
    const fact = facts.items.find((f) => f.evidence.some((e) => e.documentId === claim.evidence.documentId && e.start === claim.evidence.start));
    if (fact) this.app.selectFact(fact.id);
  }
}
