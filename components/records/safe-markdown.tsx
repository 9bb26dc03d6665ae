// Renders a record's Markdown (summary, key points, topics, recommendations) without letting the
// text do anything but read: raw HTML is dropped, links keep only web and mail addresses, and
// images never load (a remote image on a record would tell its host who read it and when).
// No hooks and no "use client": the same component serves the public record page (a server
// component) and the editor's live preview (a client component).
import type { ComponentPropsWithoutRef, JSX } from "react";
import Markdown, { type Components, type ExtraProps, type UrlTransform } from "react-markdown";
import remarkGfm from "remark-gfm";

const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/**
 * The URL a link may keep, or `undefined` to drop it. Only `http:`, `https:`, `mailto:` and
 * scheme-less (relative, fragment) URLs survive: an allowlist, because the schemes a browser runs
 * (`javascript:`, `vbscript:`, `data:` …) are too many and too oddly spelled to list.
 */
export const safeUrl: UrlTransform = (url) => {
  // Read the scheme the way a browser does: leading and trailing controls and spaces are ignored,
  // tabs and line breaks anywhere are removed (so `java\tscript:` is `javascript:` to it).
  const cleaned = url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  const colon = cleaned.indexOf(":");
  if (colon === -1) return cleaned;
  // A colon after the first `/`, `?` or `#` belongs to the path, query or fragment: no scheme.
  const pathStart = cleaned.search(/[/?#]/);
  if (pathStart !== -1 && pathStart < colon) return cleaned;
  return SAFE_SCHEMES.has(cleaned.slice(0, colon).toLowerCase()) ? cleaned : undefined;
};

/** Whether a (kept) URL leaves the site, and so gets `rel` against referrer and SEO leaks. */
function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}

function cx(own: string, given: string | undefined): string {
  return given ? `${own} ${given}` : own;
}

type Props<Tag extends keyof JSX.IntrinsicElements> = ComponentPropsWithoutRef<Tag> & ExtraProps;

// Headings start at <h3>: a record sits under the page's own <h1> and a section's <h2>.
// Each element gets its typography here: the project's Tailwind has no typography plugin. `node`
// (react-markdown's syntax-tree node) is taken out so it is not written to the DOM; classes that
// GFM sets (task lists, code languages) are kept beside ours. A task list shows its checkboxes,
// not bullets.
const components: Components = {
  h1: ({ node: _node, className, ...props }: Props<"h1">) => <h3 {...props} className={cx("mt-4 mb-2 text-xl font-semibold first:mt-0", className)} />,
  h2: ({ node: _node, className, ...props }: Props<"h2">) => <h3 {...props} className={cx("mt-4 mb-2 text-lg font-semibold first:mt-0", className)} />,
  h3: ({ node: _node, className, ...props }: Props<"h3">) => <h4 {...props} className={cx("mt-3 mb-1 text-base font-semibold first:mt-0", className)} />,
  h4: ({ node: _node, className, ...props }: Props<"h4">) => <h5 {...props} className={cx("mt-3 mb-1 font-semibold first:mt-0", className)} />,
  h5: ({ node: _node, className, ...props }: Props<"h5">) => <h6 {...props} className={cx("mt-3 mb-1 font-semibold first:mt-0", className)} />,
  h6: ({ node: _node, className, ...props }: Props<"h6">) => <h6 {...props} className={cx("mt-3 mb-1 font-semibold first:mt-0", className)} />,
  p: ({ node: _node, className, ...props }: Props<"p">) => <p {...props} className={cx("my-2 first:mt-0 last:mb-0", className)} />,
  ul: ({ node: _node, className, ...props }: Props<"ul">) => (
    <ul {...props} className={cx("my-2 list-disc space-y-1 pl-6 [&.contains-task-list]:list-none [&.contains-task-list]:pl-1", className)} />
  ),
  ol: ({ node: _node, className, ...props }: Props<"ol">) => <ol {...props} className={cx("my-2 list-decimal space-y-1 pl-6", className)} />,
  blockquote: ({ node: _node, ...props }: Props<"blockquote">) => <blockquote className="my-2 border-l-4 border-line pl-3 text-muted" {...props} />,
  pre: ({ node: _node, className, ...props }: Props<"pre">) => (
    <pre {...props} className={cx("my-2 overflow-x-auto rounded bg-white p-2 text-sm", className)} />
  ),
  code: ({ node: _node, className, ...props }: Props<"code">) => <code {...props} className={cx("font-mono text-[0.9em]", className)} />,
  hr: ({ node: _node, className, ...props }: Props<"hr">) => <hr {...props} className={cx("my-4 border-line", className)} />,
  // Wide tables scroll inside the record instead of widening the page.
  table: ({ node: _node, ...props }: Props<"table">) => (
    <div className="my-2 overflow-x-auto">
      <table className="border-collapse text-left" {...props} />
    </div>
  ),
  th: ({ node: _node, className, ...props }: Props<"th">) => <th {...props} className={cx("border border-line px-2 py-1 font-semibold", className)} />,
  td: ({ node: _node, className, ...props }: Props<"td">) => <td {...props} className={cx("border border-line px-2 py-1", className)} />,
  // A link whose address was dropped is no link: its text stays, nothing to click. Titles go too
  // (a tooltip that keyboard and touch users never see).
  a: ({ node: _node, href, title: _title, children, ...props }: Props<"a">) => {
    if (!href) return <span>{children}</span>;
    return (
      <a {...props} href={href} className="text-accent underline hover:text-accent-strong" rel={isExternal(href) ? "noopener noreferrer nofollow" : undefined}>
        {children}
      </a>
    );
  },
  // No image loads from a record: what the writer meant by it is its alt text.
  img: ({ alt }: Props<"img">) => alt ?? null,
};

type MdNode = { type: string; children?: MdNode[]; label?: string | null; identifier?: string; value?: string };

/**
 * GFM footnotes come out with English labels ("Footnotes", "Back to content") built into the
 * HTML, and all UI text must come from the message catalogs. Footnotes in minutes are rare, so they
 * are shown as written: `[^1]` in the text, and each note's text where it was written, after
 * `[^1]: `.
 */
function remarkFootnotesAsText() {
  return (tree: MdNode) => {
    const visit = (node: MdNode) => {
      if (!node.children) return;
      node.children = node.children.flatMap((child): MdNode[] => {
        const marker = `[^${child.label ?? child.identifier ?? ""}]`;
        if (child.type === "footnoteReference") return [{ type: "text", value: marker }];
        if (child.type !== "footnoteDefinition") return [child];
        const [first, ...rest] = child.children ?? [];
        const lead: MdNode = { type: "text", value: `${marker}: ` };
        if (first?.type === "paragraph") return [{ ...first, children: [lead, ...(first.children ?? [])] }, ...rest];
        return [{ type: "paragraph", children: [lead] }, ...(first ? [first] : []), ...rest];
      });
      node.children.forEach(visit);
    };
    visit(tree);
  };
}

export function SafeMarkdown({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className}>
      <Markdown remarkPlugins={[remarkGfm, remarkFootnotesAsText]} skipHtml urlTransform={safeUrl} components={components}>
        {text}
      </Markdown>
    </div>
  );
}
