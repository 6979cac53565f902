// The API's build runs this (OicGraph.Api.csproj, target OicGraphExplorer) when the explorer's sources or the OpenAPI
// document changed. MSBuild may build the API project from several nodes at once (a solution build, tests beside
// `dotnet run`), and two npm runs in one folder corrupt node_modules and wwwroot, so the work happens under a lock:
// one process builds, the others wait and then skip the build if it happened while they waited.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const lock = resolve(root, ".build.lock");
const output = resolve(root, "../OicGraph.Api/wwwroot/index.html");
const started = Date.now();
const waitLimitMs = 15 * 60 * 1000;

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

function acquire() {
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(resolve(lock, "owner"), String(process.pid));
      return;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(resolve(lock, "owner"), "utf8"));
    } catch {
      // The owner is between mkdir and writing its pid; look again shortly.
    }
    if (Number.isInteger(owner) && owner > 0 && !alive(owner)) {
      console.log(`explorer: removing the lock left by process ${owner}, which has ended`);
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() - started > waitLimitMs) {
      throw new Error(`waited ${waitLimitMs / 60000} minutes for ${lock} (process ${owner}); delete it if no build is running`);
    }
    sleep(250);
  }
}

function release() {
  rmSync(lock, { recursive: true, force: true });
}

function run(command, args) {
  console.log(`explorer: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) {
    release();
    process.exit(result.status ?? 1);
  }
}

/** npm ci wipes node_modules, so it runs only when the lockfile is newer than the last install. */
function needsInstall() {
  const installed = resolve(root, "node_modules/.package-lock.json");
  return !existsSync(installed) || statSync(installed).mtimeMs < statSync(resolve(root, "package-lock.json")).mtimeMs;
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    release();
    process.exit(130);
  });
}

acquire();
try {
  if (existsSync(output) && statSync(output).mtimeMs > started) {
    console.log("explorer: built by another process while this one waited");
  } else {
    if (needsInstall()) run("npm", ["ci", "--no-audit", "--no-fund"]);
    run("npm", ["run", "build", "--silent"]);
  }
} finally {
  release();
}
