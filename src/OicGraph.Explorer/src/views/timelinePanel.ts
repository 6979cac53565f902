import { api, ok } from "../api/client";
import type { App, ViewPanel } from "../app";
import { clear, h } from "../dom";
import { nameOf } from "../entities";
import type { Route } from "../route";
import { groupByYear, type TimelineItem } from "./timeline";

/** Events and dated facts in date order, grouped by year, optionally only those of the entity in the URL. */
export class TimelinePanel implements ViewPanel {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly from: HTMLInputElement;
  private readonly to: HTMLInputElement;
  private readonly scope: HTMLInputElement;
  private shown = "";

  constructor(private readonly app: App) {
    // The range and the scope live in the URL, so a filtered timeline can be shared.
    const text = (input: HTMLInputElement) => input.value.trim() || undefined;
    const reload = () => this.app.navigate({ since: text(this.from), until: text(this.to), only: this.scope.checked || undefined }, { replace: true });
    this.from = h("input", { type: "text", inputmode: "numeric", placeholder: "from (YYYY)", "aria-label": "From year", size: 10, onchange: reload });
    this.to = h("input", { type: "text", inputmode: "numeric", placeholder: "to (YYYY)", "aria-label": "To year", size: 10, onchange: reload });
    this.scope = h("input", { type: "checkbox", onchange: reload });
    this.list = h("div", { class: "timeline", "data-testid": "timeline" });
    this.element = h("section", { class: "view timeline-view" },
      h("div", { class: "toolbar" }, this.from, this.to, h("label", { class: "scope" }, this.scope, h("span", { class: "scope-label" }, " only the selected entity"))),
      this.list);
  }

  async show(route: Route): Promise<void> {
    this.from.value = route.since ?? "";
    this.to.value = route.until ?? "";
    this.scope.checked = route.only === true && route.entity !== undefined;
    const entity = this.scope.checked ? route.entity : undefined;
    this.scope.disabled = !route.entity;
    this.element.querySelector(".scope-label")!.textContent = route.entity ? ` only ${nameOf(route.entity)}` : " only the selected entity";
    const query = { ...(route.since ? { from: route.since } : {}), ...(route.until ? { to: route.until } : {}), ...(entity ? { entity } : {}) };
    const key = JSON.stringify(query);
    if (key === this.shown) return;
    this.shown = key;
    const answer = await ok(api.GET("/api/timeline", { params: { query } }));
    const items: TimelineItem[] = answer;
    clear(this.list);
    if (items.length === 0) {
      this.list.append(h("p", { class: "hint" }, "Nothing dated in that range."));
      return;
    }
    for (const [year, group] of groupByYear(items)) {
      this.list.append(h("section", { class: "year" },
        h("h3", {}, year),
        h("ol", {}, ...group.map((item) =>
          h("li", { class: `timeline-item ${item.kind}`, "data-fact": item.relationship.id },
            h("time", {}, item.date),
            h("span", { class: `badge ${item.kind}` }, item.kind),
            h("a", { href: `?edge=${encodeURIComponent(item.relationship.id)}`, onclick: (e: Event) => { e.preventDefault(); this.app.selectFact(item.relationship.id); } }, item.title),
            h("span", { class: "sources" }, ` · ${[...new Set(item.relationship.evidence.map((e) => e.documentId))].join(", ")}`))))));
    }
  }
}
