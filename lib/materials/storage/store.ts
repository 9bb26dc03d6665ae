// Where the bytes of file materials live. A key is random (storage-key.ts), never a user's file name.
export interface MaterialStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the object; a key already gone is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[a-f0-9]{32}$/;

export function assertKey(key: string): void {
  // Keys come from our own rows, but a key is also a path segment: refuse anything else outright.
  if (!KEY.test(key)) throw new Error("Not a materials storage key");
}
