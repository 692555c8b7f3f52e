import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Operator passwords: scrypt (node:crypto) with a random 16-byte salt per password, stored as
 * `scrypt$N$r$p$salt$hash` (base64url), so the cost can be raised later without breaking
 * stored hashes. N = 2^15, r = 8: about 32 MB and ~50–100 ms per check on a small server.
 * A check uses the N stored with the hash, so a hash made at another cost still checks.
 */
const N = 2 ** 15;
/** The lowest cost hashPassword accepts (2^10: ~1 ms; the tests' own accounts, tests/support/test-operators.ts). */
const MIN_N = 2 ** 10;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

/** The shortest password accepted for an operator account. */
export const MIN_PASSWORD_CHARS = 12;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

const options = (n: number, r: number, p: number): ScryptOptions => ({ N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 });

/** `n`: scrypt's cost, a power of two from 2^10 to 2^20; accounts for use are hashed at the default. */
export async function hashPassword(password: string, n: number = N): Promise<string> {
  if (!Number.isInteger(Math.log2(n)) || n < MIN_N || n > 2 ** 20) throw new RangeError(`hashPassword: scrypt cost N must be a power of two from 2^10 to 2^20, not ${n}`);
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, options(n, R, P));
  return ['scrypt', n, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when `password` matches `stored`; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![n, r, p].every((v) => Number.isInteger(v) && v > 0) || n > 2 ** 20) return false;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const expected = Buffer.from(parts[5]!, 'base64url');
  const key = await scrypt(password, salt, expected.length, options(n, r, p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of a random password, checked against when the name is unknown (so both cases take as long). */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(18).toString('base64url'));
  return decoy;
}

/** Why a new password is refused (Japanese, for the operator), or null when it is acceptable. */
export function passwordProblem(password: string, name: string): string | null {
  if ([...password].length < MIN_PASSWORD_CHARS) return `パスワードは${MIN_PASSWORD_CHARS}文字以上にしてください。`;
  if (password.toLowerCase().includes(name.toLowerCase())) return 'パスワードにアカウント名を含めないでください。';
  if (/^(.)\1*$/u.test(password)) return '同じ文字だけのパスワードは使えません。';
  return null;
}
