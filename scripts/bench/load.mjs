// Measuring one page: a probe (status, HTML size, one request's time), then autocannon at N
// connections for a bounded time. Percentiles are computed here from every response's latency:
// autocannon's own summary has p97.5 but no p95, and p95 is what the goals are written in.
import http from "node:http";
import zlib from "node:zlib";
import autocannon from "autocannon";

/**
 * What a browser sends: the encodings it takes (the server compresses as for a real visitor) and
 * the languages its reader reads. A request with neither a locale cookie nor Accept-Language (a
 * bot's) gets next-intl's locale cookie with every page, and such an answer is never served from the
 * server's copy of a cached page (scripts/server/public-page-copies.mjs).
 */
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br", "accept-language": "en-GB,en;q=0.9" };

/** One request without automatic decompression: status, bytes on the wire, decoded bytes, time. */
export function probe(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { headers: { ...BROWSER_HEADERS, ...headers } }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => {
        const wire = Buffer.concat(chunks);
        const encoding = response.headers["content-encoding"];
        const body =
          encoding === "gzip"
            ? zlib.gunzipSync(wire)
            : encoding === "br"
              ? zlib.brotliDecompressSync(wire)
              : encoding === "deflate"
                ? zlib.inflateSync(wire)
                : wire;
        resolve({
          status: response.statusCode ?? 0,
          wireBytes: wire.length,
          bodyBytes: body.length,
          body,
          encoding: encoding ?? "none",
          ms: performance.now() - started,
        });
      });
      response.on("error", reject);
    });
    request.setTimeout(120_000, () => request.destroy(new Error(`probe of ${url} took over 120 s`)));
    request.on("error", reject);
  });
}

/**
 * Loads `url` with `connections` connections for `seconds` seconds. A slow page gets more time
 * (up to `maxSeconds`), so that its numbers come from completed requests rather than none: with
 * 20 connections a page that takes L seconds alone answers after about 20·L seconds on one free
 * core (on a shared machine, one core is about what the server gets).
 */
export async function load(url, { connections, seconds, maxSeconds, singleMs, headers = {} }) {
  const queueSeconds = (singleMs / 1000) * connections;
  const duration = Math.ceil(Math.min(maxSeconds, Math.max(seconds, queueSeconds * 3)));
  const latencies = [];
  const instance = autocannon({
    url,
    connections,
    duration,
    // A request still waiting when the run ends is abandoned, not counted; a timeout is one that
    // waited twice the whole run.
    timeout: duration * 2,
    headers: { ...BROWSER_HEADERS, ...headers },
  });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    duration,
    completed: latencies.length,
    requestsPerSecond: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    timeouts: result.timeouts,
    failures: result.errors - result.timeouts + result.non2xx,
  };
}

/** Nearest-rank percentile of sorted values; NaN when there are none. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
