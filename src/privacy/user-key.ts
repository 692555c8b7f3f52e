import { createHmac, randomBytes } from 'node:crypto';

/**
 * LINE user IDs never reach a log: they are replaced by a keyed hash, stable within
 * one key (so an operator can follow one conversation) and useless without the key.
 */
export function createUserKeyHasher(key: string | null): (userId: string) => string {
  const secret = key ?? randomBytes(32).toString('hex');
  return (userId) => 'u_' + createHmac('sha256', secret).update(userId).digest('base64url').slice(0, 16);
}
