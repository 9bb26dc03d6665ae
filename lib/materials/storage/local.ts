import fs from "node:fs/promises";
import path from "node:path";
import { assertKey, type MaterialStore } from "./store";

/** Files in one folder on the server's disk (never under public/: every read goes through the download route). */
export function localStore(dir: string): MaterialStore {
  const file = (key: string) => {
    assertKey(key);
    // Two levels of 256 folders keep any one folder small.
    return path.join(dir, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      const target = file(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      // Written beside, then renamed: a reader never sees half a file.
      const partial = `${target}.partial`;
      await fs.writeFile(partial, bytes, { flag: "wx", mode: 0o640 });
      await fs.rename(partial, target);
    },
    async get(key) {
      try {
        return new Uint8Array(await fs.readFile(file(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await fs.rm(file(key), { force: true });
    },
  };
}
