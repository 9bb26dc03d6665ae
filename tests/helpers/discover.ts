// What the code exports, found by reading it: the server actions (every export of a "use server"
// file under app/ or lib/), the route handlers, and the data-layer functions of a given signature. The
// authorization and malformed-input tests enumerate these, so nothing new escapes them.
import fs from "node:fs";
import path from "node:path";

export type Found = { key: string; fn: (...args: unknown[]) => Promise<unknown> };

export function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name), keep) : [path.join(dir, entry.name)]))
    .filter(keep)
    .sort();
}

export async function exportsOf(files: string[], keep: (fn: unknown) => boolean): Promise<Found[]> {
  const found: Found[] = [];
  for (const file of files) {
    const mod = (await import(path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function" && keep(value)) found.push({ key: `${file}#${name}`, fn: value as Found["fn"] });
    }
  }
  return found;
}

export const isServerActionFile = (file: string) => /\.tsx?$/.test(file) && /^\s*(["'])use server\1/.test(fs.readFileSync(file, "utf8"));

/** Server actions live under app/ and, where components use them, lib/ (e.g. lib/auth/session-actions.ts). */
export function serverActions(): Promise<Found[]> {
  return exportsOf([...filesUnder("app", isServerActionFile), ...filesUnder("lib", isServerActionFile)], () => true);
}

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type RouteHandler = Found & { file: string; method: (typeof HTTP_METHODS)[number] };

/** Every route handler (each HTTP-method export of an `app/**\/route.ts`), keyed `file#METHOD`. */
export async function routeHandlers(): Promise<RouteHandler[]> {
  const found: RouteHandler[] = [];
  for (const file of filesUnder("app", (f) => /\/route\.ts$/.test(f))) {
    const mod = (await import(path.resolve(file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      const fn = mod[method];
      if (typeof fn === "function") found.push({ key: `${file}#${method}`, file, method, fn: fn as Found["fn"] });
    }
  }
  return found;
}
