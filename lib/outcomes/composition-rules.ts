// The parts of an outcome beside its statement: press-conference details, links, and the wording
// of adopted recommendations. Pure, unit-tested.
import type { OutcomeLink } from "@/db/schema/outcomes";

export const MAX_LINKS = 30;

/**
 * Links typed one a line as "label URL" (the URL last, http or https only; the label may be
 * empty, then the address is the label). Returns the links and the line numbers that are not links.
 */
export function parseLinks(text: string): { links: OutcomeLink[]; badLines: number[] } {
  const links: OutcomeLink[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const parts = line.split(/\s+/);
    const candidate = parts[parts.length - 1]!;
    let url: URL | null = null;
    try {
      url = new URL(candidate);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
      badLines.push(index + 1);
      return;
    }
    const label = parts
      .slice(0, -1)
      .join(" ")
      .replace(/[\s—–:-]+$/, "")
      .trim();
    links.push({ label: label.slice(0, 200) || url.href, url: url.href });
  });
  return { links: links.slice(0, MAX_LINKS), badLines };
}

/** The links back as the text box shows them. */
export function formatLinks(links: OutcomeLink[]): string {
  return links.map((l) => (l.label && l.label !== l.url ? `${l.label} ${l.url}` : l.url)).join("\n");
}

/** The adopted recommendations as the outcome words them: the outcome's wording where given, else the record's. */
export function outcomeRecommendations(
  adopted: { id: string; theme: string; text: string }[],
  wording: Record<string, string>,
): { theme: string; text: string }[] {
  return adopted.map((r) => ({ theme: r.theme, text: wording[r.id]?.trim() || r.text }));
}
