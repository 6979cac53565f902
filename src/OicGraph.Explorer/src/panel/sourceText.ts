import { api, ok, type Schemas } from "../api/client";
import { h } from "../dom";
import { styleOf } from "../graph/typeStyles";
import { sourcePieces } from "./sourcePieces";

type Annotated = Schemas["AnnotatedDocumentResponse"];

const documents = new Map<string, Promise<Annotated>>();

/** A document's text with its mentions, fetched once per page. */
export function annotated(id: string): Promise<Annotated> {
  let cached = documents.get(id);
  if (!cached) {
    cached = ok(api.GET("/api/documents/{id}/annotated", { params: { path: { id } } }));
    cached.catch(() => documents.delete(id));
    documents.set(id, cached);
  }
  return cached;
}

/**
 * The whole source text with the evidence marked: right to left in an Arabic-script font for tote, each mention a
 * link to its entity, and the view scrolled so the marked words are in sight.
 */
export async function renderSource(documentId: string, highlight: { start: number; end: number } | undefined, onEntity: (id: string) => void): Promise<HTMLElement> {
  const doc = await annotated(documentId);
  const meta = doc.document;
  const isTote = meta.script === "Arab";
  const text = doc.text;
  const body = h("div", {
    class: isTote ? "source-text tote" : "source-text",
    dir: isTote ? "rtl" : "ltr",
    lang: isTote ? "kk-Arab" : meta.language,
    "data-document": documentId,
  });
  let mark: HTMLElement | undefined;
  for (const piece of sourcePieces(doc.segments, highlight)) {
    const words = text.slice(piece.start, piece.end);
    let node: HTMLElement | Text;
    if (piece.entityId) {
      const entityId = piece.entityId;
      node = h("a", {
        class: "mention",
        href: `?entity=${encodeURIComponent(entityId)}`,
        title: `${piece.type ?? ""} ${entityId}`.trim(),
        style: `border-bottom-color: ${styleOf(piece.type).color}`,
        onclick: (event: Event) => {
          event.preventDefault();
          onEntity(entityId);
        },
      }, words);
    } else {
      node = document.createTextNode(words);
    }
    if (piece.highlighted && highlight) {
      if (!mark) {
        mark = h("mark", { class: "evidence", "data-start": highlight.start, "data-end": highlight.end });
        body.append(mark);
      }
      mark.append(node);
    } else {
      body.append(node);
    }
  }
  const title = meta.title;
  const container = h("section", { class: "source" },
    h("h4", {}, "Source: ", h("span", { dir: "auto" }, title), meta.kind === "reference" ? " (reference data)" : ""),
    highlight ? h("p", { class: "hint" }, `Characters ${highlight.start}-${highlight.end} of ${text.length}.`) : null,
    body);
  if (mark) {
    const target = mark;
    // Once in the document, bring the marked words into the middle of the scrolling text, and the text into the
    // panel's view, without scrolling the panel's head away.
    requestAnimationFrame(() => {
      body.scrollTop = Math.max(0, target.offsetTop - (body.clientHeight - target.offsetHeight) / 2);
      container.scrollIntoView({ block: "nearest" });
    });
  }
  return container;
}
