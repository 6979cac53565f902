import createClient from "openapi-fetch";
import type { components, paths } from "../../generated/api-schema";
import { ApiError, type Problem } from "./problem";

/** The schemas of the public REST API, generated from its OpenAPI document at build time. */
export type Schemas = components["schemas"];

/** The one client of the page: the public REST API of the server that served it, typed by its OpenAPI document. */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? "http://localhost" });

type Outcome<T> = { data?: T; error?: unknown; response: Response };

/** The body of a successful answer, or an {@link ApiError} carrying the server's ProblemDetails. */
export async function ok<T>(call: Promise<Outcome<T>>): Promise<NonNullable<T>> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined || data === null) {
    throw new ApiError(response.status, (error ?? {}) as Problem);
  }
  return data as NonNullable<T>;
}
