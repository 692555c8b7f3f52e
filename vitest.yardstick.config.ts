import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * `npm run eval:images`: reading quality on the committed yardstick images (tests/yardstick/),
 * with the same setup as `npm test` (which leaves these files out: see vitest.config.ts). The
 * file lists replace the base's (mergeConfig would add them to it).
 */
export default defineConfig({ ...base, test: { ...base.test, include: ['tests/yardstick/**/*.test.ts'], exclude: [...configDefaults.exclude] } });
