// Generates the TypeScript types of the public REST API from its OpenAPI document, so that `tsc` fails the build when
// the contract changes under the page. The document is written by `dotnet build src/OicGraph.Api` (the API's
// GenerateOpenApiDocuments step); OICGRAPH_OPENAPI may name another file or the URL of a running API's document.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const source = process.env.OICGRAPH_OPENAPI || resolve(root, "generated/openapi.json");
const target = resolve(root, "generated/api-schema.d.ts");
const isUrl = /^https?:\/\//.test(source);

if (!isUrl && !existsSync(source)) {
  console.error(
    `error: the OpenAPI document ${source} does not exist.\n` +
      "  `dotnet build src/OicGraph.Api` writes it; or set OICGRAPH_OPENAPI to a file or to a running API's\n" +
      "  http://localhost:5080/swagger/v1/swagger.json.",
  );
  process.exit(1);
}

const ast = await openapiTS(isUrl ? new URL(source) : pathToFileURL(source), { alphabetize: true });
const contents = `// Generated from ${isUrl ? source : "the API's OpenAPI document"} by scripts/generate-api-types.mjs; do not edit.\n${astToString(ast)}`;
mkdirSync(dirname(target), { recursive: true });
// Unchanged types keep their timestamp, so incremental tools see nothing new.
if (!existsSync(target) || readFileSync(target, "utf8") !== contents) {
  writeFileSync(target, contents);
}
console.log(`API types: ${target}`);
