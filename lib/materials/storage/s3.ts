import { AwsClient } from "aws4fetch";
import { assertKey, type MaterialStore } from "./store";

export type S3Settings = {
  bucket: string;
  /** e.g. https://s3.eu-central-1.amazonaws.com or a MinIO / Garage / R2 address. */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Prefix inside the bucket, e.g. "materials/". */
  prefix?: string;
};

/**
 * An S3-compatible bucket, addressed path-style (endpoint/bucket/key), which every compatible
 * server understands. Requests are signed with Signature V4 by aws4fetch.
 */
export function s3Store(settings: S3Settings): MaterialStore {
  const client = new AwsClient({
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    region: settings.region,
    service: "s3",
  });
  const base = settings.endpoint.replace(/\/+$/, "");
  const url = (key: string) => {
    assertKey(key);
    return `${base}/${encodeURIComponent(settings.bucket)}/${settings.prefix ?? ""}${key}`;
  };
  const fail = async (what: string, response: Response): Promise<never> => {
    const body = await response.text().catch(() => "");
    throw new Error(`S3 ${what} failed: ${response.status} ${body.slice(0, 200)}`);
  };
  return {
    async put(key, bytes, contentType) {
      const response = await client.fetch(url(key), {
        method: "PUT",
        body: new Uint8Array(bytes),
        headers: { "Content-Type": contentType, "Content-Length": String(bytes.byteLength) },
      });
      if (!response.ok) await fail("PUT", response);
      await response.arrayBuffer();
    },
    async get(key) {
      const response = await client.fetch(url(key), { method: "GET" });
      if (response.status === 404) {
        await response.arrayBuffer();
        return null;
      }
      if (!response.ok) await fail("GET", response);
      return new Uint8Array(await response.arrayBuffer());
    },
    async delete(key) {
      const response = await client.fetch(url(key), { method: "DELETE" });
      if (!response.ok && response.status !== 404) await fail("DELETE", response);
      await response.arrayBuffer();
    },
  };
}
