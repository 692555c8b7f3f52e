/**
 * The fifth unseen image set, "unseen5" (issue #18: "on images the project has never seen the
 * same aims hold"). Sets 1–4 have been studied and tuned on (set 4 from 00:00 UTC on 2026-12-08),
 * so their figures flatter the code; this set was written then by a helper session that writes
 * yardsticks and does not tune, and is measured at first sight only
 * (tests/fixtures/images-unseen5/README.md).
 * Other apps and paper (scripts/unseen5-layouts.ts), new texts (scripts/unseen5-texts.ts), drawn
 * by Debian's Chromium with set 2's page reader and image writer (shoot(), shotBytes() of
 * scripts/render-unseen2-images.ts); photos made with scripts/unseen-photo.ts's camera model under
 * settings no earlier set used (a desk lamp's warm spot, a dim evening room with a shaking hand,
 * taken standing over a low table, a window's daylight with the phone's shadow, a photo sent
 * through LINE at its standard quality); before the photo, a scene is drawn around a screen (a
 * phone held in a hand, a TV on its board, a laptop with its keyboard, a flip phone), a thumb over
 * a letter's edge, or a sheet crumpled (creases, facets of light, a little displacement).
 *
 *   node scripts/render-unseen5-images.ts                 → var/unseen5-images/ (all, with manifest.json)
 *   node scripts/render-unseen5-images.ts --commit        → also copies the small subset to tests/fixtures/images-unseen5/
 *   node scripts/render-unseen5-images.ts --commit-only   → only copies the subset from an earlier render in var/
 *   node scripts/render-unseen5-images.ts --only=a,b      → only the images whose names hold a or b (no manifest written)
 *   node scripts/render-unseen5-images.ts --out=DIR       → writes to DIR instead of var/unseen5-images/ (to check that a render is deterministic)
 *
 * Needs /usr/bin/chromium and Debian's Japanese fonts (fonts-ipafont, fonts-ipaexfont,
 * fonts-takao, fonts-vlgothic, fonts-mplus, fonts-klee, fonts-morisawa-bizud-mincho,
 * fonts-noto-cjk, fonts-noto-color-emoji) and BIZ UDPGothic from npm
 * (@expo-google-fonts/biz-udpgothic). Deterministic for a given Chromium and font set (photos,
 * hands, creases are seeded).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { PROJECT_ROOT } from '../src/runtime/project-paths.ts';
// The manifest's entries are set 1's (tests/fixtures/images-unseen/manifest.json); a type import runs nothing.
import type { UnseenEntry, UnseenGroup } from './render-unseen-images.ts';
import { shoot, shotBytes, type Shot } from './render-unseen2-images.ts';
import { rng, type PhotoParams } from './unseen-photo.ts';
import { copySubset, copySubsetOfEarlierRender } from './unseen-subset.ts';
import {
  bannerOver,
  carrierMail,
  cityApp,
  DEVICES5,
  flipScreen,
  hagakiIllustrated,
  ipadLine,
  kairanBinder,
  letterOnEnvelope,
  lineChat,
  lineHugeFont,
  lineImageViewer,
  lineLandscape,
  lineScrollCapture,
  mailLandscape,
  oneUiSms,
  pcLine,
  plainFlyer,
  plainLetter,
  shareSheet,
  smsInbox,
  thermalSlip,
  trifold,
  tvScreen,
  webMail,
  type Page2,
} from './unseen5-layouts.ts';
import { CHAT5, PAPER5, SCREEN5, type PaperText, type UnseenText } from './unseen5-texts.ts';

const outArg = process.argv.find((a) => a.startsWith('--out='))?.slice(6);
const OUT = outArg ?? join(PROJECT_ROOT, 'var', 'unseen5-images');
const COMMITTED = join(PROJECT_ROOT, 'tests', 'fixtures', 'images-unseen5');
/** The committed subset: small files (< 80 kB), of several kinds. */
const COMMIT = new Set<string>([
  'line-not-friend-oa-invest-assistant-small',
  'oneui-sms-sms-hoken-stop-small',
  'sms-inbox-inbox-electric-stop-small',
  'carrier-mail-cmail-city-refund-alert-small',
  'banner-over-banner-city-visit-small',
  'line-huge-font-huge-son-lost-card-small',
  'thermal-slip-receipt-card-fee-line',
  'hagaki-illustrated-hagaki-clinic-line',
]);

/** What is drawn around or done to the page's image before it is photographed. */
type Treatment = 'hand' | 'tv' | 'laptop' | 'flip' | 'thumb' | 'crumple';

interface Job {
  name: string;
  group: UnseenGroup;
  layout: string;
  text: UnseenText;
  page: Page2;
  /** What a resident would type instead; a function when it depends on what the image shows (a preview's cut text). */
  typed: string | ((shot: Shot) => string);
  photo?: PhotoParams;
  treat?: Treatment;
  seed?: number;
  quality?: number;
  /** Sent small: downscaled (share of the width) and saved at a low JPEG quality, as LINE's standard image quality or a forward does. */
  small?: { scale: number; quality: number };
  /** The page is a screenshot shown in LINE's image viewer, which is screenshotted again. */
  viewer?: { from: string; when: string };
}

const mailTyped = (t: UnseenText) => `${t.subject ?? ''}\n${t.body}`;
const paperTyped = (t: PaperText) => [t.subject, t.body, ...(t.table ?? []).map((r) => `${r.label} ${r.value}`), t.after].filter(Boolean).join('\n');
const shown = (s: Shot) => s.message;

const size = async (png: Buffer) => {
  const m = await sharp(png).metadata();
  return { w: m.width!, h: m.height! };
};

/** A lit screen's pixel structure: thin dark columns every 3 px, which a camera's grid turns into moiré. */
async function pixelGrid(png: Buffer, strength: number): Promise<Buffer> {
  const { w, h } = await size(png);
  const lines = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><pattern id="g" width="3" height="3" patternUnits="userSpaceOnUse"><rect x="2" width="1" height="3" fill="#000" fill-opacity="${strength}"/><rect y="2" width="3" height="1" fill="#000" fill-opacity="${strength * 0.6}"/></pattern></defs><rect width="${w}" height="${h}" fill="url(#g)"/></svg>`);
  return sharp(png).composite([{ input: lines }]).png().toBuffer();
}

/** A phone held in a left hand in a room: the screen in its bezel, the thumb over the left edge, fingers round the right edge, the palm under it. */
async function inHand(png: Buffer, seed: number): Promise<Buffer> {
  const r = rng(seed);
  const { w, h } = await size(png);
  const bz = Math.round(w * 0.035);
  const phone = await sharp(await pixelGrid(png, 0.22)).extend({ top: bz * 2, bottom: bz * 2, left: bz, right: bz, background: { r: 16, g: 16, b: 18 } }).png().toBuffer();
  const pw = w + 2 * bz;
  const ph = h + 4 * bz;
  const W = Math.round(pw * 1.75);
  const H = Math.round(ph * 1.3);
  const x0 = Math.round((W - pw) / 2 + (r() - 0.5) * pw * 0.1);
  const y0 = Math.round(H * 0.05);
  const skin = '#d9a47f';
  const shade = '#b98462';
  const fingers = [0.3, 0.45, 0.6, 0.74].map((fy, i) => `<rect x="${x0 + pw - bz * 1.5}" y="${y0 + ph * fy}" width="${pw * 0.22}" height="${ph * 0.11}" rx="${ph * 0.05}" fill="${i % 2 ? skin : shade}"/>`).join('');
  const thumbY = y0 + ph * (0.62 + r() * 0.08);
  const scene = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#cbbba2"/><stop offset="0.6" stop-color="#a89479"/><stop offset="1" stop-color="#6f6252"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#bg)"/><rect x="0" y="${H * 0.62}" width="${W}" height="${H * 0.38}" fill="#5d6b7a"/></svg>`);
  const hand = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><ellipse cx="${x0 + pw * 0.55}" cy="${y0 + ph * 1.13}" rx="${pw * 0.7}" ry="${ph * 0.15}" fill="${skin}"/>${fingers}<rect x="${x0 - pw * 0.3}" y="${thumbY}" width="${pw * 0.3}" height="${ph * 0.06}" rx="${ph * 0.03}" fill="${skin}" transform="rotate(-18 ${x0} ${thumbY})"/><ellipse cx="${x0 + pw * 0.0}" cy="${thumbY - ph * 0.005}" rx="${pw * 0.045}" ry="${ph * 0.022}" fill="#f0cdb4" transform="rotate(-18 ${x0} ${thumbY})"/></svg>`);
  return sharp(scene).composite([{ input: phone, left: x0, top: y0 }, { input: hand }]).png().toBuffer();
}

/** A TV on its board against a wall: a thin black bezel, the stand, the board's edge. */
async function onTv(png: Buffer): Promise<Buffer> {
  const { w, h } = await size(png);
  const bz = Math.round(w * 0.012);
  const tv = await sharp(await pixelGrid(png, 0.3)).extend({ top: bz, bottom: bz * 2, left: bz, right: bz, background: { r: 8, g: 8, b: 10 } }).png().toBuffer();
  const tw = w + 2 * bz;
  const th = h + 3 * bz;
  const W = Math.round(tw * 1.3);
  const H = Math.round(th * 1.5);
  const x0 = Math.round((W - tw) / 2);
  const y0 = Math.round(H * 0.08);
  const room = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#d8d0c2"/><rect x="${W / 2 - tw * 0.12}" y="${y0 + th - 4}" width="${tw * 0.24}" height="${H * 0.08}" fill="#222"/><rect x="0" y="${y0 + th + H * 0.07}" width="${W}" height="${H}" fill="#6b4a31"/><rect x="0" y="${y0 + th + H * 0.07}" width="${W}" height="${H * 0.02}" fill="#8a6446"/></svg>`);
  return sharp(room).composite([{ input: tv, left: x0, top: y0 }]).png().toBuffer();
}

/** A laptop: the screen in its bezel above the keyboard deck (keys drawn as a grid, a touch pad). */
async function onLaptop(png: Buffer): Promise<Buffer> {
  const { w, h } = await size(png);
  const bz = Math.round(w * 0.02);
  const scr = await sharp(await pixelGrid(png, 0.25)).extend({ top: Math.round(bz * 1.5), bottom: bz * 2, left: bz, right: bz, background: { r: 30, g: 30, b: 34 } }).png().toBuffer();
  const sw = w + 2 * bz;
  const sh = h + Math.round(bz * 1.5) + bz * 2;
  const W = Math.round(sw * 1.15);
  const deckH = Math.round(sh * 0.45);
  const H = sh + deckH + Math.round(sh * 0.1);
  const x0 = Math.round((W - sw) / 2);
  const keys: string[] = [];
  for (let row = 0; row < 5; row++) for (let k = 0; k < 14; k++) keys.push(`<rect x="${x0 + sw * 0.08 + k * sw * 0.06}" y="${sh + deckH * 0.08 + row * deckH * 0.1}" width="${sw * 0.052}" height="${deckH * 0.085}" rx="4" fill="#2b2d31"/>`);
  const deck = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#8e7a66"/><rect x="${x0 - sw * 0.02}" y="${sh}" width="${sw * 1.04}" height="${deckH}" rx="18" fill="#b8bcc2"/>${keys.join('')}<rect x="${x0 + sw * 0.36}" y="${sh + deckH * 0.62}" width="${sw * 0.28}" height="${deckH * 0.3}" rx="10" fill="#a8acb2"/></svg>`);
  return sharp(deck).composite([{ input: scr, left: x0, top: 0 }]).png().toBuffer();
}

/** A flip phone opened: the small screen in the upper half, the hinge, the keypad below, on a table. */
async function inFlip(png: Buffer): Promise<Buffer> {
  const { w, h } = await size(png);
  const m = Math.round(w * 0.14);
  const bodyW = w + 2 * m;
  const upperH = h + 2 * m;
  const lowerH = Math.round(upperH * 1.05);
  const W = Math.round(bodyW * 1.6);
  const H = Math.round((upperH + lowerH) * 1.15);
  const x0 = Math.round((W - bodyW) / 2);
  const y0 = Math.round(H * 0.04);
  const labels = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
  const keys = labels.map((l, i) => {
    const kx = x0 + bodyW * (0.12 + (i % 3) * 0.27);
    const ky = y0 + upperH + lowerH * (0.3 + Math.floor(i / 3) * 0.16);
    return `<rect x="${kx}" y="${ky}" width="${bodyW * 0.22}" height="${lowerH * 0.12}" rx="14" fill="#d9dde3"/><text x="${kx + bodyW * 0.11}" y="${ky + lowerH * 0.09}" font-size="${lowerH * 0.07}" text-anchor="middle" font-family="DejaVu Sans" fill="#333">${l}</text>`;
  }).join('');
  const body = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#7b6a58"/><rect x="${x0}" y="${y0}" width="${bodyW}" height="${upperH}" rx="40" fill="#8a1f2c"/><rect x="${x0 + 10}" y="${y0 + upperH - 10}" width="${bodyW - 20}" height="30" fill="#5d141d"/><rect x="${x0}" y="${y0 + upperH + 14}" width="${bodyW}" height="${lowerH}" rx="40" fill="#9b2433"/><circle cx="${x0 + bodyW / 2}" cy="${y0 + upperH + lowerH * 0.15}" r="${lowerH * 0.09}" fill="#d9dde3"/>${keys}</svg>`);
  return sharp(body).composite([{ input: await pixelGrid(png, 0.15), left: x0 + m, top: y0 + m }]).png().toBuffer();
}

/** A thumb over a page's left edge, holding it down: skin, a nail, a soft shadow on the paper. */
async function withThumb(png: Buffer, seed: number): Promise<Buffer> {
  const r = rng(seed);
  const { w, h } = await size(png);
  const y = h * (0.42 + r() * 0.2);
  const len = w * 0.15;
  const thick = w * 0.075;
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><filter id="s"><feGaussianBlur stdDeviation="${thick * 0.18}"/></filter></defs><g transform="rotate(${-10 + r() * 8} 0 ${y})"><rect x="${-thick}" y="${y + thick * 0.15}" width="${len + thick}" height="${thick}" rx="${thick / 2}" fill="#000" fill-opacity="0.35" filter="url(#s)"/><rect x="${-thick}" y="${y}" width="${len + thick}" height="${thick}" rx="${thick / 2}" fill="#d7a07c"/><ellipse cx="${len - thick * 0.35}" cy="${y + thick * 0.5}" rx="${thick * 0.32}" ry="${thick * 0.3}" fill="#efc8b0"/></g></svg>`);
  return sharp(png).composite([{ input: svg }]).png().toBuffer();
}

/** A crumpled and flattened sheet: crease lines split the page into facets lit a little differently, each crease a thin bright or dark line; the print is shifted a few pixels near creases. */
async function crumpled(png: Buffer, seed: number): Promise<Buffer> {
  const r = rng(seed);
  const { data: s, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const w = info.width;
  const h = info.height;
  const creases = Array.from({ length: 16 }, () => {
    const a = r() * Math.PI;
    const n = [Math.cos(a), Math.sin(a)] as const;
    const c = (r() * w) * n[0] + (r() * h) * n[1];
    return { n, c, slope: (r() - 0.5) * 0.16, line: (r() - 0.5) * 60, shift: (r() - 0.5) * 5 };
  });
  const out = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let light = 1;
      let dx = 0;
      let dy = 0;
      let add = 0;
      for (const k of creases) {
        const d = k.n[0] * x + k.n[1] * y - k.c;
        light += d > 0 ? k.slope : -k.slope;
        const near = Math.exp(-((d / 3) ** 2));
        add += k.line * near;
        const pull = k.shift * Math.exp(-((d / 40) ** 2));
        dx += pull * k.n[0];
        dy += pull * k.n[1];
      }
      const sx = Math.min(w - 1, Math.max(0, Math.round(x + dx)));
      const sy = Math.min(h - 1, Math.max(0, Math.round(y + dy)));
      const i = (sy * w + sx) * 3;
      const o = (y * w + x) * 3;
      const f = Math.max(0.55, Math.min(1.1, light * 0.94));
      for (let ch = 0; ch < 3; ch++) out[o + ch] = Math.max(0, Math.min(255, s[i + ch]! * f + add));
    }
  }
  return sharp(out, { raw: { width: w, height: h, channels: 3 } }).png().toBuffer();
}

function jobs(): Job[] {
  const L: Job[] = [];
  const D = DEVICES5;
  const C = CHAT5;
  const S = SCREEN5;
  const shot = (layout: string, text: UnseenText, page: Page2, typed: Job['typed'], quality = 84, small?: Job['small'], extra: Partial<Job> = {}) => L.push({ name: `${layout}-${text.id}${small ? '-small' : ''}`, group: 'screenshot', layout, text, page, typed, quality, ...(small ? { small } : {}), ...extra });

  // LINE one-to-one chats with accounts that are not friends.
  shot('line-not-friend', C.policeWarrant, lineChat(C.policeWarrant, D.iphone15, { notFriend: true, clock: '15:02', times: ['14:51', '14:52', '14:52', '14:58'] }), C.policeWarrant.body);
  shot('line-not-friend', C.benefitOffice, lineChat(C.benefitOffice, D.galaxyS, { notFriend: true, badge: true, dark: true, clock: '9:30', times: ['9:12', '9:12'] }), C.benefitOffice.body, 82);
  const investPage = lineChat(C.investAssistant, D.android360, { notFriend: true, clock: '20:45', times: ['20:31', '20:33', '20:40'] });
  shot('line-not-friend', C.investAssistant, investPage, C.investAssistant.body, 86, { scale: 0.6, quality: 58 });
  // Galaxy One UI-like SMS threads.
  const ecertPage = oneUiSms(S.ecertSms, D.galaxyS, { clock: '9:20', when: '12月7日 月曜日', earlier: '【J-LIS】マイナンバーカードの電子証明書の更新手続きのご案内です。' });
  shot('oneui-sms', S.ecertSms, ecertPage, S.ecertSms.body);
  const deliveryPage = oneUiSms(S.deliverySms, D.galaxyS, { dark: true, clock: '18:03', when: '12月6日 日曜日' });
  shot('oneui-sms', S.deliverySms, deliveryPage, S.deliverySms.body, 82);
  shot('oneui-sms', S.hokenSms, oneUiSms(S.hokenSms, D.aquos, { clock: '11:48', when: '12月7日 月曜日' }), S.hokenSms.body, 84, { scale: 0.5, quality: 60 });
  // An SMS inbox with a spam label.
  const everyday = [
    { who: '由美', text: '土曜日は11時ごろ着きます', when: '昨日' },
    { who: 'あおば歯科', text: '【予約確認】12月10日(水) 15:00 ご来院をお待ちしております', when: '12/5' },
    { who: '+81 3-0000-1020', text: '認証番号は 482913 です。他人に教えないでください。', when: '12/4' },
    { who: 'ヤマダ電器', text: '修理品のお渡し準備ができました', when: '12/2' },
    { who: '健一', text: '了解。また連絡するね', when: '11/30' },
  ];
  shot('sms-inbox', S.koukinInbox, smsInbox(S.koukinInbox, D.pixel8, { others: everyday, at: 0 }), shown);
  shot('sms-inbox', S.electricInbox, smsInbox(S.electricInbox, D.pixel8, { dark: true, others: everyday.slice(1), at: 2 }), shown, 84, { scale: 0.55, quality: 60 });
  // A carrier mail app.
  shot('carrier-mail', S.lawsuitMail, carrierMail(S.lawsuitMail, D.aquos, { colour: '#c8102e', folder: '受信BOX', address: 'info@minji-soshou.example', when: '2026/12/07 07:12', font: "'IPAPGothic'" }), mailTyped(S.lawsuitMail));
  shot('carrier-mail', S.refundMail, carrierMail(S.refundMail, D.android360, { colour: '#eb5505', folder: '受信フォルダ', address: 'anzen@city-aoba.example.jp', when: '2026/12/07 16:30', font: "'TakaoPGothic'" }), mailTyped(S.refundMail), 84, { scale: 0.55, quality: 58 });
  // LINE's image viewer showing a screenshot a daughter sent (a screenshot of a screenshot).
  shot('line-image-viewer', S.pointSms, oneUiSms(S.pointSms, D.galaxyS, { clock: '8:02', when: '12月7日 月曜日' }), S.pointSms.body, 84, undefined, { viewer: { from: '長女 さやか', when: '2026/12/07 8:15' } });
  shot('line-image-viewer', S.primeMail, carrierMail(S.primeMail, D.aquos, { colour: '#00a1e9', folder: '受信BOX', address: 'prime@amazon-member.example.com', when: '2026/12/06 22:40', font: "'IPAPGothic'" }), mailTyped(S.primeMail), 82, undefined, { viewer: { from: '健一', when: '2026/12/07 7:30' } });
  // A heads-up notification banner over a thread.
  shot('banner-over', S.taxSms, bannerOver(S.taxSms, D.aquos, { dark: false, banner: { app: 'LINE', title: 'ゆかり', text: '写真を送信しました' } }), S.taxSms.body);
  shot('banner-over', S.visitSms, bannerOver(S.visitSms, D.galaxyS, { dark: true, banner: { app: '天気', title: 'あおば市 晴れのち曇り', text: '最高 12° 最低 3°　夕方から冷え込みます' } }), S.visitSms.body, 84, { scale: 0.55, quality: 60 });
  // Landscape screenshots.
  shot('line-landscape', C.cardMail, lineLandscape(C.cardMail, D.landscape, { clock: '10:40', times: ['10:21', '10:22'], notFriend: true }), C.cardMail.body);
  shot('mail-landscape', S.leakMail, mailLandscape(S.leakMail, D.landscape, [{ from: 'あおば生協', subject: '年末の注文受付のご案内' }, { from: '楽々旅行', subject: '冬の温泉旅行 早割のお知らせ' }, { from: '健一', subject: '正月の予定' }]), mailTyped(S.leakMail), 82);
  // Long scroll captures of a LINE chat.
  shot('line-scroll-capture', C.nameLending, lineScrollCapture(C.nameLending, { ...D.longCapture, height: 1180 }, { clock: '19:20', times: ['12/3 10:02', '10:05', '10:11', '12/5 9:40', '9:41', '9:42', '9:50', '9:52'] }), C.nameLending.body);
  shot('line-scroll-capture', C.cityAnswer, lineScrollCapture(C.cityAnswer, { ...D.longCapture, height: 1100 }, { badge: true, clock: '13:10', times: ['12:58', '12:58', '12:58', '12:59', '12:59', '13:04', '13:04'] }), C.cityAnswer.body, 86);
  // LINE on an iPad with its chat list.
  const ipadOthers = [{ name: 'ひばり町内会', last: '回覧板を回しました', when: '昨日' }, { name: '健一', last: 'スタンプを送信しました', when: '12/5' }, { name: 'あおば市 公式', last: '年末年始の窓口のお知らせ', when: '12/3' }];
  shot('ipad-line', C.feeDemand, ipadLine(C.feeDemand, D.ipad11, { clock: '14:05', times: ['13:40', '13:41', '13:41'], notFriend: true }, ipadOthers), C.feeDemand.body);
  shot('ipad-line', C.daughterPin, ipadLine(C.daughterPin, D.ipad11, { clock: '21:30', times: ['21:02', '21:10', '21:11'] }, ipadOthers), C.daughterPin.body, 82);
  // Android's share sheet over a thread.
  shot('share-sheet', S.refundSms, shareSheet(S.refundSms, D.pixel8), S.refundSms.body);
  shot('share-sheet', S.skimmingSms, shareSheet(S.skimmingSms, D.android360), S.skimmingSms.body, 82);
  // LINE at the largest font size.
  const hokenHugePage = lineHugeFont(C.hokenOfficial, D.iphone15, { badge: true, clock: '7:55', times: ['7:40', '7:40'] });
  shot('line-huge-font', C.hokenOfficial, hokenHugePage, C.hokenOfficial.body);
  shot('line-huge-font', C.sonLostCard, lineHugeFont(C.sonLostCard, D.aquos, { clock: '22:14', times: ['21:50', '21:58', '22:01'], fontPx: 22 }), C.sonLostCard.body, 84, { scale: 0.55, quality: 60 });
  // A city's own app.
  shot('city-app', S.ecertCounter, cityApp(S.ecertCounter, D.iphone15, { colour: '#1b6fb5', category: 'くらし・手続き', when: '2026.12.01' }), mailTyped(S.ecertCounter));
  shot('city-app', S.policeAlert, cityApp(S.policeAlert, D.pixel8, { colour: '#c0392b', category: '防犯', when: '2026.12.06' }), mailTyped(S.policeAlert), 84, { scale: 0.55, quality: 60 });

  // Photos of paper, with settings no earlier set used.
  const portrait = { width: 1536, height: 2048 };
  const landscape = { width: 2048, height: 1536 };
  type Frame = { width: number; height: number };
  const land = (f: Frame) => f.width > f.height * 1.1;
  /** Under a desk lamp: a warm spot at the upper left, the far corner much darker. */
  const lamp = (seed: number, frame: Frame = portrait): PhotoParams => ({ seed, ...frame, corners: land(frame) ? [[0.07, 0.09], [0.93, 0.06], [0.95, 0.92], [0.05, 0.94]] : [[0.09, 0.06], [0.91, 0.08], [0.93, 0.94], [0.07, 0.93]], curl: 0.004, light: { x: 0.15, y: 0.1, falloff: 0.55 }, tint: [1, 0.93, 0.8], surround: 'desk', blur: 0.7, motion: 0, noise: 6, quality: 70 });
  /** A dim evening room, the hand shaking a little. */
  const dusk = (seed: number, frame: Frame = portrait): PhotoParams => ({ seed, ...frame, corners: land(frame) ? [[0.06, 0.1], [0.94, 0.08], [0.92, 0.9], [0.08, 0.93]] : [[0.08, 0.07], [0.92, 0.05], [0.94, 0.95], [0.06, 0.93]], curl: 0.003, light: { x: 0.5, y: 0.3, falloff: 0.3 }, tint: [0.74, 0.71, 0.66], surround: 'desk', blur: 0.8, motion: 3, noise: 10, quality: 68 });
  /** Taken standing over a low table: the page's far edge much narrower. */
  const standing = (seed: number, frame: Frame = portrait): PhotoParams => ({ seed, ...frame, corners: land(frame) ? [[0.2, 0.14], [0.8, 0.13], [0.96, 0.9], [0.04, 0.91]] : [[0.21, 0.1], [0.79, 0.11], [0.95, 0.93], [0.05, 0.92]], curl: 0.003, light: { x: 0.5, y: 0.9, falloff: 0.35 }, tint: [1, 0.98, 0.94], surround: 'desk', blur: 1.0, motion: 0, noise: 6, quality: 70 });
  /** Daylight from a window on the right, bluish; the phone's shadow over the left part. */
  const windowLight = (seed: number, frame: Frame = portrait): PhotoParams => ({ seed, ...frame, corners: land(frame) ? [[0.05, 0.08], [0.95, 0.1], [0.93, 0.93], [0.06, 0.9]] : [[0.07, 0.05], [0.94, 0.07], [0.92, 0.96], [0.05, 0.94]], curl: 0.005, light: { x: 1.0, y: 0.5, falloff: 0.4 }, shadow: { x: 0.16, y: 0.5, angle: 180, depth: 0.3, softness: 0.04 }, tint: [0.94, 0.98, 1.05], surround: 'desk', blur: 0.7, motion: 0, noise: 5, quality: 72 });
  /** A photo sent through LINE at its standard image quality: small and compressed. */
  const linePhoto = (seed: number, frame: Frame = { width: 900, height: 1200 }): PhotoParams => ({ seed, ...frame, corners: land(frame) ? [[0.05, 0.07], [0.95, 0.06], [0.94, 0.94], [0.06, 0.93]] : [[0.06, 0.05], [0.94, 0.06], [0.95, 0.95], [0.05, 0.94]], curl: 0.003, light: { x: 0.6, y: 0.3, falloff: 0.3 }, tint: [1, 0.98, 0.95], surround: 'desk', blur: 0.6, motion: 0, noise: 4, quality: 50 });
  const paper = (t: PaperText, layout: string, page: Page2, photos: [string, PhotoParams][], opts: { typed?: string; treat?: Treatment; seed?: number } = {}) => {
    for (const [how, params] of photos) L.push({ name: `${layout}-${t.id}-${how}`, group: 'paper-photo', layout, text: t, page, typed: opts.typed ?? paperTyped(t), photo: params, ...(opts.treat ? { treat: opts.treat, seed: opts.seed ?? params.seed } : {}) });
  };
  const P = PAPER5;
  paper(P.surveyCard, 'hagaki-illustrated', hagakiIllustrated(P.surveyCard, { hue: 200, font: "'BIZ UDPMincho'" }), [['lamp', lamp(901)]]);
  paper(P.clinicCard, 'hagaki-illustrated', hagakiIllustrated(P.clinicCard, { hue: 340, font: "'M PLUS 2'" }), [['line', linePhoto(902)]]);
  paper(P.renewalLetter, 'letter-with-envelope', letterOnEnvelope(P.renewalLetter), [['standing', standing(903)]]);
  paper(P.cardReturn, 'letter-with-envelope', letterOnEnvelope(P.cardReturn), [['window', windowLight(904)]]);
  paper(P.circularVisit, 'kairan-binder', kairanBinder(P.circularVisit, { cover: '#2f7d4f' }), [['dusk', dusk(905)]]);
  paper(P.circularKoukin, 'kairan-binder', kairanBinder(P.circularKoukin, { cover: '#1f5fa8' }), [['lamp', lamp(906)]]);
  paper(P.pamphletSafety, 'trifold-pamphlet', trifold(P.pamphletSafety, { colour: '#1a7f9c', font: "'BIZ UDPMincho'" }), [['window', windowLight(907, landscape)]]);
  paper(P.pamphletClub, 'trifold-pamphlet', trifold(P.pamphletClub, { colour: '#b8860b', font: "'IPAexGothic'" }), [['standing', standing(908, landscape)]]);
  paper(P.atmSlip, 'thermal-slip', thermalSlip(P.atmSlip, { receipt: false }), [['dusk', dusk(909)]]);
  paper(P.feeSlip, 'thermal-slip', thermalSlip(P.feeSlip, { receipt: true }), [['line', linePhoto(910)]]);
  paper(P.employerLetter, 'letter-thumb', plainLetter(P.employerLetter, "'IPAMincho'"), [['lamp', lamp(911)]], { treat: 'thumb' });
  paper(P.leakLetter, 'letter-thumb', plainLetter(P.leakLetter, "'Noto Serif CJK JP'"), [['window', windowLight(912)]], { treat: 'thumb' });
  paper(P.historyFlyer, 'crumpled', plainFlyer(P.historyFlyer, { colour: '#7b1fa2', font: "'M PLUS 1'" }), [['standing', standing(913)]], { treat: 'crumple' });
  paper(P.arrivalSlip, 'crumpled', plainFlyer(P.arrivalSlip, { colour: '#c62828', font: "'Klee One'" }), [['lamp', lamp(914)]], { treat: 'crumple' });

  // Photos of screens: a scene drawn around the screen first.
  const screen = (layout: string, t: UnseenText, page: Page2, typed: Job['typed'], params: PhotoParams, treat: Treatment, suffix = '') => L.push({ name: `${layout}-${t.id}${suffix}`, group: 'screen-photo', layout, text: t, page, typed, photo: params, treat, seed: params.seed });
  const scene = (seed: number, frame: Frame, corners: PhotoParams['corners'], extra: Partial<PhotoParams> = {}): PhotoParams => ({ seed, ...frame, corners, curl: 0, light: { x: 0.5, y: 0.4, falloff: 0.3 }, tint: [1, 0.97, 0.92], surround: 'dark', blur: 1.0, motion: 0, noise: 7, quality: 68, ...extra });
  screen('tv-screen', S.policeTelop, tvScreen(S.policeTelop, D.tv, { news: true }), mailTyped(S.policeTelop), scene(921, landscape, [[0.02, 0.06], [0.97, 0.02], [0.99, 0.97], [0.0, 0.93]], { blur: 1.3, noise: 8, tint: [1, 0.92, 0.82] }), 'tv');
  screen('tv-screen', S.hokenSpot, tvScreen(S.hokenSpot, D.tv, { news: false }), mailTyped(S.hokenSpot), scene(922, landscape, [[0.06, 0.02], [0.99, 0.08], [0.96, 0.95], [0.02, 0.99]], { motion: 3 }), 'tv');
  screen('laptop-angle', C.investAssistant, pcLine(C.investAssistant, D.laptop, { clock: '20:45', times: ['20:31', '20:33', '20:40'], notFriend: true }), C.investAssistant.body, scene(923, landscape, [[0.12, 0.04], [0.9, 0.1], [0.98, 0.98], [0.02, 0.9]], { light: { x: 0.3, y: 0.3, falloff: 0.4 } }), 'laptop');
  screen('laptop-angle', S.leakMail, webMail(S.leakMail, D.laptop), mailTyped(S.leakMail), scene(924, landscape, [[0.03, 0.12], [0.86, 0.02], [0.99, 0.9], [0.08, 0.99]], { blur: 1.2 }), 'laptop');
  screen('phone-in-hand', S.ecertSms, ecertPage, S.ecertSms.body, scene(925, portrait, [[0.0, 0.0], [1.0, 0.02], [0.98, 1.0], [0.01, 0.97]]), 'hand');
  screen('phone-in-hand', S.deliverySms, deliveryPage, S.deliverySms.body, scene(926, portrait, [[0.03, 0.01], [0.99, 0.0], [1.0, 0.99], [0.0, 1.0]], { motion: 3, noise: 9 }), 'hand');
  screen('phone-in-hand', C.hokenOfficial, hokenHugePage, C.hokenOfficial.body, scene(927, portrait, [[0.01, 0.03], [0.97, 0.0], [1.0, 0.97], [0.0, 1.0]], { tint: [1, 0.9, 0.78], blur: 1.2 }), 'hand');
  screen('flip-phone', S.pensionFlip, flipScreen(S.pensionFlip, D.flip), S.pensionFlip.body, scene(928, portrait, [[0.04, 0.02], [0.96, 0.04], [0.98, 0.98], [0.02, 0.96]], { light: { x: 0.4, y: 0.2, falloff: 0.45 }, blur: 1.1 }), 'flip');
  return L;
}

async function treated(png: Buffer, job: Job): Promise<Buffer> {
  const seed = job.seed ?? 1;
  switch (job.treat) {
    case 'hand':
      return inHand(png, seed);
    case 'tv':
      return onTv(png);
    case 'laptop':
      return onLaptop(png);
    case 'flip':
      return inFlip(png);
    case 'thumb':
      return withThumb(png, seed);
    case 'crumple':
      return crumpled(png, seed);
    default:
      return png;
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--commit-only')) {
    copySubsetOfEarlierRender(OUT, COMMITTED, COMMIT);
    return;
  }
  const commit = process.argv.includes('--commit');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
  const manifest: UnseenEntry[] = [];
  const shots = new Map<Page2, Shot>();
  let device = '';
  for (const job of jobs()) {
    if (only && !only.split(',').some((o) => job.name.includes(o))) continue;
    let shot: Shot;
    device = job.page.device.name;
    if (job.viewer) {
      // The screenshot as the sender's phone saved it, opened in LINE's image viewer on the resident's phone, screenshotted again.
      const inner = await shoot(browser, job.page);
      const jpeg = await sharp(inner.png).jpeg({ quality: 80 }).toBuffer();
      const viewer = lineImageViewer(`data:image/jpeg;base64,${jpeg.toString('base64')}`, DEVICES5.pixel8, job.viewer.from, job.viewer.when);
      shot = await shoot(browser, viewer, { inner });
      device = DEVICES5.pixel8.name;
    } else {
      let known = shots.get(job.page);
      if (!known) {
        known = await shoot(browser, job.page);
        shots.set(job.page, known);
      }
      shot = known;
    }
    const png = await treated(shot.png, job);
    const file = `${job.name}.jpg`;
    const bytes = await shotBytes(png, { photo: job.photo, downscale: job.small, quality: job.quality });
    writeFileSync(join(OUT, file), bytes);
    const typed = typeof job.typed === 'function' ? job.typed(shot) : job.typed;
    manifest.push({ file, group: job.group, layout: job.layout, device, textId: job.text.id, intent: job.text.intent, expected: shot.expected, message: shot.message, typed });
    console.log(file, bytes.length, 'bytes');
  }
  await browser.close();
  if (only) return;
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${manifest.length} images in ${OUT}`);
  if (commit) copySubset(OUT, COMMITTED, COMMIT, manifest);
}

await main();
