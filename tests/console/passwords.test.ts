import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/console/passwords.ts';

describe('operator passwords', () => {
  it('are hashed with scrypt at N = 2^15 by default, with a salt of their own', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('horse');
    expect(await verifyPassword('correct horse battery staple', a)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', a)).toBe(false);
  });

  it('are checked at the cost stored with them (the tests’ cheap accounts, or a cost raised later)', async () => {
    const cheap = await hashPassword('another long password', 2 ** 10);
    expect(cheap).toMatch(/^scrypt\$1024\$/);
    expect(await verifyPassword('another long password', cheap)).toBe(true);
    expect(await verifyPassword('another long passworD', cheap)).toBe(false);
  });

  it('refuse a cost that is not a power of two from 2^10 to 2^20', async () => {
    for (const n of [2 ** 9, 1000, 2 ** 21]) await expect(hashPassword('another long password', n)).rejects.toThrow(/power of two/);
  });

  it('a malformed or foreign stored hash never matches', async () => {
    for (const stored of ['', 'scrypt$32768$8$1$salt', 'bcrypt$10$x$y$z$w', 'scrypt$0$8$1$AAAA$AAAA', `scrypt$${2 ** 21}$8$1$AAAA$AAAA`]) {
      expect(await verifyPassword('anything at all', stored)).toBe(false);
    }
  });
});
