/**
 * The second unseen image set, "unseen2" (issue #18: "on images the project has never seen the
 * same aims hold"). Written after the OCR rules had been tuned on the first unseen set
 * (scripts/render-unseen-images.ts), so that set's figures flatter the code; this one was
 * measured once, at first sight (tests/fixtures/images-unseen2/README.md), before any tuning.
 * Other apps and paper (scripts/unseen2-layouts.ts), new texts (scripts/unseen2-texts.ts), drawn
 * by Debian's Chromium (playwright-core); photos made with scripts/unseen-photo.ts's camera model
 * under new settings (dim light, steep angles, a laptop, a tablet, a phone held up).
 *
 *   node scripts/render-unseen2-images.ts            → var/unseen2-images/ (all, with manifest.json)
 *   node scripts/render-unseen2-images.ts --commit   → also copies the small subset to tests/fixtures/images-unseen2/
 *
 * Needs /usr/bin/chromium and Debian's Japanese fonts (fonts-ipafont, fonts-ipaexfont,
 * fonts-takao, fonts-vlgothic, fonts-morisawa-bizud-mincho, fonts-noto-cjk, fonts-noto-color-emoji).
 * Deterministic for a given Chromium and font set (photos are seeded).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import sharp from 'sharp';
import { PROJECT_ROOT } from '../src/runtime/project-paths.ts';
// The manifest's entries are set 1's (tests/fixtures/images-unseen/manifest.json); a type import runs nothing.
import type { UnseenEntry, UnseenGroup } from './render-unseen-images.ts';
import { photograph, type PhotoParams } from './unseen-photo.ts';
import {
  circular,
  desktopForm,
  desktopMail,
  DEVICES2,
  flyer,
  forwardedMessage,
  lineQuote,
  mailDark,
  noticeSlip,
  notificationList,
  photoViewer,
  pressurePostcard,
  serifLetter,
  smsLandscape,
  smsLargeText,
  smsPreview,
  tabletMail,
  type Page2,
} from './unseen2-layouts.ts';
import { CHAT2, MAIL2, NOTIFY2, PAPER2, SMS2, WEB2, type PaperText, type UnseenText } from './unseen2-texts.ts';

const OUT = join(PROJECT_ROOT, 'var', 'unseen2-images');
const COMMITTED = join(PROJECT_ROOT, 'tests', 'fixtures', 'images-unseen2');
/** The committed subset: small files, one of several kinds. */
const COMMIT = new Set([
  'recompressed-jpeg-renewal-fee',
  'recompressed-jpeg-daughter-dinner',
  'sms-preview-card-bank-otp',
  'cropped-lawsuit-site',
  'desktop-form-web-card-form',
  'desktop-mail-mail-bank-security',
  'paper-slip-paper-visit-slip-small',
  'screen-photo-phone-hoken-staff-call-small',
]);

const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;

export interface Shot {
  png: Buffer;
  expected: string;
  message: string;
}

interface Part {
  kind: string;
  text: string;
}

/**
 * The image file of a rendered page (sets 2 and 3): photographed (the camera model), or sent
 * small (downscaled to a share of its width and saved at a low JPEG quality, as a forward does),
 * or saved as the phone saves a screenshot (JPEG at `quality`, 84 unless given).
 */
export async function shotBytes(png: Buffer, how: { photo?: PhotoParams | undefined; downscale?: { scale: number; quality: number } | undefined; quality?: number | undefined }): Promise<Buffer> {
  if (how.photo) return photograph(png, how.photo);
  if (how.downscale) {
    const meta = await sharp(png).metadata();
    return sharp(png).resize({ width: Math.round(meta.width! * how.downscale.scale) }).jpeg({ quality: how.downscale.quality }).toBuffer();
  }
  return sharp(png).jpeg({ quality: how.quality ?? 84 }).toBuffer();
}

/**
 * Renders a page and reads back its known text: only characters whose box lies wholly inside the
 * screen, every clipping box and the user's crop count. `inner` fills a `data-gt="inner"` marker
 * (a screenshot shown inside another).
 */
export async function shoot(browser: Browser, p: Page2, opts: { cropAround?: { top: number; right: number; bottom: number; left: number }; inner?: Shot } = {}): Promise<Shot> {
  const context = await browser.newContext({ viewport: { width: p.device.width, height: p.device.height }, deviceScaleFactor: p.device.scale, locale: 'ja-JP' });
  const tab = await context.newPage();
  await tab.setContent(p.html, { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready);
  // The user's crop: around the message area, with the margins given (negative cuts into it).
  let crop = p.crop;
  if (opts.cropAround) {
    const box = await tab.evaluate(() => {
      const rs = Array.from(document.querySelectorAll<HTMLElement>('[data-gt="m"]')).map((e) => e.getBoundingClientRect());
      return { l: Math.min(...rs.map((r) => r.left)), t: Math.min(...rs.map((r) => r.top)), r: Math.max(...rs.map((r) => r.right)), b: Math.max(...rs.map((r) => r.bottom)) };
    });
    const m = opts.cropAround;
    const x = Math.max(0, Math.round(box.l - m.left));
    const y = Math.max(0, Math.round(box.t - m.top));
    crop = { x, y, width: Math.min(p.device.width, Math.round(box.r + m.right)) - x, height: Math.min(p.device.height, Math.round(box.b + m.bottom)) - y };
  }
  const parts: Part[] = await tab.evaluate((c) => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const out: { kind: string; text: string }[] = [];
    const range = document.createRange();
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-gt]'))) {
      let clip = c ? { l: c.x, t: c.y, r: c.x + c.width, b: c.y + c.height } : { l: 0, t: 0, r: vw, b: vh };
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
        // A line break (<br>) between text nodes of one element.
        let at: Node = n;
        while (!at.nextSibling && at.parentNode && at.parentNode !== el) at = at.parentNode;
        if (at.nextSibling && (at.nextSibling as Element).tagName === 'BR') text += '\n';
      }
      out.push({ kind: el.dataset['gt'] ?? '', text });
    }
    return out;
  }, crop ?? null);
  const png = await tab.screenshot({ type: 'png', ...(crop ? { clip: crop } : {}) });
  await context.close();
  const clean = (s: string) =>
    s
      .replace(EMOJI, '')
      .split('\n')
      .map((l) => l.replace(/[ \t]+/g, ' ').trim())
      .filter((l) => l !== '')
      .join('\n');
  const all: string[] = [];
  const message: string[] = [];
  for (const part of parts) {
    if (part.kind === 'inner') {
      if (opts.inner) {
        all.push(opts.inner.expected);
        message.push(opts.inner.message);
      }
      continue;
    }
    const t = clean(part.text);
    if (t === '') continue;
    all.push(t);
    if (part.kind === 'm') message.push(t);
  }
  return { png, expected: all.join('\n'), message: message.join('\n') };
}

interface Job {
  name: string;
  group: UnseenGroup;
  layout: string;
  text: UnseenText;
  page: Page2;
  typed: string;
  device?: string;
  cropAround?: { top: number; right: number; bottom: number; left: number };
  /** A screenshot shown in the phone's photo viewer, then screenshotted again. */
  viewer?: { inner: Page2 };
  photo?: PhotoParams;
  quality?: number;
  /** Downscale (share of the width) before a low-quality JPEG: as a chat app or a forward re-compresses. */
  recompress?: { scale: number; quality: number };
}

const mailTyped = (t: UnseenText) => `${t.subject ?? ''}\n${t.body}`;
const paperTyped = (t: PaperText) => [t.subject, t.body, ...(t.table ?? []).map((r) => `${r.label} ${r.value}`), t.after].filter(Boolean).join('\n');

const EVERYDAY = [
  { app: '天気', title: 'みどり市 くもり時々雨', text: '最高 11° 最低 4°　午後から雨の予報です', when: '10分前' },
  { app: 'LINE', title: 'ゆかり', text: '写真を送信しました', when: '25分前' },
  { app: 'カレンダー', title: '整形外科 受診', text: '明日 14:00〜15:00', when: '1時間前' },
  { app: 'ニュース', title: '年末の帰省ラッシュ、ピークは29日か', text: '高速道路の渋滞予測が発表されました', when: '2時間前' },
];
const INBOX = [
  { from: 'みどり市 広報', subject: '市報みどり 12月号のお知らせ', preview: '今月の特集は、冬の健康づくりです。' },
  { from: 'ゆうパック', subject: 'お荷物のお届け予定', preview: 'お届け予定日：12月8日　時間帯：午前中' },
  { from: '生協ネット', subject: '来週の注文の締め切りは水曜日です', preview: '年末のおせち特集もご覧ください。' },
];

function jobs(): Job[] {
  const L: Job[] = [];
  const shot = (name: string, layout: string, text: UnseenText, page: Page2, typed: string, extra: Partial<Job> = {}) => L.push({ name: `${layout}-${name}`, group: 'screenshot', layout, text, page, typed, quality: 84, ...extra });
  const D = DEVICES2;
  // Mail app, dark mode.
  shot(MAIL2.jlisFake!.id, 'mail-dark', MAIL2.jlisFake!, mailDark(MAIL2.jlisFake!, D.galaxy), mailTyped(MAIL2.jlisFake!));
  // SMS with a link preview card (light and dark); one without a link.
  shot(SMS2.yamatoAddress!.id, 'sms-preview-card', SMS2.yamatoAddress!, smsPreview(SMS2.yamatoAddress!, D.galaxy, false, { cardTitle: 'お届け先住所の確認 | ヤマト運輸' }), SMS2.yamatoAddress!.body);
  shot(SMS2.etcSuspend!.id, 'sms-preview-card', SMS2.etcSuspend!, smsPreview(SMS2.etcSuspend!, D.pixelSmall, true, { cardTitle: 'ETC利用照会サービス ログイン' }), SMS2.etcSuspend!.body);
  shot(SMS2.benefitApply!.id, 'sms-preview-card', SMS2.benefitApply!, smsPreview(SMS2.benefitApply!, D.pixelSmall, false, { cardTitle: '特別給付金 受取口座登録' }), SMS2.benefitApply!.body);
  shot(SMS2.bankOtp!.id, 'sms-preview-card', SMS2.bankOtp!, smsPreview(SMS2.bankOtp!, D.galaxy, true), SMS2.bankOtp!.body);
  // Enlarged system text.
  shot(SMS2.hokenshoInvalid!.id, 'large-text', SMS2.hokenshoInvalid!, smsLargeText(SMS2.hokenshoInvalid!, D.iphone14, 28), SMS2.hokenshoInvalid!.body);
  shot(SMS2.medicalRefund!.id, 'large-text', SMS2.medicalRefund!, smsLargeText(SMS2.medicalRefund!, D.iphone12mini, 32), SMS2.medicalRefund!.body);
  shot(SMS2.libraryReturn!.id, 'large-text', SMS2.libraryReturn!, smsLargeText(SMS2.libraryReturn!, D.iphone14, 25, { earlier: 'みどり市立図書館です。ご予約の本が届きました。' }), SMS2.libraryReturn!.body);
  // Landscape.
  shot(SMS2.policeAccount!.id, 'landscape', SMS2.policeAccount!, smsLandscape(SMS2.policeAccount!, D.phoneLandscape), SMS2.policeAccount!.body);
  shot(SMS2.primeCard!.id, 'landscape', SMS2.primeCard!, smsLandscape(SMS2.primeCard!, D.phoneLandscape), SMS2.primeCard!.body);
  // Cropped by the user around the message (one cut into the bubble's top line).
  shot(SMS2.ntaFinal!.id, 'cropped', SMS2.ntaFinal!, smsLargeText(SMS2.ntaFinal!, D.iphone14, 22), SMS2.ntaFinal!.body, { cropAround: { top: 30, right: 20, bottom: 24, left: 6 } });
  shot(SMS2.lawsuitSite!.id, 'cropped', SMS2.lawsuitSite!, smsPreview(SMS2.lawsuitSite!, D.galaxy, false), SMS2.lawsuitSite!.body, { cropAround: { top: 60, right: 50, bottom: 10, left: 40 } });
  shot(CHAT2.romanceDoctor!.id, 'cropped', CHAT2.romanceDoctor!, lineQuote(CHAT2.romanceDoctor!, D.iphone14, 'お金を送っても大丈夫でしょうか', false), CHAT2.romanceDoctor!.body, { cropAround: { top: -4, right: 4, bottom: 8, left: 52 } });
  // Re-compressed: downscaled and saved at low JPEG quality (forwarded through a chat app).
  shot(SMS2.renewalFee!.id, 'recompressed-jpeg', SMS2.renewalFee!, smsPreview(SMS2.renewalFee!, D.galaxy, false), SMS2.renewalFee!.body, { recompress: { scale: 0.45, quality: 32 } });
  shot(CHAT2.daughterDinner!.id, 'recompressed-jpeg', CHAT2.daughterDinner!, lineQuote(CHAT2.daughterDinner!, D.iphone14, 'いいね、行こう！', false), CHAT2.daughterDinner!.body, { recompress: { scale: 0.5, quality: 38 } });
  // A screenshot of a screenshot (the photo viewer showing it).
  shot(SMS2.leakGiftcard!.id, 'screenshot-of-screenshot', SMS2.leakGiftcard!, smsLargeText(SMS2.leakGiftcard!, D.iphone14, 24), SMS2.leakGiftcard!.body, { viewer: { inner: smsLargeText(SMS2.leakGiftcard!, D.iphone14, 24) }, device: D.galaxy.name });
  shot(MAIL2.eposCheck!.id, 'screenshot-of-screenshot', MAIL2.eposCheck!, mailDark(MAIL2.eposCheck!, D.iphone14, 17), mailTyped(MAIL2.eposCheck!), { viewer: { inner: mailDark(MAIL2.eposCheck!, D.iphone14, 17) }, device: D.pixelSmall.name });
  // LINE reply quoting a message.
  shot(CHAT2.hokenStaffCall!.id, 'line-quote', CHAT2.hokenStaffCall!, lineQuote(CHAT2.hokenStaffCall!, D.iphone14, 'これは本当に市役所からですか？', false), CHAT2.hokenStaffCall!.body);
  shot(CHAT2.policeLine!.id, 'line-quote', CHAT2.policeLine!, lineQuote(CHAT2.policeLine!, D.galaxy, 'ビデオ通話には出たほうがいいですか？', true), CHAT2.policeLine!.body);
  // A forwarded message in a family group.
  shot(CHAT2.pointForward!.id, 'forwarded', CHAT2.pointForward!, forwardedMessage(CHAT2.pointForward!, D.pixelSmall, '田中家', '健一', '母さん、これは開かないでね。'), CHAT2.pointForward!.body);
  shot(CHAT2.stockGroup!.id, 'forwarded', CHAT2.stockGroup!, forwardedMessage(CHAT2.stockGroup!, D.galaxy, '同窓会 幹事', '鈴木', 'この話、本当に儲かるのかな？'), CHAT2.stockGroup!.body);
  // Tablet, landscape split view.
  shot(MAIL2.cityQualification!.id, 'tablet-mail', MAIL2.cityQualification!, tabletMail(MAIL2.cityQualification!, INBOX), mailTyped(MAIL2.cityQualification!));
  shot(MAIL2.goldPitch!.id, 'tablet-mail', MAIL2.goldPitch!, tabletMail(MAIL2.goldPitch!, INBOX.slice(1)), mailTyped(MAIL2.goldPitch!));
  // Notification list.
  shot(NOTIFY2.mynaExpiry!.id, 'notification-list', NOTIFY2.mynaExpiry!, notificationList(NOTIFY2.mynaExpiry!, D.galaxy, EVERYDAY, 1), NOTIFY2.mynaExpiry!.body);
  shot(NOTIFY2.pensionRefund!.id, 'notification-list', NOTIFY2.pensionRefund!, notificationList(NOTIFY2.pensionRefund!, D.pixelSmall, EVERYDAY.slice(1), 0), NOTIFY2.pensionRefund!.body);
  // Desktop browser with a phishing form; desktop mail client.
  shot(WEB2.cardForm!.id, 'desktop-form', WEB2.cardForm!, desktopForm(WEB2.cardForm!, D.desktopFhd), mailTyped(WEB2.cardForm!));
  shot(WEB2.mynaRefundForm!.id, 'desktop-form', WEB2.mynaRefundForm!, desktopForm(WEB2.mynaRefundForm!, D.laptop), mailTyped(WEB2.mynaRefundForm!));
  shot(MAIL2.bankSecurity!.id, 'desktop-mail', MAIL2.bankSecurity!, desktopMail(MAIL2.bankSecurity!, D.desktopFhd, INBOX), mailTyped(MAIL2.bankSecurity!));

  // Photos of paper.
  const portrait = { width: 1536, height: 2048 };
  const landscape = { width: 2048, height: 1536 };
  const careful = (seed: number, frame = portrait): PhotoParams => ({ seed, ...frame, corners: [[0.07, 0.05], [0.92, 0.07], [0.94, 0.95], [0.05, 0.93]], curl: 0.003, light: { x: 0.6, y: 0.25, falloff: 0.25 }, tint: [1, 0.98, 0.93], surround: 'desk', blur: 0.7, motion: 0, noise: 4, quality: 80 });
  const hasty = (seed: number, frame = portrait): PhotoParams => ({ seed, ...frame, corners: [[0.1, 0.13], [0.94, 0.05], [0.9, 0.93], [0.02, 0.97]], curl: 0.01, light: { x: 0.15, y: 0.85, falloff: 0.5 }, shadow: { x: 0.7, y: 0.2, angle: -40, depth: 0.4, softness: 0.05 }, tint: [1.0, 0.96, 0.86], surround: 'desk', blur: 1.1, motion: 6, noise: 7, quality: 58 });
  const dim = (seed: number, frame = portrait): PhotoParams => ({ seed, ...frame, corners: [[0.09, 0.08], [0.9, 0.06], [0.93, 0.94], [0.07, 0.92]], curl: 0.006, light: { x: 0.5, y: 0.1, falloff: 0.6 }, tint: [0.6, 0.53, 0.4], surround: 'desk', blur: 1.0, motion: 2, noise: 11, quality: 62 });
  const steep = (seed: number, frame = portrait): PhotoParams => ({ seed, ...frame, corners: [[0.24, 0.14], [0.77, 0.12], [0.98, 0.97], [0.02, 0.95]], curl: 0.005, light: { x: 0.5, y: 0.9, falloff: 0.35 }, tint: [1, 0.97, 0.9], surround: 'desk', blur: 0.8, motion: 0, noise: 5, quality: 72 });
  const paper = (t: PaperText, kind: string, page: Page2, photos: [string, PhotoParams][]) => {
    for (const [how, params] of photos) L.push({ name: `${kind}-${t.id}-${how}`, group: 'paper-photo', layout: kind, text: t, page, typed: paperTyped(t), photo: params });
  };
  const P = PAPER2;
  paper(P.cardReturn!, 'paper-letter-serif', serifLetter(P.cardReturn!, "'Noto Serif CJK JP'"), [['careful', careful(301)], ['dim', dim(302)]]);
  paper(P.qualificationGenuine!, 'paper-letter-serif', serifLetter(P.qualificationGenuine!, "'IPAMincho'"), [['careful', careful(303)], ['steep', steep(304)]]);
  paper(P.lawsuitPostcard!, 'paper-postcard-pressure', pressurePostcard(P.lawsuitPostcard!), [['careful', careful(305, landscape)], ['hasty', hasty(306, landscape)]]);
  paper(P.refundLetter!, 'paper-letter-serif', serifLetter(P.refundLetter!, "'Noto Serif CJK JP'"), [['hasty', hasty(307)]]);
  paper(P.goldFlyer!, 'paper-flyer', flyer(P.goldFlyer!), [['careful', careful(308)], ['dim', dim(309)]]);
  // (`small`: a smaller, more compressed photo, as a phone's share sheet or "standard quality" sends it.)
  paper(P.visitSlip!, 'paper-slip', noticeSlip(P.visitSlip!), [['careful', careful(310)], ['hasty', hasty(311)], ['small', { ...careful(314, { width: 1080, height: 1440 }), quality: 50 }]]);
  paper(P.garbageCircular!, 'paper-circular', circular(P.garbageCircular!), [['steep', steep(312)]]);
  paper(P.leakLetter!, 'paper-letter-serif', serifLetter(P.leakLetter!, "'IPAMincho'"), [['dim', dim(313)]]);

  // Photos of screens.
  const phoneHeld: PhotoParams = { seed: 401, ...portrait, corners: [[0.18, 0.1], [0.8, 0.07], [0.85, 0.92], [0.14, 0.94]], curl: 0, light: { x: 0.4, y: 0.3, falloff: 0.35 }, tint: [1, 1, 1], surround: 'dark', screen: { grid: 0.25, glare: 0.3 }, blur: 1.0, motion: 2, noise: 6, quality: 66 };
  const monitor: PhotoParams = { seed: 402, ...landscape, corners: [[0.05, 0.1], [0.96, 0.04], [0.94, 0.9], [0.07, 0.86]], curl: 0, light: { x: 0.5, y: 0.5, falloff: 0.45 }, tint: [1, 1, 1], surround: 'dark', screen: { grid: 0.18, glare: 0.3 }, blur: 0.9, motion: 2, noise: 6, quality: 62 };
  const laptopPhoto: PhotoParams = { seed: 403, ...landscape, corners: [[0.12, 0.16], [0.88, 0.14], [0.95, 0.86], [0.05, 0.9]], curl: 0, light: { x: 0.3, y: 0.2, falloff: 0.4 }, tint: [1, 1, 1], surround: 'dark', screen: { grid: 0.22, glare: 0.45 }, blur: 1.0, motion: 0, noise: 5, quality: 64 };
  const tabletPhoto: PhotoParams = { seed: 404, ...landscape, corners: [[0.08, 0.12], [0.9, 0.08], [0.93, 0.9], [0.06, 0.93]], curl: 0, light: { x: 0.7, y: 0.3, falloff: 0.4 }, tint: [1, 1, 1], surround: 'dark', screen: { grid: 0.18, glare: 0.4 }, blur: 0.9, motion: 0, noise: 6, quality: 66 };
  const screen = (t: UnseenText, layout: string, page: Page2, typed: string, params: PhotoParams, suffix = '') => L.push({ name: `${layout}-${t.id}${suffix}`, group: 'screen-photo', layout, text: t, page, typed, photo: params });
  screen(MAIL2.bankSecurity!, 'screen-photo-monitor', desktopMail(MAIL2.bankSecurity!, D.desktopFhd, INBOX), mailTyped(MAIL2.bankSecurity!), monitor);
  screen(WEB2.mynaRefundForm!, 'screen-photo-laptop', desktopForm(WEB2.mynaRefundForm!, D.laptop), mailTyped(WEB2.mynaRefundForm!), laptopPhoto);
  screen(CHAT2.policeLine!, 'screen-photo-phone', lineQuote(CHAT2.policeLine!, D.galaxy, 'ビデオ通話には出たほうがいいですか？', true), CHAT2.policeLine!.body, phoneHeld);
  screen(CHAT2.hokenStaffCall!, 'screen-photo-phone', lineQuote(CHAT2.hokenStaffCall!, D.iphone14, 'これは本当に市役所からですか？', false), CHAT2.hokenStaffCall!.body, { ...phoneHeld, seed: 406, width: 1080, height: 1440, quality: 40 }, '-small');
  screen(MAIL2.cityQualification!, 'screen-photo-tablet', tabletMail(MAIL2.cityQualification!, INBOX), mailTyped(MAIL2.cityQualification!), tabletPhoto);
  screen(SMS2.yamatoAddress!, 'screen-photo-phone', smsPreview(SMS2.yamatoAddress!, D.galaxy, false, { cardTitle: 'お届け先住所の確認 | ヤマト運輸' }), SMS2.yamatoAddress!.body, { ...phoneHeld, seed: 405, corners: [[0.14, 0.06], [0.84, 0.1], [0.8, 0.95], [0.1, 0.9]], screen: { grid: 0.35, glare: 0.55 } });
  return L;
}

async function main(): Promise<void> {
  const commit = process.argv.includes('--commit');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
  const manifest: UnseenEntry[] = [];
  const shots = new Map<Page2, Shot>();
  for (const job of jobs()) {
    if (only && !job.name.includes(only)) continue;
    let shot = shots.get(job.page);
    if (!shot) {
      if (job.viewer) {
        // The screenshot as the phone saved it, shown in the photo viewer of another phone, screenshotted again.
        const inner = await shoot(browser, job.viewer.inner);
        const jpeg = await sharp(inner.png).jpeg({ quality: 88 }).toBuffer();
        const viewer = photoViewer(`data:image/jpeg;base64,${jpeg.toString('base64')}`, job.device === DEVICES2.pixelSmall.name ? DEVICES2.pixelSmall : DEVICES2.galaxy);
        shot = await shoot(browser, viewer, { inner });
      } else {
        shot = await shoot(browser, job.page, job.cropAround ? { cropAround: job.cropAround } : {});
      }
      shots.set(job.page, shot);
    }
    const file = `${job.name}.jpg`;
    const bytes = await shotBytes(shot.png, { photo: job.photo, downscale: job.recompress, quality: job.quality });
    writeFileSync(join(OUT, file), bytes);
    manifest.push({ file, group: job.group, layout: job.layout, device: job.device ?? job.page.device.name, textId: job.text.id, intent: job.text.intent, expected: shot.expected, message: shot.message, typed: job.typed });
    console.log(file, bytes.length, 'bytes');
  }
  await browser.close();
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${manifest.length} images in ${OUT}`);
  if (commit) {
    mkdirSync(COMMITTED, { recursive: true });
    const subset = manifest.filter((m) => COMMIT.has(m.file.replace(/\.jpg$/, '')));
    for (const m of subset) copyFileSync(join(OUT, m.file), join(COMMITTED, m.file));
    writeFileSync(join(COMMITTED, 'manifest.json'), `${JSON.stringify(subset, null, 2)}\n`);
    console.log(`committed subset: ${subset.length} images`);
  }
}

// Rendered when run; set 3 (scripts/render-unseen3-images.ts) imports shoot() without rendering this set.
if (import.meta.main) await main();
