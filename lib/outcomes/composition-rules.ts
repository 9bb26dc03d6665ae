// The parts of an outcome beside its statement: press-conference details, links, and the wording
// of adopted recommendations. Pure, unit-tested.
import type { OutcomeLink, PublishedRecommendation } from "@/db/schema/outcomes";
import { cleanTranslations, type ContentTranslations } from "@/lib/content/translations";

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

/** The key of a recommendation's wording in another language in the outcome's wording map: `<id>:<language>`. */
export function wordingKey(id: string, language?: string): string {
  return language ? `${id}:${language}` : id;
}

/**
 * The adopted recommendations as the outcome words them, in the event's first language `source`
 * (the outcome's wording where given, else the record's) with their versions in the other
 * `languages`: the outcome's wording in that language where given; else, when the outcome kept the
 * record's wording, the record's version. A recommendation the outcome reworded keeps no version of
 * the record's old wording: its readers get the new wording, marked as in the first language.
 */
export function outcomeRecommendations(
  adopted: { id: string; theme: string; text: string; translations?: ContentTranslations | null }[],
  wording: Record<string, string>,
  languages: readonly string[] = [],
): PublishedRecommendation[] {
  const source = languages[0];
  return adopted.map((r) => {
    if (!source) return { theme: r.theme, text: wording[r.id]?.trim() || r.text };
    const reworded = wording[r.id]?.trim();
    const versions: ContentTranslations = {};
    for (const language of languages.slice(1)) {
      const text = wording[wordingKey(r.id, language)]?.trim() || (reworded ? "" : r.translations?.[language]?.text?.trim());
      if (text) versions[language] = { text };
    }
    return { theme: r.theme, text: reworded || r.text, lang: source, translations: cleanTranslations(versions, ["text"], languages) };
  });
}

/** A published recommendation for one reader: `shownIn` names the language when it is not theirs. */
export type LocalizedRecommendation = { theme: string; text: string; shownIn?: string };

/**
 * A published recommendation in the reader's language: its version there, else its own text,
 * marked as in its language (the event's first when it was published; `firstLanguage` for
 * revisions published before recommendations had versions). Pure.
 */
export function localizeRecommendation(recommendation: PublishedRecommendation, reader: string, firstLanguage: string): LocalizedRecommendation {
  const source = recommendation.lang ?? firstLanguage;
  if (reader === source) return { theme: recommendation.theme, text: recommendation.text };
  const version = recommendation.translations?.[reader]?.text?.trim();
  if (version) return { theme: recommendation.theme, text: version };
  return recommendation.text.trim() ? { theme: recommendation.theme, text: recommendation.text, shownIn: source } : { theme: recommendation.theme, text: "" };
}
