// `npm start`: production refuses to start without AUTH_SECRET (a guessed secret would let anyone
// forge sessions) or APP_URL (mail links must never be built from request headers). `npm run
// demo` generates a secret locally and uses the local address for trying the app.
import { spawn } from "node:child_process";
import path from "node:path";
import { refuseWhenEmbeddedFolderBusy } from "./embedded-preflight.mjs";

if (!process.env.AUTH_SECRET?.trim()) {
  console.error(
    "Roundtable: AUTH_SECRET is not set. Production refuses to start without it.\n" +
      "  Generate one with `openssl rand -base64 33`, or use `npm run demo` to try the app locally.",
  );
  process.exit(1);
}
if (!process.env.APP_URL?.trim()) {
  console.error(
    "Roundtable: APP_URL is not set. Production refuses to start without it: links in mail and feeds\n" +
      "  are built from it, never from request headers. Set it to the public address, e.g. APP_URL=https://roundtable.example.org",
  );
  process.exit(1);
}
try {
  new URL(process.env.APP_URL);
} catch {
  console.error(`Roundtable: APP_URL is not a valid address: ${process.env.APP_URL}`);
  process.exit(1);
}
await refuseWhenEmbeddedFolderBusy();
// Not `next start`: scripts/server.mjs gives every page, cached ones included, its own CSP nonce.
const server = spawn(process.execPath, [path.join(process.cwd(), "scripts", "server.mjs"), ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
