import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SafeMarkdown, safeUrl } from "./safe-markdown";

// A .ts file (the unit-test glob) renders through createElement rather than JSX.
const render = (text: string) => renderToStaticMarkup(createElement(SafeMarkdown, { text }));

type Tag = { name: string; attributes: { name: string; value: string }[] };

/** Every tag of the markup with its attributes: React always double-quotes and escapes values. */
function tagsOf(html: string): Tag[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((match) => ({
    name: match[1]!.toLowerCase(),
    attributes: [...(match[2] ?? "").matchAll(/\s+([^\s=/>]+)(?:="([^"]*)")?/g)].map((a) => ({ name: a[1]!.toLowerCase(), value: a[2] ?? "" })),
  }));
}

/** Undoes React's attribute escaping, and numeric references, so a hidden scheme can't hide. */
function unescape(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

const FORBIDDEN_ELEMENTS = ["script", "iframe", "object", "embed", "style", "svg", "img", "form", "details", "math", "link", "meta", "base"];

function expectInert(html: string) {
  for (const element of FORBIDDEN_ELEMENTS) expect(html).not.toMatch(new RegExp(`<${element}[\\s/>]`, "i"));
  // Inside tags only: React escapes `<`, `>` and quotes in text, so `onclick=` written as text is
  // just words on the page.
  for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
  const hrefs = [...html.matchAll(/\shref="([^"]*)"/gi)].map((m) => unescape(m[1]!));
  for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:|\/|#|$)/i);
  for (const tag of tagsOf(html)) {
    // The parsed tags agree with the regex above: no handler attribute under any spelling.
    for (const attribute of tag.attributes) {
      expect(attribute.name).not.toMatch(/^on/);
      const value = unescape(attribute.value)
        .replace(/[\s\u0000-\u001f]/g, "")
        .toLowerCase();
      expect(value).not.toMatch(/javascript:|vbscript:|data:/);
    }
  }
}

const XSS: [string, string][] = [
  ["script element", "<script>alert(1)</script>"],
  ["script inline in a paragraph", "Hello <script>alert(1)</script> world"],
  ["img onerror", "<img src=x onerror=alert(1)>"],
  ["svg onload", "<svg onload=alert(1)>"],
  ["raw anchor with javascript:", '<a href="javascript:alert(1)">x</a>'],
  ["raw anchor with an entity-encoded scheme", '<a href="&#x6A;avascript:alert(1)">x</a>'],
  ["markdown link javascript:", "[x](javascript:alert(1))"],
  ["mixed-case scheme", "[x](JaVaScRiPt:alert(1))"],
  ["leading spaces", "[x](  javascript:alert(1))"],
  ["decimal entity in the scheme", "[x](&#106;avascript:alert(1))"],
  ["hex entities in the scheme", "[x](&#x6A;&#x61;vascript:alert(1))"],
  ["named entity for the colon", "[x](javascript&colon;alert(1))"],
  ["numeric entity for the colon", "[x](javascript&#58;alert(1))"],
  ["escaped colon", "[x](javascript\\:alert(1))"],
  ["percent-encoded line break", "[x](java%0ascript:alert(1))"],
  ["percent-encoded letter", "[x](%6Aavascript:alert(1))"],
  ["line break in the destination", "[x](java\nscript:alert(1))"],
  ["tab inside an angle-bracket destination", "[x](<java\tscript:alert(1)>)"],
  ["angle-bracket destination", "[x](<javascript:alert(1)>)"],
  ["data: URL", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["vbscript:", "[x](vbscript:msgbox(1))"],
  ["file:", "[x](file:///etc/passwd)"],
  ["image with javascript:", "![x](javascript:alert(1))"],
  ["remote image", "![tracking pixel](https://tracker.example/p.gif)"],
  ["image inside a link", "[![x](javascript:alert(1))](javascript:alert(2))"],
  ["iframe", '<iframe src="https://evil.example"></iframe>'],
  ["iframe with javascript:", "<iframe src=javascript:alert(1)>"],
  ["style element", "<style>body{background:url(javascript:alert(1))}</style>"],
  ["object", '<object data="javascript:alert(1)"></object>'],
  ["embed", '<embed src="javascript:alert(1)">'],
  ["form with javascript: action", '<form action="javascript:alert(1)"><button>go</button></form>'],
  ["details ontoggle", "<details open ontoggle=alert(1)>"],
  ["mXSS namespace confusion", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"],
  ["autolink javascript:", "<javascript:alert(1)>"],
  ["autolink vbscript:", "<vbscript:msgbox(1)>"],
  ["reference-style link", "[x][1]\n\n[1]: javascript:alert(1)"],
  ["reference-style link with a title", '[x][1]\n\n[1]: javascript:alert(1) "t"'],
  ["html comment", "<!-- <script>alert(1)</script> -->"],
  ["quote-breaking title", '[x](https://a.example "title\\" onclick=\\"alert(1)")'],
  ["quote-breaking destination", '[x](https://a.example" onclick="alert(1))'],
  ["onclick in a raw span", '<span onclick="alert(1)">x</span>'],
  ["link in a footnote", "Note[^1]\n\n[^1]: [x](javascript:alert(1))"],
  ["link in a table cell", "| a |\n|---|\n| [x](javascript:alert(1)) |"],
  ["link in a task list", "- [ ] [x](javascript:alert(1))"],
  ["control character before the scheme", "[x](\u0001javascript:alert(1))"],
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ["base href", '<base href="javascript:alert(1)//">'],
];

describe("the inertness check itself", () => {
  it.each([
    '<p><img src="x"/></p>',
    '<p><a href="javascript:alert(1)">x</a></p>',
    '<p><a href="&#x6A;avascript:alert(1)">x</a></p>',
    '<p><a href="evil.example">x</a></p>',
    '<p><span onclick="alert(1)">x</span></p>',
    '<p><span title="java&#x0A;script:x">x</span></p>',
  ])("rejects %s", (html) => {
    expect(() => expectInert(html)).toThrow();
  });
});

describe("SafeMarkdown against script injection", () => {
  it.each(XSS)("renders %s inert", (_name, payload) => {
    expectInert(render(payload));
  });

  it("renders the whole battery inert as one document too", () => {
    expectInert(render(XSS.map(([, payload]) => payload).join("\n\n")));
  });

  it("keeps the visible text of a dropped link, as plain text", () => {
    const html = render("[the agenda](javascript:alert(1))");
    expect(html).toContain("the agenda");
    expect(html).not.toContain("<a");
  });

  it("shows an image as its alt text and never loads it", () => {
    const html = render("Before ![the hall](https://example.org/hall.jpg) after");
    expect(html).toContain("Before the hall after");
    expect(html).not.toContain("example.org");
  });
});

describe("safeUrl", () => {
  it("keeps web, mail, relative and fragment addresses", () => {
    for (const url of ["https://a.example/x?y#z", "http://a.example", "MAILTO:a@b.example", "/events/1", "../x", "notes", "#top", "?page=2", "a/b:c"]) {
      expect(safeUrl(url, "href", { type: "element", tagName: "a", properties: {}, children: [] })).toBe(url);
    }
  });

  it("drops every other scheme, however it is spelled", () => {
    for (const url of [
      "javascript:alert(1)",
      " \u0000JAVASCRIPT:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:x",
      "vbscript:x",
      "data:text/html,x",
      "file:///x",
      "java%0ascript:x",
    ]) {
      expect(safeUrl(url, "href", { type: "element", tagName: "a", properties: {}, children: [] })).toBeUndefined();
    }
  });
});

describe("SafeMarkdown formatting", () => {
  it("renders headings below the page's own (from <h3>) and emphasis", () => {
    const html = render("# Summary\n\n## Key points\n\n### Detail\n\nSome *emphasis*, **strong** and ~~struck~~ text.");
    expect(html).toMatch(/<h3[^>]*>Summary<\/h3>/);
    expect(html).toMatch(/<h3[^>]*>Key points<\/h3>/);
    expect(html).toMatch(/<h4[^>]*>Detail<\/h4>/);
    expect(html).not.toMatch(/<h[12][\s>]/);
    expect(html).toMatch(/<em>emphasis<\/em>/);
    expect(html).toMatch(/<strong>strong<\/strong>/);
    expect(html).toMatch(/<del>struck<\/del>/);
  });

  it("styles bulleted and numbered lists", () => {
    const html = render("- one\n- two\n\n1. first\n2. second");
    expect(html).toMatch(/<ul class="[^"]*list-disc[^"]*pl-6[^"]*">/);
    expect(html).toMatch(/<ol class="[^"]*list-decimal[^"]*">/);
    expect(html.match(/<li[\s>]/g)).toHaveLength(4);
  });

  it("renders GFM tables and task lists", () => {
    const html = render("| Party | Seats |\n|:--|--:|\n| A | 3 |\n\n- [x] done\n- [ ] open");
    expect(html).toMatch(/<table[^>]*><thead><tr><th[^>]*>Party<\/th>/);
    expect(html).toMatch(/<td[^>]*>3<\/td>/);
    expect(html).toMatch(/<input type="checkbox" disabled="" checked=""\/> done/);
    expect(html).toMatch(/<input type="checkbox" disabled=""\/> open/);
    expect(html).toContain("contains-task-list");
  });

  it("gives external links rel against referrer leaks", () => {
    const html = render("[the initiative](https://initiative.example/about)");
    expect(html).toMatch(/<a href="https:\/\/initiative\.example\/about"[^>]*rel="noopener noreferrer nofollow"[^>]*>the initiative<\/a>/);
  });

  it("keeps mailto, relative and fragment links, without rel", () => {
    const html = render("[write](mailto:secretariat@example.org) [agenda](/en/events/1) [up](../agenda) [top](#top)");
    expect(html).toMatch(/<a href="mailto:secretariat@example.org"[^>]*>write<\/a>/);
    expect(html).toMatch(/<a href="\/en\/events\/1"[^>]*>agenda<\/a>/);
    expect(html).toMatch(/<a href="..\/agenda"[^>]*>up<\/a>/);
    expect(html).toMatch(/<a href="#top"[^>]*>top<\/a>/);
    expect(html).not.toContain("rel=");
  });

  it("links bare web addresses (GFM autolinks)", () => {
    expect(render("See www.example.org.")).toMatch(/<a href="http:\/\/www\.example\.org"[^>]*>www\.example\.org<\/a>/);
  });

  it("separates paragraphs and keeps hard line breaks", () => {
    const html = render("First paragraph.\n\nSecond line one  \nsecond line two\\\nsecond line three");
    expect(html.match(/<p[\s>]/g)).toHaveLength(2);
    expect(html.match(/<br\/>/g)).toHaveLength(2);
  });

  it("shows footnotes as written, with no built-in English labels", () => {
    const html = render("A point[^1].\n\n[^1]: Its source.");
    expect(html).toContain("A point[^1].");
    expect(html).toContain("[^1]: Its source.");
    expect(html).not.toMatch(/Footnotes|Back to content/);
  });

  it("wraps the output in the given class and renders nothing for empty text", () => {
    expect(renderToStaticMarkup(createElement(SafeMarkdown, { text: "x", className: "text-sm" }))).toMatch(/^<div class="text-sm">/);
    expect(render("")).toBe("<div></div>");
  });

  it("writes Cyrillic, Armenian and Azerbaijani text as it is", () => {
    const html = render("**Итоги** — Ամփոփում — Nəticələr");
    expect(html).toContain("<strong>Итоги</strong> — Ամփոփում — Nəticələr");
  });
});
