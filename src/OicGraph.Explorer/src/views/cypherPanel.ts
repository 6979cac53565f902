import { api } from "../api/client";
import { ApiError, describeProblem, pointAt, type Problem } from "../api/problem";
import type { App, ViewPanel } from "../app";
import { clear, h } from "../dom";
import { GraphView } from "../graph/graphView";
import type { Graph } from "../model";
import type { Route } from "../route";
import { missingParameters, parseParameters } from "./cypherParameters";
import { cellText, entityIdOf, factIdOf, hubOf, resultGraph } from "./cypherResult";

export const examples: readonly { title: string; query: string; parameters?: string }[] = [
  { title: "Member states and when they joined, by source", query: "MATCH (c:Country)-[m:MEMBER_OF]->(:Organization {id: 'oic'})\nRETURN c.name AS state, m.since AS since, m.evidenceDocument AS sources\nORDER BY state, since" },
  { title: "How two people are connected by facts", query: "MATCH p = shortestPath((a:Person {id: 'askar-mussinov'})-[*..6]-(b:Person {id: 'kassym-jomart-tokayev'}))\nWHERE none(n IN nodes(p) WHERE n:Document)\nRETURN p" },
  { title: "Kazakhstan's facts and their words", query: "MATCH (:Entity {id: 'kazakhstan'})-[r]->(t)\nRETURN type(r) AS relation, t.name AS target, r.evidenceText[0] AS evidence" },
  { title: "Events and where they were held", query: "MATCH (e:Event)-[h:HELD_IN]->(p)\nRETURN e, h, p LIMIT 50" },
  { title: "One entity's neighbours, by $parameter", query: "MATCH (e:Entity {id: $id})-[r]-(other:Entity)\nRETURN e, r, other", parameters: '{"id": "kazakhstan"}' },
];

/** A read-only Cypher console: the query, its rows as a table, its nodes, relationships and paths as a graph. */
export class CypherPanel implements ViewPanel {
  readonly element: HTMLElement;
  private readonly editor: HTMLTextAreaElement;
  private readonly parameters: HTMLTextAreaElement;
  private readonly output: HTMLElement;
  private readonly view: GraphView;
  private readonly canvas: HTMLElement;
  private graph: Graph = { nodes: [], edges: [], truncated: false };
  private ran: string | undefined;

  constructor(private readonly app: App) {
    this.editor = h("textarea", { class: "cypher-editor", "aria-label": "Cypher query", spellcheck: "false", rows: 6, dir: "ltr" });
    this.editor.value = examples[0]!.query;
    this.editor.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.submit();
      }
    });
    this.parameters = h("textarea", { class: "cypher-parameters", "aria-label": "Parameters (JSON)", spellcheck: "false", rows: 3, dir: "ltr", placeholder: '{"id": "kazakhstan"}' });
    this.parameters.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.submit();
      }
    });
    const picker = h("select", { "aria-label": "Examples", onchange: () => { const example = examples[Number(picker.value)]; if (example) { this.editor.value = example.query; this.parameters.value = example.parameters ?? ""; this.submit(); } } },
      h("option", { value: "" }, "Examples…"), ...examples.map((e, i) => h("option", { value: i }, e.title)));
    this.output = h("div", { class: "cypher-output", "aria-live": "polite" });
    this.canvas = h("div", { class: "graph-canvas cypher-canvas", "data-testid": "cypher-graph", hidden: true });
    this.element = h("section", { class: "view cypher-view" },
      h("div", { class: "cypher-inputs" },
        this.editor,
        h("label", { class: "parameters-label" }, h("span", {}, "$parameters (JSON object)"), this.parameters)),
      h("div", { class: "toolbar" }, h("button", { type: "button", class: "primary", onclick: () => this.submit() }, "Run"), h("span", { class: "hint" }, "Ctrl+Enter runs. Read-only: write clauses are refused."), picker),
      this.canvas,
      this.output);
    this.view = new GraphView(this.canvas, {
      nodeTapped: (id) => { const entity = entityIdOf(this.graph, id); if (entity) this.app.selectEntity(entity); },
      edgeTapped: (id) => { const fact = factIdOf(this.graph, id); if (fact) this.app.selectFact(fact); },
    });
  }

  get drawing(): GraphView {
    return this.view;
  }

  async show(route: Route): Promise<void> {
    const key = JSON.stringify([route.query, route.params]);
    if (route.query !== undefined && key !== this.ran) {
      this.editor.value = route.query;
      this.parameters.value = route.params ?? "";
      await this.run(route.query, route.params ?? "");
    }
  }

  private submit(): void {
    const query = this.editor.value;
    const params = this.parameters.value.trim() ? this.parameters.value : undefined;
    // The URL holds the query and its parameters, so a result can be shared; running the same again reruns it.
    if (query === this.app.route.query && params === this.app.route.params) void this.run(query, params ?? "");
    else this.app.navigate({ query, params });
  }

  private async run(query: string, parametersText: string): Promise<void> {
    this.ran = JSON.stringify([query, parametersText || undefined]);
    clear(this.output);
    const parsed = parseParameters(parametersText);
    if (!parsed.ok) {
      this.showParameterError(parametersText, parsed);
      return;
    }
    const missing = missingParameters(query, parsed.values);
    if (missing.length > 0) {
      // The server would refuse it too; saying so here names every missing one and offers the box to fill.
      this.canvas.hidden = true;
      this.output.append(h("div", { class: "error cypher-error", role: "alert", "data-testid": "cypher-error" },
        h("strong", {}, `The query uses ${missing.map((m) => `$${m}`).join(", ")} but the parameters give no value.`),
        h("p", {}, `Give ${missing.length > 1 ? "them" : "it"} a value in the parameters box, e.g. ${JSON.stringify(Object.fromEntries(missing.map((m) => [m, "…"])))}.`)));
      return;
    }
    this.output.append(h("p", { class: "hint" }, "Running…"));
    const { data, error, response } = await api.POST("/api/cypher", { body: { query, parameters: parsed.values, rowLimit: 1000, timeoutSeconds: 15 } });
    clear(this.output);
    if (!response.ok || !data) {
      this.showError(query, new ApiError(response.status, (error ?? {}) as Problem));
      return;
    }
    const columns = data.columns;
    const rows = data.rows as unknown[][];
    this.graph = resultGraph(data.graph);
    this.output.append(
      h("p", { class: "summary", role: "status" }, `${rows.length} row${rows.length === 1 ? "" : "s"}${data.truncated ? " (cut at the row limit)" : ""} in ${data.elapsedMilliseconds} ms; ${this.graph.nodes.length} nodes and ${this.graph.edges.length} relationships drawn.`),
      h("div", { class: "table-scroll" },
        h("table", { class: "cypher-rows", "data-testid": "cypher-rows" },
          h("thead", {}, h("tr", {}, ...columns.map((c) => h("th", { scope: "col" }, c)))),
          h("tbody", {}, ...rows.map((row) => h("tr", {}, ...row.map((cell) => h("td", { dir: "auto" }, cellText(cell)))))))));
    this.canvas.hidden = this.graph.nodes.length === 0;
    if (this.graph.nodes.length > 0) {
      const hub = hubOf(this.graph);
      await this.view.show(this.graph, hub ?? "");
    }
  }

  private showParameterError(text: string, error: { message: string; line: number; column: number }): void {
    this.canvas.hidden = true;
    const pointer = pointAt(text, error);
    this.output.append(h("div", { class: "error cypher-error", role: "alert", "data-testid": "cypher-error" },
      h("strong", {}, "The parameters are not a JSON object."),
      h("p", { class: "position" }, `Parameters line ${error.line}, column ${error.column}`),
      h("p", {}, error.message),
      pointer ? h("pre", { class: "pointer" }, `${pointer.line}\n${pointer.caret}`) : null));
    const lines = text.split("\n");
    const offset = lines.slice(0, error.line - 1).reduce((sum, l) => sum + l.length + 1, 0) + error.column - 1;
    this.parameters.focus();
    this.parameters.setSelectionRange(offset, offset);
  }

  private showError(query: string, error: ApiError): void {
    this.canvas.hidden = true;
    const position = error.position;
    const pointer = position ? pointAt(query, position) : undefined;
    this.output.append(h("div", { class: "error cypher-error", role: "alert", "data-testid": "cypher-error" },
      h("strong", {}, error.problem.title ?? `Error ${error.status}`),
      position ? h("p", { class: "position" }, `Line ${position.line}, column ${position.column}`) : null,
      h("p", {}, error.problem.detail ?? describeProblem(error.status, error.problem)),
      pointer ? h("pre", { class: "pointer" }, `${pointer.line}\n${pointer.caret}`) : null));
    if (position) {
      // Put the cursor where the error is, so the fix starts there.
      const lines = query.split("\n");
      const offset = lines.slice(0, position.line - 1).reduce((sum, l) => sum + l.length + 1, 0) + position.column - 1;
      this.editor.focus();
      this.editor.setSelectionRange(offset, offset);
    }
  }
}
