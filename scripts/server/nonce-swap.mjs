// Swaps the render-time nonce stand-in for this response's own nonce, in the headers and the body
// of one response, as Next.js writes it (scripts/server.mjs says why). Plain JavaScript: the
// production server runs it with Node alone.

/**
 * Replaces every `template` in a stream of bytes with `replacement` (same length). An occurrence
 * may be split between two chunks: the end of a chunk that could be the start of one is held back
 * until the next chunk (only those few bytes, so streamed parts of a page are not delayed).
 */
export function createSwapper(template, replacement) {
  const from = Buffer.from(template, "latin1");
  const to = Buffer.from(replacement, "latin1");
  if (from.length !== to.length || from.length === 0) throw new Error("nonce swap: the stand-in and the nonce must have one length");
  let carry = Buffer.alloc(0);

  function swapAll(data) {
    let at = data.indexOf(from);
    if (at === -1) return data;
    const out = Buffer.from(data);
    while (at !== -1) {
      to.copy(out, at);
      at = data.indexOf(from, at + from.length);
    }
    return out;
  }

  /** How many bytes at the end of `data` are the beginning of the stand-in. */
  function partialAtEnd(data) {
    for (let size = Math.min(from.length - 1, data.length); size > 0; size--) {
      if (data.subarray(data.length - size).equals(from.subarray(0, size))) return size;
    }
    return 0;
  }

  return {
    push(chunk) {
      const data = swapAll(carry.length ? Buffer.concat([carry, chunk]) : chunk);
      const held = partialAtEnd(data);
      carry = Buffer.from(data.subarray(data.length - held));
      return data.subarray(0, data.length - held);
    },
    end() {
      const rest = carry;
      carry = Buffer.alloc(0);
      return rest;
    },
    /** Whether the end of an earlier chunk is held back. */
    holding() {
      return carry.length > 0;
    },
  };
}

function swapInValue(value, template, nonce) {
  if (typeof value === "string") return value.split(template).join(nonce);
  if (Array.isArray(value)) return value.map((item) => swapInValue(item, template, nonce));
  return value;
}

function toBuffer(chunk, encoding) {
  if (chunk === undefined || chunk === null) return Buffer.alloc(0);
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * From now on, everything `res` sends (header values, body) carries `nonce` where Next.js wrote
 * `template`. Install after any compression, so this sees the bytes before they are compressed.
 * A body already compressed (`bodyIsCompressed()`, scripts/server/precompressed.mjs) passes as it is.
 */
export function swapNonceInResponse(res, template, nonce, bodyIsCompressed = () => false) {
  const swapper = createSwapper(template, nonce);
  const { setHeader, writeHead, write, end } = res;

  res.setHeader = function (name, value) {
    return setHeader.call(this, name, swapInValue(value, template, nonce));
  };
  res.writeHead = function (statusCode, ...rest) {
    const headersAt = typeof rest[0] === "string" ? 1 : 0;
    const headers = rest[headersAt];
    if (Array.isArray(headers)) rest[headersAt] = swapInValue(headers, template, nonce);
    else if (headers && typeof headers === "object") {
      rest[headersAt] = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, swapInValue(value, template, nonce)]));
    }
    return writeHead.call(this, statusCode, ...rest);
  };
  res.write = function (chunk, encoding, callback) {
    if (bodyIsCompressed()) return write.call(this, chunk, encoding, callback);
    const done = typeof encoding === "function" ? encoding : callback;
    const out = swapper.push(toBuffer(chunk, encoding));
    if (out.length > 0) return write.call(this, out, done);
    if (done) process.nextTick(done);
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    if (bodyIsCompressed()) return end.call(this, chunk, encoding, callback);
    const done = [chunk, encoding, callback].find((argument) => typeof argument === "function");
    // A whole body given as text (a page from the cache): swapped as text, made bytes once, later.
    if (typeof chunk === "string" && !swapper.holding() && (typeof encoding !== "string" || /^utf-?8$/i.test(encoding))) {
      return end.call(this, chunk.split(template).join(nonce), "utf8", done);
    }
    const last = typeof chunk === "function" ? Buffer.alloc(0) : toBuffer(chunk, encoding);
    const swapped = swapper.push(last);
    const rest = swapper.end();
    const out = rest.length > 0 ? Buffer.concat([swapped, rest]) : swapped;
    return out.length > 0 ? end.call(this, out, done) : end.call(this, done);
  };
}
