/**
 * The unseen image set (issue #18: "on images the project has never seen the same aims hold"):
 * HTML/CSS mock-ups of real apps and of paper, drawn by Debian's Chromium (playwright-core) in
 * fonts the OCR code was never tuned on, at real device sizes, and photographs of paper and of
 * screens made from them (scripts/unseen-photo.ts). Texts: scripts/unseen-texts.ts.
 *
 *   node scripts/render-unseen-images.ts            → var/unseen-images/ (all, with manifest.json)
 *   node scripts/render-unseen-images.ts --commit   → also copies the small subset to tests/fixtures/images-unseen/
 *
 * Needs /usr/bin/chromium and Debian's Japanese fonts (fonts-ipafont, fonts-ipaexfont,
 * fonts-takao, fonts-vlgothic, fonts-mplus, fonts-morisawa-bizud-mincho, fonts-noto-cjk,
 * fonts-noto-color-emoji). The known text of each image is read back from the laid-out page:
 * only characters whose box lies wholly inside the screen (and inside any clipping box) count.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import sharp from 'sharp';
import { PROJECT_ROOT } from '../src/runtime/project-paths.ts';
import { DEVICES, envelope, gmailApp, letter, lineChat, lockScreen, phishingPage, postcard, smsThread, yahooWeb, type ChatApp, type Device, type Page } from './unseen-layouts.ts';
import { photograph, type PhotoParams } from './unseen-photo.ts';
import { LINE_TEXTS, MAIL_TEXTS, NOTIFICATION_TEXTS, PAPER_TEXTS, SMS_TEXTS, WEB_TEXTS, type PaperText, type UnseenText } from './unseen-texts.ts';

export type UnseenGroup = 'screenshot' | 'screen-photo' | 'paper-photo';

export interface UnseenEntry {
  file: string;
  group: UnseenGroup;
  layout: string;
  device: string;
  textId: string;
  /** The intent judged by hand from the text (taxonomy v2). */
  intent: string;
  /** Everything a reader sees, in reading order (emoji left out: a picture, not text). */
  expected: string;
  /** The message area: chat bubbles, a mail's subject and body, a page's form, a letter's content. */
  message: string;
  /** What a resident would type instead. */
  typed: string;
}

const OUT = join(PROJECT_ROOT, 'var', 'unseen-images');
const COMMITTED = join(PROJECT_ROOT, 'tests', 'fixtures', 'images-unseen');
/** The subset committed (small files, one of each kind). */
const COMMIT = new Set([
  'ios-light-leak-delete',
  'ios-dark-home-visit',
  'gmessages-dark-care-premium-refund',
  'plusmessage-docomo-bill',
  'line-chat-romance-customs',
  'gmail-app-mail-romance',
  'yahoo-web-mail-city-counter',
  'browser-web-bank-lock',
  'lock-screen-notice-myna',
  'paper-letter-paper-registration-fee-hasty',
  'paper-postcard-paper-lawsuit-postcard-hasty',
  'screen-photo-e-cert-expiry',
]);

const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;

interface Shot {
  png: Buffer;
  expected: string;
  message: string;
}

async function shoot(browser: Browser, p: Page): Promise<Shot> {
  const context = await browser.newContext({ viewport: { width: p.device.width, height: p.device.height }, deviceScaleFactor: p.device.scale, locale: 'ja-JP' });
  const tab = await context.newPage();
  await tab.setContent(p.html, { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready);
  const parts = await tab.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const out: { kind: string; text: string }[] = [];
    const range = document.createRange();
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-gt]'))) {
      let clip = { l: 0, t: 0, r: vw, b: vh };
      for (let a: HTMLElement | null = el; a; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.overflow !== 'visible' || cs.overflowY !== 'visible' || cs.overflowX !== 'visible') {
          const r = a.getBoundingClientRect();
          clip = { l: Math.max(clip.l, r.left), t: Math.max(clip.t, r.top), r: Math.min(clip.r, r.right), b: Math.min(clip.b, r.bottom) };
        }
      }
      let text = '';
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const s = n.data;
        for (let i = 0; i < s.length; ) {
          const len = (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
          range.setStart(n, i);
          range.setEnd(n, i + len);
          const r = range.getClientRects()[0];
          const ch = s.slice(i, i + len);
          if (r && r.width > 0 && r.top >= clip.t - 0.5 && r.bottom <= clip.b + 0.5 && r.left >= clip.l - 0.5 && r.right <= clip.r + 0.5) text += ch;
          else if (/\s/.test(ch)) text += ' ';
          i += len;
        }
      }
      out.push({ kind: el.dataset['gt'] ?? '', text });
    }
    return out;
  });
  const png = await tab.screenshot({ type: 'png' });
  await context.close();
  const clean = (s: string) => s.replace(EMOJI, '').replace(/[ \t]+/g, ' ').trim();
  const all = parts.map((p) => clean(p.text)).filter((t) => t !== '');
  const message = parts.filter((p) => p.kind === 'm').map((p) => clean(p.text)).filter((t) => t !== '');
  return { png, expected: all.join('\n'), message: message.join('\n') };
}

interface Job {
  name: string;
  group: UnseenGroup;
  layout: string;
  text: UnseenText;
  page: Page;
  typed: string;
  photo?: PhotoParams;
  quality?: number;
}

const mailTyped = (t: UnseenText) => `${t.subject ?? ''}\n${t.body}`;
const paperTyped = (t: PaperText) => [t.subject, t.body, ...(t.table ?? []).map((r) => `${r.label} ${r.value}`), t.after].filter(Boolean).join('\n');

function jobs(): Job[] {
  const list: Job[] = [];
  // SMS threads: each text once, apps, modes and devices in turn; some with an earlier message cut by the header, a reply, or the app's spam warning.
  const combos: [ChatApp, boolean, Device][] = [
    ['ios', false, DEVICES.iphone13],
    ['gmessages', false, DEVICES.android],
    ['ios', true, DEVICES.iphone15ProMax],
    ['plusmessage', false, DEVICES.android],
    ['gmessages', true, DEVICES.androidSmall],
    ['ios', false, DEVICES.iphoneSe],
    ['gmessages', false, DEVICES.androidSmall],
    ['ios', true, DEVICES.iphoneSe],
    ['plusmessage', false, DEVICES.androidSmall],
    ['gmessages', true, DEVICES.android],
  ];
  SMS_TEXTS.forEach((t, i) => {
    const [app, dark, device] = combos[i % combos.length]!;
    const opts = {
      ...(i % 4 === 2 ? { earlier: '【ご案内】お手続きがお済みでないお客様へ、再度お送りしています。期限が近づいておりますのでご確認ください。' } : {}),
      ...(i % 5 === 3 ? { reply: 'これは本物ですか？' } : {}),
      ...(app === 'gmessages' && i % 3 === 1 ? { spamBanner: true } : {}),
    };
    list.push({ name: `${app === 'ios' || app === 'gmessages' ? `${app}-${dark ? 'dark' : 'light'}` : app}-${t.id}`, group: 'screenshot', layout: app === 'plusmessage' ? 'plusmessage' : `${app}-${dark ? 'dark' : 'light'}`, text: t, page: smsThread(t, app, dark, device, opts), typed: t.body, quality: 80 + (i % 3) * 6 });
  });
  const lineDevices = [DEVICES.android, DEVICES.iphone13, DEVICES.iphoneSe, DEVICES.androidSmall];
  LINE_TEXTS.forEach((t, i) => {
    list.push({ name: `line-chat-${t.id}`, group: 'screenshot', layout: 'line-chat', text: t, page: lineChat(t, lineDevices[i]!, { ...(i === 1 ? { reply: 'どういうことでしょうか？' } : {}), ...(i % 2 === 0 ? { emoji: '😊🙏' } : {}), dark: i === 2 }), typed: t.body, quality: 85 });
  });
  MAIL_TEXTS.forEach((t, i) => {
    const web = i === 1 || i === 3;
    list.push({ name: `${web ? 'yahoo-web' : 'gmail-app'}-${t.id}`, group: 'screenshot', layout: web ? 'yahoo-web' : 'gmail-app', text: t, page: web ? yahooWeb(t) : gmailApp(t, [DEVICES.iphone15ProMax, DEVICES.android, DEVICES.android, DEVICES.android, DEVICES.androidSmall][i]!), typed: mailTyped(t), quality: 85 });
  });
  WEB_TEXTS.forEach((t, i) => list.push({ name: `browser-${t.id}`, group: 'screenshot', layout: 'browser', text: t, page: phishingPage(t, i === 0 ? DEVICES.android : DEVICES.iphone13, i === 1), typed: mailTyped(t), quality: 82 }));
  NOTIFICATION_TEXTS.forEach((t, i) => list.push({ name: `lock-screen-${t.id}`, group: 'screenshot', layout: 'lock-screen', text: t, page: lockScreen(t, i === 0 ? DEVICES.iphone15ProMax : DEVICES.android, i === 0), typed: t.body, quality: 85 }));

  // Photos of paper: each letter twice, a careful photo and a hasty one.
  const careful = (seed: number): PhotoParams => ({ seed, width: 1536, height: 2048, corners: [[0.08, 0.06], [0.93, 0.075], [0.95, 0.955], [0.06, 0.94]], curl: 0.004, light: { x: 0.3, y: 0.2, falloff: 0.3 }, tint: [1, 0.97, 0.9], surround: 'desk', blur: 0.8, motion: 0, noise: 4, quality: 78 });
  const hasty = (seed: number): PhotoParams => ({ seed, width: 1536, height: 2048, corners: [[0.14, 0.1], [0.9, 0.04], [0.97, 0.97], [0.03, 0.9]], curl: 0.012, light: { x: 0.8, y: 0.1, falloff: 0.55 }, shadow: { x: 0.3, y: 0.75, angle: 120, depth: 0.45, softness: 0.06 }, tint: [1.02, 0.95, 0.82], surround: 'desk', blur: 1.2, motion: 5, noise: 7, quality: 55 });
  PAPER_TEXTS.forEach((t, i) => {
    const kind = t.kind === 'letter' ? 'paper-letter' : t.kind === 'postcard' ? 'paper-postcard' : 'paper-envelope';
    const pg = t.kind === 'letter' ? letter(t) : t.kind === 'postcard' ? postcard(t) : envelope(t);
    const typed = t.kind === 'envelope' ? t.body : paperTyped(t);
    list.push({ name: `${kind}-${t.id}-careful`, group: 'paper-photo', layout: kind, text: t, page: pg, typed, photo: careful(100 + i) });
    list.push({ name: `${kind}-${t.id}-hasty`, group: 'paper-photo', layout: kind, text: t, page: pg, typed, photo: hasty(200 + i) });
  });

  // Photos of screens: a phone held up to the camera, a monitor photographed from a chair.
  const phone: PhotoParams = { seed: 7, width: 1536, height: 2048, corners: [[0.2, 0.08], [0.82, 0.1], [0.86, 0.93], [0.16, 0.9]], curl: 0, light: { x: 0.5, y: 0.3, falloff: 0.4 }, tint: [1, 1, 1], surround: 'dark', screen: { grid: 0.28, glare: 0.35 }, blur: 1.0, motion: 0, noise: 6, quality: 65 };
  const monitor: PhotoParams = { seed: 8, width: 2048, height: 1536, corners: [[0.06, 0.12], [0.95, 0.05], [0.93, 0.92], [0.08, 0.85]], curl: 0, light: { x: 0.5, y: 0.5, falloff: 0.5 }, tint: [1, 1, 1], surround: 'dark', screen: { grid: 0.35, glare: 0.25 }, blur: 0.9, motion: 3, noise: 6, quality: 60 };
  const sms = SMS_TEXTS.find((t) => t.id === 'e-cert-expiry')!;
  list.push({ name: `screen-photo-${sms.id}`, group: 'screen-photo', layout: 'screen-photo-phone', text: sms, page: smsThread(sms, 'ios', false, DEVICES.iphone13), typed: sms.body, photo: phone });
  const mail = MAIL_TEXTS.find((t) => t.id === 'mail-rakuten')!;
  list.push({ name: `screen-photo-${mail.id}`, group: 'screen-photo', layout: 'screen-photo-monitor', text: mail, page: yahooWeb(mail), typed: mailTyped(mail), photo: monitor });
  const form = WEB_TEXTS[0]!;
  list.push({ name: `screen-photo-${form.id}`, group: 'screen-photo', layout: 'screen-photo-phone', text: form, page: phishingPage(form, DEVICES.android, false), typed: mailTyped(form), photo: { ...phone, seed: 9, corners: [[0.12, 0.12], [0.86, 0.06], [0.9, 0.9], [0.18, 0.95]], screen: { grid: 0.2, glare: 0.5 } } });
  return list;
}

async function main(): Promise<void> {
  const commit = process.argv.includes('--commit');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
  const manifest: UnseenEntry[] = [];
  const shots = new Map<Page, Shot>();
  for (const job of jobs()) {
    if (only && !job.name.includes(only)) continue;
    let shot = shots.get(job.page);
    if (!shot) {
      shot = await shoot(browser, job.page);
      shots.set(job.page, shot);
    }
    const file = `${job.name}.jpg`;
    const bytes = job.photo ? await photograph(shot.png, job.photo) : await sharp(shot.png).jpeg({ quality: job.quality ?? 85 }).toBuffer();
    writeFileSync(join(OUT, file), bytes);
    manifest.push({ file, group: job.group, layout: job.layout, device: job.page.device.name, textId: job.text.id, intent: job.text.intent, expected: shot.expected, message: shot.message, typed: job.typed });
    console.log(file, bytes.length, 'bytes');
  }
  await browser.close();
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (commit) {
    mkdirSync(COMMITTED, { recursive: true });
    const subset = manifest.filter((m) => COMMIT.has(m.file.replace(/\.jpg$/, '')));
    for (const m of subset) copyFileSync(join(OUT, m.file), join(COMMITTED, m.file));
    writeFileSync(join(COMMITTED, 'manifest.json'), `${JSON.stringify(subset, null, 2)}\n`);
    console.log(`committed subset: ${subset.length} images`);
  }
}

await main();
