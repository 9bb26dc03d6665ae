import path from "node:path";
import { localStore } from "./local";
import { s3Store } from "./s3";
import type { MaterialStore } from "./store";

/** Beside the embedded database's folder (.data/pglite), never under public/. */
export const DEFAULT_MATERIALS_DIR = path.join(process.cwd(), ".data", "materials");

/** The store the environment asks for: S3 when S3_BUCKET is set, else the local folder. */
export function storeFromEnv(env: Record<string, string | undefined> = process.env): MaterialStore {
  const bucket = env.S3_BUCKET?.trim();
  if (bucket) {
    const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() || env.AWS_ACCESS_KEY_ID?.trim();
    const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim() || env.AWS_SECRET_ACCESS_KEY?.trim();
    const region = env.S3_REGION?.trim() || env.AWS_REGION?.trim() || "us-east-1";
    if (!accessKeyId || !secretAccessKey) throw new Error("S3_BUCKET is set but S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY are not");
    const endpoint = env.S3_ENDPOINT?.trim() || `https://s3.${region}.amazonaws.com`;
    return s3Store({ bucket, endpoint, region, accessKeyId, secretAccessKey, prefix: env.S3_PREFIX?.trim() || undefined });
  }
  return localStore(env.MATERIALS_DIR?.trim() || DEFAULT_MATERIALS_DIR);
}

let current: MaterialStore | undefined;

export function materialStore(): MaterialStore {
  current ??= storeFromEnv();
  return current;
}

/** Tests point the store elsewhere (a temporary folder, a local S3 server). */
export function setMaterialStoreForTests(store: MaterialStore | undefined): void {
  current = store;
}
