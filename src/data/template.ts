import { z } from 'zod';

/**
 * Templates in data files (replies, hours words): `{name}` placeholders filled at render time, e.g.
 * `"{number} に電話"` with `{ number: "188" }`.
 */

/** A non-empty template that must contain each of `placeholders` and no other `{…}`. */
export function templateSchema(...placeholders: string[]) {
  return z
    .string()
    .min(1)
    .superRefine((t, ctx) => {
      for (const p of placeholders) {
        if (!t.includes(`{${p}}`)) ctx.addIssue({ code: 'custom', message: `{${p}} を入れてください` });
      }
      for (const m of t.matchAll(/\{(\w+)\}/g)) {
        if (!placeholders.includes(m[1] ?? '')) {
          const allowed = placeholders.length > 0 ? placeholders.map((p) => `{${p}}`).join(', ') : 'なし';
          ctx.addIssue({ code: 'custom', message: `{${m[1]}} は使えません（使えるもの: ${allowed}）` });
        }
      }
    });
}

/** Fills `{name}` placeholders; an unknown placeholder is left as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
