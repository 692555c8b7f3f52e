/**
 * The accounts the tests make are hashed at scrypt's N = 2^10 (about 1 ms) instead of the
 * default 2^15 (about 100–170 ms of CPU): every console test logs in, and the suite checked a
 * password over a hundred times. A log-in checks a hash at the N stored with it, so these
 * accounts take the same path as real ones. Accounts made through the console's own form or
 * `npm run operator` still get the default cost, and tests/console/passwords.test.ts checks it.
 */
export const TEST_ACCOUNT = { hashCost: 2 ** 10 } as const;
