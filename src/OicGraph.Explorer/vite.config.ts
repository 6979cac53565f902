import { defineConfig } from "vitest/config";

// The build lands in the API's wwwroot, which the API serves at /. `npm run dev` serves the page with hot reload and
// sends /api to a running API (OICGRAPH_API, default the API's own http://localhost:5080).
export default defineConfig({
  build: {
    outDir: "../OicGraph.Api/wwwroot",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      "/api": process.env.OICGRAPH_API ?? "http://localhost:5080",
      "/health": process.env.OICGRAPH_API ?? "http://localhost:5080",
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
