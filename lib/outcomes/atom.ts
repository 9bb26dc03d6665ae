// The Atom document of published outcomes, built with the `feed` package. Pure: the caller reads
// the outcomes (lib/outcomes/public.ts, which applies the publication rule) and the labels.
//
// Two quirks of `feed` (its XML writer, xml-js) are handled here, and atom.test.ts beside it
// parses the output with a real feed parser to prove it:
// - entry titles, summaries and contents are written as `type="html"` inside CDATA, so plain text
//   must be HTML-escaped first (an event titled "A <b> B" is text, not markup);
// - plain-text elements (feed title, subtitle, author names) are escaped by xml-js, which first
//   turns every "&amp;" back into "&" (so "R&amp;D" would be read as "R&D"); writing each "&" as
//   "&amp;" beforehand makes that step give back exactly the text we meant.
// Characters that XML 1.0 forbids (control characters a paste can bring along) are dropped.
//
// `feed` writes no xml:lang, so it is added to its output: the feed's is the language of its own
// text (title, labels), each entry's that of the statement it carries (the feed's when it has none);
// the entry's notes in the feed's language say so with their own `lang`.
import { Feed } from "feed";
import { pickStatement, type Statement } from "./search-text";
import { PRECOMPRESSED_HEADER } from "@/lib/http/precompressed";

export type AtomOutcome = {
  eventId: string;
  title: string;
  /** Absolute URL of the public event page. */
  link: string;
  initiativeName: string;
  revision: number;
  statements: Statement[];
  note: string;
  jointlySigned: boolean;
  unsignedReason: string;
  firstPublishedAt: Date;
  publishedAt: Date;
};

export type AtomLabels = {
  correction: (revision: number, note: string) => string;
  corrected: (revision: number) => string;
  notJointlySigned: string;
  notJointlySignedReason: (reason: string) => string;
};

export type AtomInput = {
  /** Stable feed id, e.g. `urn:roundtable:outcomes`. */
  id: string;
  title: string;
  subtitle: string;
  author: string;
  /** Absolute URL of this feed (rel="self"). */
  selfUrl: string;
  /** Absolute URL of the page the feed mirrors (rel="alternate"). */
  alternateUrl: string;
  /** The feed's language: an entry shows the statement in it when there is one. */
  language: string;
  outcomes: AtomOutcome[];
  labels: AtomLabels;
  /** `updated` of a feed with no entry. */
  now: Date;
};

/** The entry id of an event's outcome: the same for every revision, so a correction updates the entry. */
export function outcomeEntryId(eventId: string): string {
  return `urn:roundtable:outcome:${eventId}`;
}

// XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF (paired surrogates).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops the characters XML 1.0 cannot carry. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

export function escapeHtml(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Text for a plain-text element of `feed` (see the note at the top of this file). */
function plainText(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;");
}

/** Plain statement text as HTML: blank lines separate paragraphs, single line breaks stay. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br/>")}</p>`)
    .join("\n");
}

function summaryOf(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function entryContent(outcome: AtomOutcome, statement: Statement | undefined, labels: AtomLabels, feedLanguage: string): string {
  const notes: string[] = [];
  if (!outcome.jointlySigned) {
    const reason = outcome.unsignedReason.trim();
    notes.push(reason ? labels.notJointlySignedReason(reason) : labels.notJointlySigned);
  }
  if (outcome.revision > 1) {
    const note = outcome.note.trim();
    notes.push(note ? labels.correction(outcome.revision, note) : labels.corrected(outcome.revision));
  }
  // The notes are in the feed's language; the entry is in its statement's.
  const notesLang = statement && statement.language !== feedLanguage ? ` lang="${escapeHtml(feedLanguage)}"` : "";
  const head = notes.map((line) => `<p${notesLang}><em>${escapeHtml(line)}</em></p>`);
  const body = statement ? [`<div lang="${escapeHtml(statement.language)}">\n${textToHtml(statement.text)}\n</div>`] : [];
  return [...head, ...body].join("\n");
}

/** The Atom 1.0 document: one entry per event, newest publication first, as the outcomes come in. */
export function buildOutcomesAtom(input: AtomInput): string {
  const updated = input.outcomes.reduce<Date | null>((max, o) => (max && max >= o.publishedAt ? max : o.publishedAt), null) ?? input.now;
  const feed = new Feed({
    id: input.id,
    title: plainText(input.title),
    description: plainText(input.subtitle),
    link: input.alternateUrl,
    feed: input.selfUrl,
    language: input.language,
    updated,
    author: { name: plainText(input.author) },
    generator: false,
  });
  const entryLanguages: string[] = [];
  for (const outcome of input.outcomes) {
    const statement = pickStatement(outcome.statements, input.language);
    entryLanguages.push(statement?.language ?? input.language);
    feed.addItem({
      id: outcomeEntryId(outcome.eventId),
      title: escapeHtml(outcome.title),
      link: outcome.link,
      date: outcome.publishedAt,
      published: outcome.firstPublishedAt,
      description: statement ? escapeHtml(summaryOf(statement.text)) : undefined,
      content: entryContent(outcome, statement, input.labels, input.language),
      author: [{ name: plainText(outcome.initiativeName) }],
    });
  }
  return withLanguages(feed.atom1(), input.language, entryLanguages);
}

const FEED_START = '<feed xmlns="http://www.w3.org/2005/Atom">';

/**
 * xml:lang on the feed element and on each entry, in document order. Every text `feed` writes is
 * escaped or inside CDATA whose HTML is escaped (see above), so "<entry>" occurs only as the element.
 */
function withLanguages(xml: string, feedLanguage: string, entryLanguages: readonly string[]): string {
  if (!xml.includes(FEED_START)) throw new Error("feed: unexpected Atom output (no <feed> element to mark with xml:lang)");
  let entry = 0;
  const marked = xml
    .replace(FEED_START, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(feedLanguage)}">`)
    .replace(/<entry>/g, () => `<entry xml:lang="${escapeHtml(entryLanguages[entry++] ?? feedLanguage)}">`);
  if (entry !== entryLanguages.length) throw new Error("feed: unexpected Atom output (entries not found to mark with xml:lang)");
  return marked;
}

/**
 * An Atom response. Shared caches may keep it for a few seconds only: a publication or correction
 * reaches a feed reader's next poll within seconds, and nothing scheduled is ever in it. With
 * `gzipped` (the same document compressed once, as cached) and a client that takes gzip, those
 * bytes are sent as they are (lib/http/precompressed.ts) instead of compressing the document again
 * for every request.
 */
export function atomResponse(xml: string, gzipped?: { bytes: Uint8Array; acceptedByClient: boolean }): Response {
  const headers: Record<string, string> = {
    "Content-Type": "application/atom+xml; charset=utf-8",
    "Cache-Control": "public, max-age=15",
    Vary: "Accept-Encoding",
  };
  if (gzipped?.acceptedByClient) {
    return new Response(gzipped.bytes as Uint8Array<ArrayBuffer>, { headers: { ...headers, [PRECOMPRESSED_HEADER]: "gzip" } });
  }
  return new Response(xml, { headers });
}
