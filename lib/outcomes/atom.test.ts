import { gunzipSync, gzipSync } from "node:zlib";
// The Atom builder, checked with real parsers: fast-xml-parser's validator for well-formed XML and
// feedsmith for what a feed reader gets out of it (ids, links, dates, the text as written).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseAtomFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { atomResponse, buildOutcomesAtom, escapeHtml, outcomeEntryId, textToHtml, xmlSafe, type AtomInput, type AtomOutcome } from "./atom";
import { PRECOMPRESSED_HEADER } from "@/lib/http/precompressed";

const labels: AtomInput["labels"] = {
  correction: (revision, note) => `Correction (revision ${revision}): ${note}`,
  corrected: (revision) => `Corrected (revision ${revision}).`,
  notJointlySigned: "Not jointly signed.",
  notJointlySignedReason: (reason) => `Not jointly signed: ${reason}`,
};

function outcome(overrides: Partial<AtomOutcome> = {}): AtomOutcome {
  return {
    eventId: "0b8f5a52-6c1e-4a5f-9d0e-2b1f4b7f9a10",
    title: "Round table",
    link: "http://localhost:3000/en/events/round-table",
    initiativeName: "Peace Bridge",
    revision: 1,
    statements: [
      { language: "en", text: "English statement." },
      { language: "ru", text: "Заявление на русском." },
    ],
    note: "",
    jointlySigned: true,
    unsignedReason: "",
    firstPublishedAt: new Date("2026-02-14T15:00:00Z"),
    publishedAt: new Date("2026-02-14T15:00:00Z"),
    ...overrides,
  };
}

function build(outcomes: AtomOutcome[], overrides: Partial<AtomInput> = {}) {
  const xml = buildOutcomesAtom({
    id: "urn:roundtable:outcomes",
    title: "Roundtable: published outcomes",
    subtitle: "Outcomes",
    author: "Roundtable",
    selfUrl: "http://localhost:3000/feeds/outcomes",
    alternateUrl: "http://localhost:3000/en/outcomes",
    language: "en",
    outcomes,
    labels,
    now: new Date("2026-03-01T00:00:00Z"),
    ...overrides,
  });
  expect(XMLValidator.validate(xml)).toBe(true);
  return { xml, feed: parseAtomFeed(xml) };
}

describe("buildOutcomesAtom", () => {
  it("writes a valid feed with a stable entry id, the event link, and updated / published dates", () => {
    const { feed } = build([outcome()]);
    expect(feed.id).toBe("urn:roundtable:outcomes");
    expect(feed.title?.value).toBe("Roundtable: published outcomes");
    expect(feed.updated).toBe("2026-02-14T15:00:00.000Z");
    expect(feed.authors?.[0]?.name).toBe("Roundtable");
    expect(feed.links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rel: "self", href: "http://localhost:3000/feeds/outcomes" }),
        expect.objectContaining({ rel: "alternate", href: "http://localhost:3000/en/outcomes" }),
      ]),
    );
    const [entry] = feed.entries ?? [];
    expect(entry?.id).toBe("urn:roundtable:outcome:0b8f5a52-6c1e-4a5f-9d0e-2b1f4b7f9a10");
    expect(entry?.id).toBe(outcomeEntryId("0b8f5a52-6c1e-4a5f-9d0e-2b1f4b7f9a10"));
    expect(entry?.title?.value).toBe("Round table");
    expect(entry?.links?.[0]?.href).toBe("http://localhost:3000/en/events/round-table");
    expect(entry?.updated).toBe("2026-02-14T15:00:00.000Z");
    expect(entry?.published).toBe("2026-02-14T15:00:00.000Z");
    expect(entry?.content?.value).toContain("English statement.");
    expect(entry?.content?.value).not.toContain("Заявление");
  });

  it("shows the statement in the feed's language, else the first one", () => {
    expect(build([outcome()], { language: "ru" }).feed.entries?.[0]?.content?.value).toContain('<div lang="ru">');
    const armenian = build([outcome()], { language: "hy" }).feed.entries?.[0]?.content?.value;
    expect(armenian).toContain('<div lang="en">');
  });

  it("keeps the entry id across a correction, and says what was corrected", () => {
    const corrected = outcome({ revision: 2, note: "Fixed a date", publishedAt: new Date("2026-02-15T09:00:00Z") });
    const { feed } = build([corrected]);
    const [entry] = feed.entries ?? [];
    expect(entry?.id).toBe(outcomeEntryId(corrected.eventId));
    expect(entry?.updated).toBe("2026-02-15T09:00:00.000Z");
    expect(entry?.published).toBe("2026-02-14T15:00:00.000Z");
    expect(entry?.content?.value).toContain("Correction (revision 2): Fixed a date");
    expect(feed.updated).toBe("2026-02-15T09:00:00.000Z");
  });

  it("says when an outcome is not jointly signed", () => {
    const content = build([outcome({ jointlySigned: false, unsignedReason: "One head of delegation was unreachable" })]).feed.entries?.[0]?.content?.value;
    expect(content).toContain("Not jointly signed: One head of delegation was unreachable");
    expect(build([outcome({ jointlySigned: false })]).feed.entries?.[0]?.content?.value).toContain("Not jointly signed.");
  });

  it("carries text with markup characters as text, never as markup", () => {
    const tricky = 'R&amp;D <b>bold</b> & "quotes" ]]> end';
    const { xml, feed } = build([outcome({ title: tricky, initiativeName: tricky, statements: [{ language: "en", text: `${tricky}\n\nSecond paragraph` }] })], {
      title: `Feed ${tricky}`,
      subtitle: tricky,
    });
    expect(xml).not.toContain("<b>bold</b>");
    expect(feed.title?.value).toBe(`Feed ${tricky}`);
    expect(feed.subtitle?.value).toBe(tricky);
    const [entry] = feed.entries ?? [];
    // type="html": the value is HTML whose text is exactly the title.
    expect(entry?.title?.type).toBe("html");
    expect(entry?.title?.value).toBe(escapeHtml(tricky));
    expect(entry?.authors?.[0]?.name).toBe(tricky);
    expect(entry?.content?.value).toContain(`<p>${escapeHtml(tricky)}</p>\n<p>Second paragraph</p>`);
  });

  it("drops characters XML cannot carry", () => {
    const { xml } = build([outcome({ title: "Bell\u0007 and form feed\u000C", statements: [{ language: "en", text: "NUL\u0000 here" }] })]);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C]/);
  });

  it("has no entries, and a valid date, when nothing is published", () => {
    const { feed } = build([]);
    expect(feed.entries ?? []).toHaveLength(0);
    expect(feed.updated).toBe("2026-03-01T00:00:00.000Z");
  });
});

describe("helpers", () => {
  it("xmlSafe keeps tabs, line breaks and paired surrogates, drops the rest", () => {
    expect(xmlSafe("a\tb\nc\rd 😀")).toBe("a\tb\nc\rd 😀");
    expect(xmlSafe("x\u0001y\uFFFEz\uD800")).toBe("xyz");
  });

  it("textToHtml makes paragraphs of blank-line blocks and keeps single line breaks", () => {
    expect(textToHtml("One\r\nline two\n\n\nThree & <four>")).toBe("<p>One<br/>line two</p>\n<p>Three &amp; &lt;four&gt;</p>");
  });

  it("atomResponse is a public, briefly cached Atom document", () => {
    const response = atomResponse("<feed/>");
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=15");
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
  });

  it("atomResponse sends the document compressed once, as kept, to a client that takes gzip, and plain to one that does not", async () => {
    const xml = `<feed>${"<entry>Statement</entry>".repeat(50)}</feed>`;
    const bytes = new Uint8Array(gzipSync(xml));
    const compressed = atomResponse(xml, { bytes, acceptedByClient: true });
    expect(compressed.headers.get(PRECOMPRESSED_HEADER)).toBe("gzip");
    expect(compressed.headers.get("vary")).toBe("Accept-Encoding");
    expect(gunzipSync(new Uint8Array(await compressed.arrayBuffer())).toString("utf8")).toBe(xml);

    const plain = atomResponse(xml, { bytes, acceptedByClient: false });
    expect(plain.headers.get(PRECOMPRESSED_HEADER)).toBeNull();
    expect(await plain.text()).toBe(xml);
  });
});

describe("buildOutcomesAtom: languages (xml:lang)", () => {
  /** xml:lang of the feed and of each entry, read by fast-xml-parser, not by the writer. */
  function languagesOf(xml: string) {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "entry" }).parse(xml) as {
      feed: { "@xml:lang"?: string; entry?: { "@xml:lang"?: string }[] };
    };
    return { feed: parsed.feed["@xml:lang"], entries: (parsed.feed.entry ?? []).map((entry) => entry["@xml:lang"]) };
  }

  it("marks the feed with its language and each entry with its statement's", () => {
    const armenian = outcome({ eventId: "1b8f5a52-6c1e-4a5f-9d0e-2b1f4b7f9a11", statements: [{ language: "hy", text: "Հայտարարություն։" }] });
    const none = outcome({ eventId: "2b8f5a52-6c1e-4a5f-9d0e-2b1f4b7f9a12", statements: [] });
    expect(languagesOf(build([outcome(), armenian, none], { language: "ru" }).xml)).toEqual({ feed: "ru", entries: ["ru", "hy", "ru"] });
    expect(languagesOf(build([outcome(), armenian, none], { language: "az" }).xml)).toEqual({ feed: "az", entries: ["en", "hy", "az"] });
    expect(languagesOf(build([], { language: "hy" }).xml)).toEqual({ feed: "hy", entries: [] });
  });

  it("marks notes in the feed's language inside an entry in another", () => {
    const corrected = outcome({ revision: 2, note: "Typo fixed.", statements: [{ language: "en", text: "English statement." }] });
    const content = build([corrected], { language: "ru" }).feed.entries?.[0]?.content?.value;
    expect(content).toContain('<p lang="ru"><em>Correction (revision 2): Typo fixed.</em></p>');
    expect(content).toContain('<div lang="en">');
    expect(build([corrected], { language: "en" }).feed.entries?.[0]?.content?.value).toContain("<p><em>Correction (revision 2): Typo fixed.</em></p>");
  });

  it("is not fooled by an entry's text that spells an entry element", () => {
    const tricky = outcome({ title: '<entry> and <feed xmlns="http://www.w3.org/2005/Atom">', statements: [{ language: "hy", text: "<entry>" }] });
    const { xml, feed } = build([tricky], { language: "en" });
    expect(languagesOf(xml)).toEqual({ feed: "en", entries: ["hy"] });
    expect(feed.entries?.[0]?.title?.value).toBe(escapeHtml(tricky.title));
  });
});
