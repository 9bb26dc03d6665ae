// `npm start`: production refuses to start without AUTH_SECRET (a guessed secret would let anyone
// forge sessions). `npm run demo` generates one locally for trying the app.
import { spawn } from "node:child_process";
import path from "node:path";

if (!process.env.AUTH_SECRET?.trim()) {
  console.error("Roundtable: AUTH_SECRET is not set. Production refuses to start without it.\n" +
    "  Generate one with `openssl rand -base64 33`, or use `npm run demo` to try the app locally.");
  process.exit(1);
}
const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const server = spawn(process.execPath, [nextBin, "start", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
