/**
 * Writes the small committed set of rendered test images (tests/fixtures/images/) with their
 * known texts (texts.json). The benchmark renders the whole set itself (bench/ocr.ts).
 *   node scripts/render-test-images.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLineChat, renderMail, renderPaperPhoto, renderSms } from '../tests/support/render-screenshots.ts';
import { MY_NUMBER_SAMPLE, SMS_SAMPLES } from '../tests/support/ocr-samples.ts';
import { PROJECT_ROOT } from '../src/runtime/project-paths.ts';

const dir = join(PROJECT_ROOT, 'tests', 'fixtures', 'images');
mkdirSync(dir, { recursive: true });
const byId = (id: string) => SMS_SAMPLES.find((s) => s.id === id)!;
const samples = [
  await renderSms(byId('police'), 'iphone-light', { keyboard: true }),
  await renderSms(byId('refund'), 'android-dark'),
  await renderLineChat(MY_NUMBER_SAMPLE),
  await renderMail(),
  await renderPaperPhoto(2.5),
];
const texts: Record<string, { layout: string; expected: string; typed: string; message: string }> = {};
for (const s of samples) {
  const name = `${s.layout}-${s.id}.jpg`;
  writeFileSync(join(dir, name), s.bytes);
  texts[name] = { layout: s.layout, expected: s.expected, typed: s.typed, message: s.message };
  console.log(name, s.bytes.length, 'bytes');
}
writeFileSync(join(dir, 'texts.json'), `${JSON.stringify(texts, null, 2)}\n`);
