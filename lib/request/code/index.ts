// Pasted code, in five languages. Only detection lives here: each language's grammar and reader is a chunk of its
// own, loaded on demand (`loadCodeReader`), so the popup opens without any of them.
import type { CodeLanguage, ParseResult } from '../parse-result';

export type { CodeLanguage };

type Reader = (src: string) => ParseResult;
const readers: Partial<Record<CodeLanguage, Reader>> = {};

/** Signs of each language in ad set code, each worth its weight; SDK-specific ones weigh most. */
const SIGNS: Record<CodeLanguage, [RegExp, number][]> = {
  python: [
    [/^\s*(?:from|import)\s+facebook_business\b/m, 5],
    [/\bcreate_(?:ad_set|campaign|ad_creative|ad)\s*\(/, 4],
    [/\bAdSet\.Field\./, 3],
    [/\brequests\.(?:post|get)\s*\(/, 3],
    [/\bFacebookAdsApi\.init\s*\([^)]*\w+\s*=/, 3],
    [/^\s*def\s+\w+\s*\(.*\)\s*(?:->.*)?:\s*$/m, 3],
    [/\b(?:True|False|None)\b/, 1],
    [/(?:^|[\s(=,])f['"]/, 1],
    [/^\s*(?:from\s+\S+\s+)?import\s+\w/m, 1],
  ],
  javascript: [
    [/\brequire\s*\(\s*['"]facebook-nodejs-business-sdk/, 5],
    [/\bfrom\s+['"]facebook-nodejs-business-sdk/, 5],
    [/\bcreate(?:AdSet|Campaign|AdCreative|Ad)\s*\(\s*(?:\[|\w)/, 2],
    [/\bAdSet\.Fields\./, 3],
    [/\b(?:const|let|var)\s+[\w{[]/, 2],
    [/=>/, 1],
    [/\baxios\b/, 3],
    [/\bfetch\s*\(/, 3],
    [/\bURLSearchParams\b/, 2],
    [/`[^`]*\$\{/, 2],
    [/\bawait\b/, 1],
  ],
  php: [
    [/<\?php/, 5],
    [/\bAdSetFields::/, 5],
    [/\$\w+\s*->\s*\w+/, 3],
    [/\buse\s+FacebookAds\\/, 5],
    [/\barray\s*\(/, 2],
    [/\$\w+\s*=/, 2],
  ],
  java: [
    [/\bimport\s+com\.facebook\.ads\.sdk\b/, 5],
    [/\bnew\s+APIContext\s*\(/, 5],
    [/\.createAdSet\s*\(\s*\)\s*\.\s*set[A-Z]/, 5],
    [/\.execute\s*\(\s*\)/, 1],
    [/\bpublic\s+(?:static\s+)?(?:class|void)\b/, 3],
    [/^\s*(?:final\s+)?(?:String|Long|long|int|Integer|Map<[^>]*>|var)\s+\w+\s*=/m, 2],
  ],
  ruby: [
    [/\brequire\s+['"]facebook_?ads['"]/, 5],
    [/\bFacebookAds(?:::|\.configure)/, 5],
    [/\.(?:adsets|campaigns|ads|adcreatives)\.create\b/, 5],
    [/\bdo\s*\|\w+\|/, 2],
    [/^\s*end\s*$/m, 1],
    [/(?:^|[\s{(,]):\w+\s*=>/, 2],
    [/#\{/, 1],
    [/\bnil\b/, 1],
  ],
};

/** The language pasted code is written in, by its signs; null when nothing says code. */
export function detectCodeLanguage(src: string): CodeLanguage | null {
  const head = src.slice(0, 65_536);
  let best: CodeLanguage | null = null;
  let bestScore = 0;
  for (const [lang, signs] of Object.entries(SIGNS) as [CodeLanguage, [RegExp, number][]][]) {
    let score = 0;
    for (const [re, w] of signs) if (re.test(head)) score += w;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore >= 2 ? best : null;
}

/** Load a language's reader (its grammar included); resolved immediately once loaded. */
export async function loadCodeReader(lang: CodeLanguage): Promise<void> {
  if (readers[lang]) return;
  switch (lang) {
    case 'python':
      readers.python = (await import('./parse-python')).parsePython;
      break;
    case 'javascript':
      readers.javascript = (await import('./parse-javascript')).parseJavaScript;
      break;
    case 'php':
      readers.php = (await import('./parse-php')).parsePhp;
      break;
    case 'java':
      readers.java = (await import('./parse-java')).parseJava;
      break;
    case 'ruby':
      readers.ruby = (await import('./parse-ruby')).parseRuby;
      break;
  }
}

/** The loaded reader of a language, or null when `loadCodeReader` has not finished for it. */
export function codeReader(lang: CodeLanguage): Reader | null {
  return readers[lang] ?? null;
}

export const CODE_LANGUAGES: readonly CodeLanguage[] = ['python', 'javascript', 'php', 'java', 'ruby'];
