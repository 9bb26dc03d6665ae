import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/**
 * The optional virus-scan hook: with MATERIALS_SCAN_COMMAND set (e.g. "clamdscan --no-summary"),
 * the upload is written to a temporary file, the command runs with that file's path as its last
 * argument, and anything but exit status 0 refuses the upload. The command is split on spaces and
 * run without a shell. Without the variable every upload passes.
 */
export async function scanUpload(bytes: Uint8Array, command: string | undefined = process.env.MATERIALS_SCAN_COMMAND): Promise<"clean" | "refused"> {
  const words = command?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (words.length === 0) return "clean";
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "roundtable-scan-"));
  const file = path.join(dir, "upload");
  try {
    await fs.writeFile(file, bytes, { mode: 0o600 });
    const status = await new Promise<number | null>((resolve) => {
      const child = spawn(words[0]!, [...words.slice(1), file], { stdio: "ignore", timeout: 120_000 });
      child.on("error", () => resolve(null));
      child.on("close", (code) => resolve(code));
    });
    return status === 0 ? "clean" : "refused";
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
