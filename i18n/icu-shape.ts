// The shape of an ICU message: which arguments it takes and how (plain, number, plural, select with
// which options), and which rich-text tags it wraps. Catalogs in different languages must agree on
// it, or a translated page would drop a value or throw at render. Used by the catalog test; a small
// parser of our own, because the one next-intl uses is an internal dependency of theirs.

export type IcuShape = {
  /** e.g. "name", "count:plural", "direction:select(entry|exit|other)"; sorted, no repeats. */
  arguments: string[];
  /** Plural options used, per plural argument: "count" → ["=0", "one", "other"]. */
  pluralOptions: Record<string, string[]>;
  /** Rich-text tags, e.g. "<link>". */
  tags: string[];
};

class IcuSyntaxError extends Error {}

/** Parses `message` (throws on unbalanced braces or a malformed argument). */
export function icuShape(message: string): IcuShape {
  const args = new Set<string>();
  const tags = new Set<string>();
  const pluralOptions: Record<string, string[]> = {};
  let at = 0;

  const skipSpace = () => {
    while (at < message.length && /\s/.test(message[at]!)) at++;
  };
  const word = () => {
    skipSpace();
    const start = at;
    while (at < message.length && /[^\s{},]/.test(message[at]!)) at++;
    if (start === at) throw new IcuSyntaxError(`expected a word at ${start} in ${JSON.stringify(message)}`);
    return message.slice(start, at);
  };
  const expect = (char: string) => {
    skipSpace();
    if (message[at] !== char) throw new IcuSyntaxError(`expected "${char}" at ${at} in ${JSON.stringify(message)}`);
    at++;
  };

  /** Text up to the closing brace of the enclosing option (or the end at the top level). */
  function text(nested: boolean) {
    while (at < message.length) {
      const char = message[at]!;
      if (char === "'" && /[{}#<']/.test(message[at + 1] ?? "")) {
        // ICU quoting: '{' is a literal brace, '' a literal apostrophe.
        const close = message.indexOf("'", at + 1);
        at = close === -1 ? message.length : close + 1;
      } else if (char === "{") {
        at++;
        argument();
      } else if (char === "}") {
        if (!nested) throw new IcuSyntaxError(`unbalanced "}" at ${at} in ${JSON.stringify(message)}`);
        return;
      } else {
        const tag = /^<\/?([A-Za-z][\w-]*)>/.exec(message.slice(at));
        if (tag) tags.add(`<${tag[1]}>`);
        at += tag ? tag[0].length : 1;
      }
    }
    if (nested) throw new IcuSyntaxError(`unclosed "{" in ${JSON.stringify(message)}`);
  }

  function argument() {
    const name = word();
    skipSpace();
    if (message[at] === "}") {
      at++;
      args.add(name);
      return;
    }
    expect(",");
    const kind = word();
    skipSpace();
    if (kind === "plural" || kind === "select" || kind === "selectordinal") {
      expect(",");
      const options: string[] = [];
      for (skipSpace(); message[at] !== "}"; skipSpace()) {
        if (at >= message.length) throw new IcuSyntaxError(`unclosed ${kind} in ${JSON.stringify(message)}`);
        options.push(word());
        expect("{");
        text(true);
        expect("}");
      }
      at++;
      if (kind === "select") args.add(`${name}:select(${[...options].sort().join("|")})`);
      else {
        args.add(`${name}:${kind}`);
        pluralOptions[name] = [...new Set([...(pluralOptions[name] ?? []), ...options])].sort();
      }
      return;
    }
    // {n, number}, {d, date, short}: a style, if any, is not part of the shape.
    if (message[at] === ",") {
      at++;
      while (at < message.length && message[at] !== "}") at++;
    }
    expect("}");
    args.add(`${name}:${kind}`);
  }

  text(false);
  return { arguments: [...args].sort(), pluralOptions, tags: [...tags].sort() };
}
