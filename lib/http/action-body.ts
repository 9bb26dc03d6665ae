/**
 * The body of a server action POST, checked before Next.js decodes it. Next.js answers a 500 to a
 * body it cannot decode (over its 1 MB limit, arguments that are not UTF-8 or not JSON, a multipart
 * body that does not parse, a reference to a part never sent): the proxy answers 413 or 400 instead.
 * A server action POST is rare enough to afford reading the body twice (the proxy reads a copy).
 * Only what Next.js itself would fail on is refused; what the action receives it still judges.
 */

/** Next.js's own limit for server action bodies (`serverActions.bodySizeLimit`, unset here). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/** Next.js refuses a call with more arguments than this (SERVER_ACTION_ARGS_LIMIT), with a 500. */
const MAX_ARGUMENTS = 1000;

/** Deeper than any form's arguments; deep enough nesting would overflow the decoder's stack. */
const MAX_NESTING = 64;

/**
 * React's decodeReply counts, for each list it builds, the slots of the lists and the characters of
 * the strings in it, a referenced part counting in full at every reference to it; past this many
 * (its `arraySizeLimit`) in a list of more than one entry it throws, and Next.js answers 500. A body
 * under 1 MB reaches that only through references: a part referred to many times, or parts that
 * refer to each other in a chain, each step multiplying the size.
 */
export const MAX_EXPANDED_SLOTS = 1_000_000;

/**
 * A reference back to a part still being decoded (a value that occurs twice in the arguments, as
 * React's client writes it) is filled in once that part is done, with everything the part holds by
 * then: each such reference may double what is counted. A few are plenty for any form.
 */
const MAX_BACK_REFERENCES = 8;

export type BodyRefusal = { status: 400 | 413; reason: "bodyTooLarge" | "malformedBody" };

type BodyRequest = { method: string; headers: { get(name: string): string | null }; body: ReadableStream<Uint8Array> | null };

const TOO_LARGE: BodyRefusal = { status: 413, reason: "bodyTooLarge" };
const MALFORMED: BodyRefusal = { status: 400, reason: "malformedBody" };

const isMultipart = (headers: BodyRequest["headers"]) => /^multipart\/form-data/i.test(headers.get("content-type") ?? "");

/**
 * Whether Next.js will decode this request's body as a server action: a POST with a Next-Action
 * header (a call from a page's script), or a multipart form posted to a page without JavaScript.
 */
export function decodedAsAction(request: Pick<BodyRequest, "method" | "headers">): boolean {
  return request.method === "POST" && (request.headers.get("next-action") !== null || isMultipart(request.headers));
}

/** The body's bytes, or null as soon as it passes the limit (the rest is never read). */
export async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function json(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * React's reply format (react-server-dom's parseModelString): a string starting with "$" is a
 * reference. These stand for a value on their own: $$ an escaped "$", $T a temporary reference,
 * $I Infinity, $- −0 or −Infinity, $N NaN, $u undefined, $D a date, $H nothing, $K a form's fields
 * gathered by prefix; $n a bigint, whose digits React checks (at most 300).
 */
const SELF_CONTAINED = new Set(["$", "T", "I", "-", "N", "u", "D", "H", "K"]);
const BIGINT = /^\$n-?\d{1,300}$/;
/**
 * The other references name a part by a hex id: a model (JSON; for a Map a list of pairs, for a Set
 * or an iterator a list), binary data (a file part whose size fits the typed array: 2, 4 or 8 bytes
 * an element), or a stream. `$h`, a server function passed as an argument, no action here takes:
 * Next.js fails on any id it does not know, so it is refused outright.
 */
const MODEL_SHAPES: Record<string, (model: unknown) => boolean> = {
  "@": () => true,
  Q: (model) => Array.isArray(model) && model.every((entry) => entry !== null && typeof entry === "object"),
  W: Array.isArray,
  i: Array.isArray,
};
const ELEMENT_BYTES: Record<string, number> = { A: 1, O: 1, o: 1, U: 1, V: 1, B: 1, S: 2, s: 2, L: 4, l: 4, G: 4, g: 8, M: 8, m: 8 };
const STREAM_TYPES = new Set([..."RrXx"]);

type Parts = Map<string, string | File>;
type Reference =
  | { kind: "model"; key: string; path: string[]; shape: (model: unknown) => boolean }
  | { kind: "binary"; key: string; elementBytes: number }
  | { kind: "stream"; key: string };

/** What a "$" string refers to: nothing (a value of its own), a part, or null when React would fail. */
function referenceIn(value: string): Reference | "value" | null {
  const type = value[1] ?? "";
  if (SELF_CONTAINED.has(type)) return "value";
  if (type === "n") return BIGINT.test(value) ? "value" : null;
  if (type === "h") return null;
  const typed = type in MODEL_SHAPES || type in ELEMENT_BYTES || STREAM_TYPES.has(type);
  const [id = "", ...path] = (typed ? value.slice(2) : value.slice(1)).split(":");
  // React reads the hex id as a number and looks up the form field of that decimal name.
  if (!/^[0-9a-f]{1,8}$/i.test(id)) return null;
  const key = String(parseInt(id, 16));
  if (type in ELEMENT_BYTES) return { kind: "binary", key, elementBytes: ELEMENT_BYTES[type]! };
  if (STREAM_TYPES.has(type)) return { kind: "stream", key };
  return { kind: "model", key, path, shape: MODEL_SHAPES[type] ?? (() => true) };
}

/** Whether a reference's path (`$1:items:0`) leads somewhere in the part's JSON, as far as JSON can tell. */
function pathResolves(model: unknown, path: string[]): boolean {
  let at = model;
  for (const key of path) {
    // A reference on the way is resolved by React first: past it the JSON says nothing.
    if (typeof at === "string" && at.startsWith("$")) return true;
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}

/**
 * Whether the reply's root part (form field "0") is JSON (for a call, a list of arguments) whose
 * every reference names a part that was sent, of the kind the reference says (model parts being
 * JSON themselves, checked in turn), along a path that exists. A call's multipart body is decoded
 * as it streams in, so there a part must come before the part that refers to it (React's client
 * writes them so; `order` gives each field's position). Iterative: no stack to overflow.
 */
function wellFormedReply(parts: Parts, root: "arguments" | "any", order?: Map<string, number>): boolean {
  const models = new Map<string, unknown>();
  const pending: { value: unknown; depth: number; from: string }[] = [];
  /** The part's JSON, parsed once and queued to be checked; undefined when it is not JSON. */
  const model = (key: string, depth: number): { value: unknown } | undefined => {
    if (models.has(key)) return { value: models.get(key) };
    const content = parts.get(key);
    const parsed = typeof content === "string" ? json(content) : { ok: false as const };
    if (!parsed.ok) return undefined;
    models.set(key, parsed.value);
    pending.push({ value: parsed.value, depth, from: key });
    return { value: parsed.value };
  };
  const arrivesLater = (key: string, from: string) => order !== undefined && key !== from && order.get(key)! > order.get(from)!;

  const rootModel = model("0", 0);
  if (!rootModel || (root === "arguments" && !(Array.isArray(rootModel.value) && rootModel.value.length <= MAX_ARGUMENTS))) return false;
  while (pending.length > 0) {
    const { value, depth, from } = pending.pop()!;
    if (depth > MAX_NESTING) return false;
    if (value !== null && typeof value === "object") {
      for (const child of Object.values(value)) pending.push({ value: child, depth: depth + 1, from });
      continue;
    }
    if (typeof value !== "string" || !value.startsWith("$")) continue;
    const reference = referenceIn(value);
    if (reference === "value") continue;
    if (!reference || !parts.has(reference.key)) return false;
    if (reference.kind === "stream") continue;
    if (arrivesLater(reference.key, from)) return false;
    if (reference.kind === "binary") {
      const content = parts.get(reference.key)!;
      if (typeof content === "string" || content.size % reference.elementBytes !== 0) return false;
      continue;
    }
    const target = model(reference.key, depth + 1);
    if (!target || !pathResolves(target.value, reference.path)) return false;
    // The shape is the part's own (a path leads into it, to whatever React finds there).
    if (reference.path.length === 0 && !reference.shape(target.value)) return false;
  }
  return withinReplyLimits(models, parts);
}

/**
 * Whether decoding the reply stays within React's limit (MAX_EXPANDED_SLOTS): an upper bound of
 * what React counts, with every reference expanded (each part's size reckoned once, memoized) and a
 * reference into a part counting as the whole part. Only a list of more than one entry can pass
 * React's limit: a reply without one is never refused. `models` holds every part the root reaches,
 * parsed (wellFormedReply has checked that each reference names one). Iterative, stopping as soon
 * as the bound is passed: a body of chained references cannot make it run long or deep.
 */
function withinReplyLimits(models: Map<string, unknown>, parts: Parts): boolean {
  type Frame = { key: string; work: unknown[]; size: number };
  const sizes = new Map<string, number>();
  const open = new Set<string>();
  const stack: Frame[] = [];
  const enter = (key: string) => {
    open.add(key);
    stack.push({ key, work: [models.get(key)], size: 0 });
  };
  const partSize = (key: string) => {
    const content = parts.get(key);
    return typeof content === "string" ? content.length : (content?.size ?? 0);
  };
  let forks = false;
  let backReferences = 0;
  enter("0");
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    if (frame.work.length === 0) {
      sizes.set(frame.key, frame.size);
      open.delete(frame.key);
      stack.pop();
      continue;
    }
    const value = frame.work.pop();
    if (Array.isArray(value)) {
      if (value.length > 1) forks = true;
      frame.size += value.length + 1;
      for (const entry of value) frame.work.push(entry);
    } else if (value !== null && typeof value === "object") {
      const entries = Object.values(value);
      frame.size += entries.length;
      for (const entry of entries) frame.work.push(entry);
    } else if (typeof value === "string") {
      const reference = value.startsWith("$") ? referenceIn(value) : "value";
      if (reference === "value" || reference === null) frame.size += value.length;
      else if (reference.kind !== "model") frame.size += partSize(reference.key);
      else if (sizes.has(reference.key)) frame.size += sizes.get(reference.key)!;
      else if (open.has(reference.key)) backReferences += 1;
      else {
        // Its size first, then this reference again.
        frame.work.push(value);
        enter(reference.key);
        continue;
      }
    }
    if (frame.size > MAX_EXPANDED_SLOTS && forks) return false;
  }
  if (!forks) return true;
  if (backReferences > MAX_BACK_REFERENCES) return false;
  // Each back reference may double the count, of the part it fills in and of whatever refers to it.
  return sizes.get("0")! * 4 ** backReferences <= MAX_EXPANDED_SLOTS;
}

async function formFields(bytes: Uint8Array<ArrayBuffer>, contentType: string): Promise<[string, string | File][] | null> {
  try {
    const form = await new Response(bytes, { headers: { "Content-Type": contentType } }).formData();
    return [...form.entries()];
  } catch {
    return null;
  }
}

/**
 * A form posted without JavaScript names its action by its last `$ACTION_ID_<id>` or
 * `$ACTION_REF_<n>` field; a `$ACTION_REF_<n>` action's id and bound arguments are a reply of
 * their own in the fields prefixed `$ACTION_<n>:` (React's decodeAction), checked like a call's.
 */
function wellFormedNoScriptForm(fields: [string, string | File][]): boolean {
  const actionKey = fields.map(([name]) => name).findLast((name) => name.startsWith("$ACTION_REF_") || name.startsWith("$ACTION_ID_"));
  if (!actionKey?.startsWith("$ACTION_REF_")) return true;
  const prefix = `$ACTION_${actionKey.slice("$ACTION_REF_".length)}:`;
  const own: Parts = new Map(fields.filter(([name]) => name.startsWith(prefix)).map(([name, value]) => [name.slice(prefix.length), value]));
  return wellFormedReply(own, "any");
}

/** Why this server action body would make Next.js fail (413 or 400), or null to let it through. */
export async function actionBodyRefusal(request: BodyRequest): Promise<BodyRefusal | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_ACTION_BODY_BYTES) return TOO_LARGE;
  const bytes = await readAtMost(request.body, MAX_ACTION_BODY_BYTES);
  if (!bytes) return TOO_LARGE;
  const isCall = request.headers.get("next-action") !== null;

  if (isMultipart(request.headers)) {
    const fields = await formFields(bytes, request.headers.get("content-type")!);
    if (!fields) return MALFORMED;
    const order = new Map(fields.map(([name], index) => [name, index]));
    const wellFormed = isCall ? wellFormedReply(new Map(fields), "arguments", order) : wellFormedNoScriptForm(fields);
    return wellFormed ? null : MALFORMED;
  }
  // A call whose arguments need no separate parts comes as one JSON text.
  const text = utf8(bytes);
  if (text === null) return MALFORMED;
  return wellFormedReply(new Map([["0", text]]), "arguments") ? null : MALFORMED;
}
