// A client component that binds its server action on every render hangs the server when its form is
// posted without JavaScript (lib/forms/bound-action.ts says why). Every form state goes through
// boundAction; this keeps a new one from binding by hand.
import fs from "node:fs";
import { expect, test } from "vitest";
import { filesUnder } from "@/tests/helpers/discover";

test("no client component binds a server action with .bind during render", () => {
  const clientFiles = ["app", "components"]
    .flatMap((dir) => filesUnder(dir, (file) => file.endsWith(".tsx")))
    .filter((file) => /^\s*["']use client["']/.test(fs.readFileSync(file, "utf8")));
  expect(clientFiles.length).toBeGreaterThan(20);
  const offenders = clientFiles.filter((file) => /\.bind\(\s*null\b/.test(fs.readFileSync(file, "utf8")));
  expect(offenders, "use boundAction(action, ...ids) from lib/forms/bound-action.ts").toEqual([]);
});
