import { api, ok } from "../api/client";
import { h } from "../dom";
import { remember } from "../entities";
import type { Entity } from "../model";
import { typeChip } from "../panel/sidePanel";
import { debounce, nextActive } from "./listNavigation";

let boxes = 0;

/**
 * One search box over every name in every script: an ARIA combobox whose options are the API's ranked hits.
 * Arrow keys move (Home and End too, once a hit is highlighted), Enter picks, Escape closes; a newer query cancels the older request.
 */
export class SearchBox {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private hits: Entity[] = [];
  private active = -1;
  private pending: AbortController | undefined;
  private readonly id = `search-${++boxes}`;

  constructor(label: string, placeholder: string, private readonly picked: (entity: Entity) => void) {
    this.input = h("input", {
      type: "search",
      role: "combobox",
      "aria-label": label,
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": `${this.id}-list`,
      autocomplete: "off",
      spellcheck: "false",
      placeholder,
      dir: "auto",
    });
    this.list = h("ul", { id: `${this.id}-list`, role: "listbox", class: "search-hits", hidden: true, "aria-label": `${label}: results` });
    this.element = h("div", { class: "search" }, this.input, this.list);
    const search = debounce((text: string) => void this.search(text), 120);
    this.input.addEventListener("input", () => search(this.input.value));
    this.input.addEventListener("keydown", (event) => this.key(event));
    this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    this.input.addEventListener("focus", () => { if (this.hits.length > 0) this.open(); });
  }

  set value(text: string) {
    this.input.value = text;
  }

  private async search(text: string): Promise<void> {
    this.pending?.abort();
    const query = text.trim();
    if (query.length === 0) {
      this.render([]);
      return;
    }
    const controller = new AbortController();
    this.pending = controller;
    try {
      const page = await ok(api.GET("/api/search", { params: { query: { q: query, limit: 12 } }, signal: controller.signal }));
      if (controller.signal.aborted) return;
      const hits = page.items.map((hit) => hit.entity);
      remember(hits);
      this.render(hits);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.render([]);
      this.list.replaceChildren(h("li", { class: "error", role: "option", "aria-disabled": "true" }, error instanceof Error ? error.message : String(error)));
      this.open();
    }
  }

  private render(hits: Entity[]): void {
    this.hits = hits;
    this.active = hits.length > 0 ? 0 : -1;
    this.list.replaceChildren(...hits.map((hit, i) =>
      h("li", {
        id: `${this.id}-option-${i}`,
        role: "option",
        "data-entity": hit.id,
        "aria-selected": i === this.active ? "true" : "false",
        onmousedown: (event: Event) => { event.preventDefault(); this.choose(i); },
      },
      typeChip(hit.type),
      h("span", { class: "hit-name" }, hit.name),
      hit.names["kk-Arab"] ? h("span", { class: "hit-alt tote", dir: "rtl", lang: "kk-Arab" }, hit.names["kk-Arab"]) : null,
      hit.names["kk-Cyrl"] ? h("span", { class: "hit-alt", lang: "kk-Cyrl" }, hit.names["kk-Cyrl"]) : null)));
    if (hits.length === 0 && this.input.value.trim()) {
      this.list.replaceChildren(h("li", { class: "none", role: "option", "aria-disabled": "true" }, "No entity has that name."));
    }
    this.highlight();
    if (this.input.value.trim()) this.open();
    else this.close();
  }

  private key(event: KeyboardEvent): void {
    if (event.key === "Escape") {
      this.close();
      return;
    }
    if (event.key === "Enter") {
      event.preventDefault();
      if (this.active >= 0) this.choose(this.active);
      return;
    }
    if (["ArrowDown", "ArrowUp"].includes(event.key)) {
      event.preventDefault();
      if (this.list.hidden && this.hits.length > 0) this.open();
      this.active = nextActive(this.active, this.hits.length, event.key);
      this.highlight();
      return;
    }
    // Home and End move the caret while the user types; once they are moving through the open list, the first and last hit.
    if (["Home", "End"].includes(event.key) && !this.list.hidden && this.active >= 0) {
      event.preventDefault();
      this.active = nextActive(this.active, this.hits.length, event.key);
      this.highlight();
    }
  }

  private highlight(): void {
    [...this.list.children].forEach((option, i) => option.setAttribute("aria-selected", i === this.active ? "true" : "false"));
    if (this.active >= 0) {
      this.input.setAttribute("aria-activedescendant", `${this.id}-option-${this.active}`);
      this.list.children[this.active]?.scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  }

  private choose(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.input.value = hit.name;
    this.close();
    this.picked(hit);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }
}
