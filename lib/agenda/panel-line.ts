// One line of a panel ("Speakers: …") as each audience reads it: the names it may see, then, per
// party, how many it may not ("and 2 speakers from Azerbaijan who are not listed"), so a panel
// whose one side chose not to be listed never looks one-sided. Pure: callers translate the phrases.
export type AgendaRole = "moderator" | "speaker";

export type HiddenTally = { role: AgendaRole; partyName: string; count: number };

/** The counts of one role, by party name (the order given, which is alphabetical: no side first). */
export function hiddenOfRole(hidden: readonly HiddenTally[] | undefined, role: AgendaRole): { partyName: string; count: number }[] {
  return (hidden ?? []).filter((h) => h.role === role && h.count > 0).map(({ partyName, count }) => ({ partyName, count }));
}

/**
 * The names, joined as they always were ("A (Armenia), B (Azerbaijan)"); with phrases for people
 * not listed, all of it as the locale's list ("A (Armenia) and 2 speakers from Azerbaijan who are
 * not listed"). Empty when there is nobody to mention.
 */
export function panelLine(names: readonly string[], notListed: readonly string[], locale: string): string {
  if (notListed.length === 0) return names.join(", ");
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format([...names, ...notListed]);
}
