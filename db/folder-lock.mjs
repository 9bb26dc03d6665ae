// The embedded database's folder lock, in plain JavaScript so that the launchers (scripts/start.mjs,
// scripts/demo.mjs, run by bare Node) share it with db/client.ts.
//
// proper-lockfile makes the lock (a directory beside the data folder, its mtime refreshed every few
// seconds) and judges it stale by age only. After `kill -9` that left the folder refused for 15 s.
// So the holder also writes its pid and host beside the lock: on this host, a lock whose pid is no
// longer running is free at once. A lock from another host (a shared disk) or without an owner
// file still waits for the age rule.
import fs from "node:fs";
import os from "node:os";
import lockfile from "proper-lockfile";

const STALE_MS = 15_000;
const UPDATE_MS = 5_000;

const lockPath = (dir) => `${dir}.lock`;
// Beside the lock, not in it: proper-lockfile removes its directory with rmdir, which needs it empty.
const ownerPath = (dir) => `${dir}.lock-owner.json`;

export class EmbeddedDatabaseBusyError extends Error {
  constructor(dir) {
    super(
      `The embedded database in ${dir} is already open in another process (is \`npm run dev\` or \`npm start\` running?). ` +
        "PGlite cannot be shared between processes: stop the other one, or set DATABASE_URL to use a PostgreSQL server.",
    );
    this.name = "EmbeddedDatabaseBusyError";
  }
}

function readOwner(file) {
  try {
    const owner = JSON.parse(fs.readFileSync(file, "utf8"));
    return Number.isInteger(owner.pid) && typeof owner.host === "string" ? owner : null;
  } catch {
    return null;
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
  } catch (error) {
    return error.code === "EPERM"; // exists, owned by someone else
  }
  return !isZombie(pid);
}

/**
 * A killed process stays in the table as a zombie until its parent (or init, when the parent was
 * killed too) collects it, and signal 0 still reaches it. On Linux /proc says so; elsewhere we
 * cannot tell and count it as running.
 */
function isZombie(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return false;
  }
}

/** True when the owner file names a process on this host that is no longer running. */
function ownerIsDead(owner) {
  return owner !== null && owner.host === os.hostname() && owner.pid !== process.pid && !isRunning(owner.pid);
}

/**
 * Removes a lock whose holder is dead. Two starters may find the same dead owner: each first claims
 * the owner file by renaming it to a name of its own (only one rename succeeds), and checks that
 * what it claimed still names a dead process before removing the lock.
 */
function removeLockOfDeadOwner(dir) {
  if (!ownerIsDead(readOwner(ownerPath(dir)))) return false;
  const claimed = `${ownerPath(dir)}.${process.pid}`;
  try {
    fs.renameSync(ownerPath(dir), claimed);
  } catch {
    return false; // another starter claimed it first
  }
  const owner = readOwner(claimed);
  if (!ownerIsDead(owner)) {
    fs.renameSync(claimed, ownerPath(dir)); // a live holder's file after all: put it back
    return false;
  }
  fs.rmSync(lockPath(dir), { recursive: true, force: true });
  fs.rmSync(claimed, { force: true });
  return true;
}

function writeOwner(dir) {
  const temp = `${ownerPath(dir)}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify({ pid: process.pid, host: os.hostname() }));
  fs.renameSync(temp, ownerPath(dir));
}

/**
 * Takes the folder's lock or throws EmbeddedDatabaseBusyError. Resolves to the release function.
 * onCompromised runs if another process took the lock from us meanwhile.
 */
export async function lockDataFolder(dir, onCompromised) {
  const take = () => lockfile.lock(dir, { lockfilePath: lockPath(dir), stale: STALE_MS, update: UPDATE_MS, retries: 0, onCompromised });
  let release;
  try {
    release = await take();
  } catch (error) {
    if (error.code !== "ELOCKED") throw error;
    if (!removeLockOfDeadOwner(dir)) throw new EmbeddedDatabaseBusyError(dir);
    try {
      release = await take();
    } catch (retryError) {
      throw retryError.code === "ELOCKED" ? new EmbeddedDatabaseBusyError(dir) : retryError;
    }
  }
  writeOwner(dir);
  // proper-lockfile removes its lock when the process exits (Next.js exits on SIGTERM without
  // waiting for us): the owner file goes with it, so that no stale pid outlives a free lock.
  const forgetOwner = () => fs.rmSync(ownerPath(dir), { force: true });
  process.once("exit", forgetOwner);
  return async () => {
    process.off("exit", forgetOwner);
    forgetOwner();
    await release();
  };
}

/**
 * For the launchers, before they start Next.js (which says "Ready" before it opens the database):
 * true when a running process holds the folder, so they can refuse with the message at once.
 */
export async function isDataFolderBusy(dir) {
  if (!fs.existsSync(lockPath(dir))) return false;
  const locked = await lockfile.check(dir, { lockfilePath: lockPath(dir), stale: STALE_MS });
  return locked && !ownerIsDead(readOwner(ownerPath(dir)));
}
