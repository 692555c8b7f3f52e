/**
 * Is this message written in a language other than Japanese? Then the reply is
 * `faq.foreign_language` (the foreign-language line), whatever the topic.
 */

const STRIP = /(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@\S+|[\p{N}\p{P}\p{S}\s]+/gu;
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
  // Fast path: any kana (after NFKC half-width kana are full-width) means Japanese.
  if (ANY_KANA.test(text)) return false;
  const letters = text.normalize('NFKC').replace(STRIP, '');
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
