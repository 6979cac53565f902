import type { Route } from "./route";

/** A change to the route: a key set to undefined is removed from it. */
export type RouteChange = { [K in keyof Route]?: Route[K] | undefined };

/** What every view may ask of the page: to change the route (and with it the URL) and to select in the side panel. */
export interface App {
  readonly route: Route;
  navigate(change: RouteChange, options?: { replace?: boolean }): void;
  selectEntity(id: string): void;
  selectFact(id: string): void;
}

export interface ViewPanel {
  readonly element: HTMLElement;
  /** Brings the view up to date with a route; called whenever the route changes while the view is shown. */
  show(route: Route, previous: Route | undefined): Promise<void>;
}
