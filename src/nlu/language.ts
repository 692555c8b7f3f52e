import { MAX_CLASSIFY_CHARS } from './normalise-text.ts';
import { emailSpans } from './text-scan.ts';

/**
 * Is this message written in a language other than Japanese? Then the reply is
 * `faq.foreign_language` (the foreign-language line), whatever the topic.
 *
 * Linear in the text: it reads what the classifier reads (the first MAX_CLASSIFY_CHARS
 * characters, cut before NFKC and again after it, since NFKC can lengthen a text six-fold:
 * ㌖ → キロメートル), and links and e-mail addresses are removed without backtracking
 * patterns (one such pattern took 15 s on 5,000 × ㌖).
 */

const LINKS = /(?:https?:\/\/|www\.)\S+/gu;
const SPACE = /\s/u;
const NOT_LETTERS = /[\p{N}\p{P}\p{S}\s]+/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const ANY_KANA = /[\u3041-\u3096\u30a1-\u30fa\uff66-\uff9d]/u;
const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
const OTHER_SCRIPTS = /[\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Bengali}\p{Script=Sinhala}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Lao}\p{Script=Tamil}]/gu;
/** Characters of Chinese that Japanese does not use (simplified forms, particles). */
const CHINESE_ONLY = /[吗嗎们們这這么麼怎你电话骗丢丟码碼请问没沒钱錢吧呢]/u;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** True for text mostly in another script than Japanese (English, Chinese, Korean, Vietnamese …). */
export function isForeignLanguage(text: string): boolean {
  const cut = text.slice(0, MAX_CLASSIFY_CHARS);
  // Fast path: any kana (after NFKC half-width kana are full-width) means Japanese.
  if (ANY_KANA.test(cut)) return false;
  const letters = withoutEmails(cut.normalize('NFKC').slice(0, MAX_CLASSIFY_CHARS).replace(LINKS, ' ')).replace(NOT_LETTERS, '');
  if (letters.length === 0) return false;
  const kana = count(letters, KANA);
  if (kana > 0) return false;
  const other = count(letters, OTHER_SCRIPTS);
  if (other >= 2) return true;
  const latin = count(letters, LATIN);
  const han = count(letters, HAN);
  if (latin >= 4 && latin >= 0.6 * letters.length) return true;
  if (han >= 3 && CHINESE_ONLY.test(letters)) return true;
  return false;
}

/** The text with each e-mail address and the rest of its word removed. */
function withoutEmails(text: string): string {
  if (!text.includes('@')) return text;
  let out = '';
  let from = 0;
  for (const span of emailSpans(text, { loose: false })) {
    if (span.start < from) continue;
    out += text.slice(from, span.start);
    from = span.end;
    while (from < text.length && !SPACE.test(text[from]!)) from++;
  }
  return out + text.slice(from);
}
