import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_DIR } from '../../src/simulator/page-assets.ts';

// The page builds every message with DOM nodes and textContent; an HTML sink anywhere would let a
// forwarded scam text (or a data file) inject markup. The browser tests prove it end to end.
const scripts = readdirSync(PUBLIC_DIR).filter((name) => name.endsWith('.js'));

describe('the simulator page scripts', () => {
  it.each(scripts)('%s uses no HTML sink (innerHTML, outerHTML, insertAdjacentHTML, document.write, eval)', (name) => {
    const source = readFileSync(join(PUBLIC_DIR, name), 'utf8');
    expect(source).not.toMatch(/\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\s*\(|new Function)\b/);
    expect(source).not.toMatch(/setAttribute\(\s*['"](style|on\w+)['"]/);
  });

  it('stay small, one job each', () => {
    for (const name of readdirSync(PUBLIC_DIR)) {
      const lines = readFileSync(join(PUBLIC_DIR, name), 'utf8').split('\n').length;
      expect(lines, name).toBeLessThan(300);
    }
  });
});
