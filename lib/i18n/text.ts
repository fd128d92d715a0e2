// A localisable text: lib code never builds user-facing sentences itself, it names a message and
// its substitutions. The popup renders it with browser.i18n, Node code with `format` below.
export interface Text {
  key: string;
  subs?: string[];
}

export function text(key: string, ...subs: (string | number)[]): Text {
  return subs.length ? { key, subs: subs.map(String) } : { key };
}
