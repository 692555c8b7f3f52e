/**
 * The third unseen image set, "unseen3" (issue #18: "on images the project has never seen the
 * same aims hold"). Sets 1 and 2 have been studied and tuned on, so their figures flatter the
 * code; this set was written afterwards by a helper session that writes yardsticks and does not
 * tune, and is measured once, at first sight (tests/fixtures/images-unseen3/README.md).
 * Other apps and paper (scripts/unseen3-layouts.ts), new texts (scripts/unseen3-texts.ts), drawn
 * by Debian's Chromium with set 2's page reader (shoot() of scripts/render-unseen2-images.ts);
 * photos made with scripts/unseen-photo.ts's camera model under settings no earlier set used
 * (night-time lamp light, a flash, daylight from a window with a shadow, a turned page, a small
 * low-quality photo; screens: a feature phone, a TV, a phone at night, in glare, held by a thumb).
 *
 *   node scripts/render-unseen3-images.ts                 → var/unseen3-images/ (all, with manifest.json)
 *   node scripts/render-unseen3-images.ts --commit        → also copies the small subset to tests/fixtures/images-unseen3/
 *   node scripts/render-unseen3-images.ts --commit-only   → only copies the subset from an earlier render in var/
 *   node scripts/render-unseen3-images.ts --only=a,b      → only the images whose names hold a or b (no manifest written)
 *
 * Needs /usr/bin/chromium and Debian's Japanese fonts (fonts-ipafont, fonts-ipaexfont,
 * fonts-takao, fonts-vlgothic, fonts-mplus, fonts-klee, fonts-morisawa-bizud-mincho,
 * fonts-noto-cjk, fonts-noto-color-emoji). Deterministic for a given Chromium and font set
 * (photos are seeded).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../src/runtime/project-paths.ts';
// The manifest's entries are set 1's (tests/fixtures/images-unseen/manifest.json); a type import runs nothing.
import type { UnseenEntry, UnseenGroup } from './render-unseen-images.ts';
import { shoot, shotBytes, type Shot } from './render-unseen2-images.ts';
import type { PhotoParams } from './unseen-photo.ts';
import { copySubset, copySubsetOfEarlierRender } from './unseen-subset.ts';
import {
  copyMenu,
  DEVICES3,
  featurePhoneMail,
  foldedLetter,
  glossyCoupon,
  handMemo,
  instaRequest,
  invoice,
  iosUnknownSender,
  lineOfficialCard,
  messengerChat,
  paragraphs,
  paymentSlip,
  pdfViewer,
  postcardFront,
  rakuPhoneSms,
  receiptSlip,
  scrollCapture,
  splitScreen,
  tvNews,
  verticalPostcard,
  voicemail,
  windowEnvelope,
  xDm,
  ymailApp,
  type Page2,
} from './unseen3-layouts.ts';
import { KEITAI3, MAIL3, PAPER3, SMS3, SNS3, TV3, VOICE3, type PaperText, type UnseenText } from './unseen3-texts.ts';

const OUT = join(PROJECT_ROOT, 'var', 'unseen3-images');
const COMMITTED = join(PROJECT_ROOT, 'tests', 'fixtures', 'images-unseen3');
/** The committed subset: small files (< 80 kB), of several kinds. */
const COMMIT = new Set<string>([
  'messenger-grandson-new-year-small',
  'x-dm-crypto-fax-dm-small',
  'line-official-oa-city-year-end-small',
  'ios-unknown-sender-nhk-unpaid-small',
  'simple-phone-raku-pharmacy-small',
  'copy-menu-copy-daughter-hoken-small',
  'payment-slip-slip-neighbourhood-low',
  'folded-letter-folded-hoken-switch-low',
]);

interface Job {
  name: string;
  group: UnseenGroup;
  layout: string;
  text: UnseenText;
  page: Page2;
  /** What a resident would type instead; a function when it depends on what the image shows (a ticker cut by the screen). */
  typed: string | ((shot: Shot) => string);
  photo?: PhotoParams;
  quality?: number;
  /** Sent small: downscaled (share of the width) and saved at a low JPEG quality, as a chat app's standard image quality or a forward does. */
  small?: { scale: number; quality: number };
}

const mailTyped = (t: UnseenText) => `${t.subject ?? ''}\n${t.body}`;
const paperTyped = (t: PaperText) => [t.subject, t.body, ...(t.table ?? []).map((r) => `${r.label} ${r.value}`), t.after].filter(Boolean).join('\n');

/** A thumb over the screen's left edge (beside the bubbles, over no text), as when a phone is held up to be photographed. */
function withThumb(p: Page2, top: number): Page2 {
  const thumb = `<div style="position:fixed;left:-34px;top:${top}px;width:82px;height:150px;border-radius:41px;background:radial-gradient(ellipse at 70% 30%,#f0c2a2,#cf9370 70%,#a86c4f);transform:rotate(14deg);box-shadow:2px 4px 10px rgba(0,0,0,.35);z-index:9"></div>`;
  return { ...p, html: p.html.replace('</body>', `${thumb}</body>`) };
}

function jobs(): Job[] {
  const L: Job[] = [];
  const D = DEVICES3;
  const shot = (layout: string, text: UnseenText, page: Page2, typed: Job['typed'], quality = 84, small?: Job['small']) => L.push({ name: `${layout}-${text.id}${small ? '-small' : ''}`, group: 'screenshot', layout, text, page, typed, quality, ...(small ? { small } : {}) });

  // Messenger-like chats (a romance scam with the resident's reply, an invitation, a grandson).
  const oilRigPage = messengerChat(SNS3.oilRig, D.pixel8, { reply: 'そんなに困っているの？どうしたらいいか教えて' });
  shot('messenger', SNS3.oilRig, oilRigPage, SNS3.oilRig.body);
  shot('messenger', SNS3.stockAssistant, messengerChat(SNS3.stockAssistant, D.iphone15, { when: '12月7日 8:03' }), SNS3.stockAssistant.body, 86);
  shot('messenger', SNS3.grandsonHome, messengerChat(SNS3.grandsonHome, D.xperia, { reply: 'わかったよ。気をつけておいでね', when: '昨日 20:47' }), SNS3.grandsonHome.body, 80, { scale: 0.5, quality: 60 });
  // Instagram-like message requests, dark.
  shot('insta-request', SNS3.celebrityInvest, instaRequest(SNS3.celebrityInvest, D.iphone15, '3.1万'), SNS3.celebrityInvest.body);
  shot('insta-request', SNS3.giftWinner, instaRequest(SNS3.giftWinner, D.aquos, '842'), SNS3.giftWinner.body, 82);
  // X-like direct messages.
  shot('x-dm', SNS3.accountFreeze, xDm(SNS3.accountFreeze, D.pixel8, '@support_center_jp', true), SNS3.accountFreeze.body);
  shot('x-dm', SNS3.cryptoFax, xDm(SNS3.cryptoFax, D.iphone15, '@shisan_nakajima', false), SNS3.cryptoFax.body, 88, { scale: 0.5, quality: 62 });
  // LINE official accounts with a rich card and the rich menu.
  const menuA = ['お知らせ', 'ポイント確認', '受取口座登録', 'よくある質問', 'お問合せ', '設定'];
  shot('line-official', SNS3.mynapointOa, lineOfficialCard(SNS3.mynapointOa, D.iphone15, { banner: '20,000pt', button: '受け取る', colour: '#e8380d', menu: menuA }), mailTyped(SNS3.mynapointOa));
  const policePage = lineOfficialCard(SNS3.policeOa, D.xperia, { banner: '事件照会', button: '逮捕状を確認する', colour: '#1d3f8f', menu: ['事件照会', '出頭予約', '資産調査', '担当者', '通話', '規約'], dark: true });
  shot('line-official', SNS3.policeOa, policePage, mailTyped(SNS3.policeOa), 82);
  shot('line-official', SNS3.cityOa, lineOfficialCard(SNS3.cityOa, D.aquos, { banner: 'かえで市', button: 'くわしく見る', colour: '#2e8b57', menu: ['ごみの日', '防災', '子育て', '健康', '窓口', '市報'] }), mailTyped(SNS3.cityOa), 86, { scale: 0.55, quality: 58 });
  // Android split screen: the SMS above, the page its link opened below.
  shot('split-screen', SMS3.splitRedelivery, splitScreen(SMS3.splitRedelivery, D.pixel8), SMS3.splitRedelivery.body);
  shot('split-screen', SMS3.splitPublicAccount, splitScreen(SMS3.splitPublicAccount, D.xperia), SMS3.splitPublicAccount.body, 80);
  // iOS Messages from an unknown sender.
  const hokenPage = iosUnknownSender(SMS3.hokenStop, D.iphone15, false);
  shot('ios-unknown-sender', SMS3.hokenStop, hokenPage, SMS3.hokenStop.body);
  shot('ios-unknown-sender', SMS3.nhkUnpaid, iosUnknownSender(SMS3.nhkUnpaid, D.iphoneSe3, true), SMS3.nhkUnpaid.body, 82, { scale: 0.6, quality: 60 });
  // A PDF viewer showing a notice fitted to the phone's width.
  shot('pdf-viewer', MAIL3.lawsuitPdf, pdfViewer(MAIL3.lawsuitPdf, D.pixel8, '訴訟最終通知書_0412.pdf', true), mailTyped(MAIL3.lawsuitPdf));
  shot('pdf-viewer', MAIL3.cityPdf, pdfViewer(MAIL3.cityPdf, D.iphone15, 'mynumber_kyujitsu_202612.pdf', false), mailTyped(MAIL3.cityPdf), 86);
  // A Yahoo!メール-like phone app.
  shot('ymail-app', MAIL3.cardStopped, ymailApp(MAIL3.cardStopped, D.iphone15), mailTyped(MAIL3.cardStopped));
  shot('ymail-app', MAIL3.certExpiryFake, ymailApp(MAIL3.certExpiryFake, D.xperia), mailTyped(MAIL3.certExpiryFake), 80);
  // A long mail in one scrolling screenshot.
  shot('scroll-capture', MAIL3.medicalRefundLong, scrollCapture(MAIL3.medicalRefundLong, { ...D.longCapture, height: 1120 }, 'メール', '#c8102e'), mailTyped(MAIL3.medicalRefundLong), 82);
  shot('scroll-capture', MAIL3.certNoticeGenuine, scrollCapture(MAIL3.certNoticeGenuine, { ...D.longCapture, height: 980 }, 'メール', '#0067b8'), mailTyped(MAIL3.certNoticeGenuine), 82);
  // A simple phone for seniors.
  const rakuFeePage = rakuPhoneSms(SMS3.renewalFee, D.rakuPhone);
  shot('simple-phone', SMS3.renewalFee, rakuFeePage, SMS3.renewalFee.body);
  shot('simple-phone', SMS3.pharmacy, rakuPhoneSms(SMS3.pharmacy, D.rakuPhone), SMS3.pharmacy.body, 88, { scale: 0.5, quality: 60 });
  // The bubble's text selected, the copy menu over the thread.
  shot('copy-menu', SMS3.homeVisit, copyMenu(SMS3.homeVisit, D.iphone15, 'かえで市役所です。先日お送りしたアンケートのご回答、ありがとうございました。'), SMS3.homeVisit.body);
  shot('copy-menu', SMS3.daughterHoken, copyMenu(SMS3.daughterHoken, D.iphoneSe3, '日曜はお昼に迎えに行くね'), SMS3.daughterHoken.body, 80, { scale: 0.6, quality: 60 });
  // A transcribed voicemail.
  const others = [{ who: '内科 たかはし医院', when: '昨日' }, { who: '恵子', when: '12/4' }, { who: '+81 90-0000-5512', when: '12/1' }];
  const vmPage = voicemail(VOICE3.policeCallback, D.iphone15, others);
  shot('voicemail', VOICE3.policeCallback, vmPage, VOICE3.policeCallback.body);
  shot('voicemail', VOICE3.nameLending, voicemail(VOICE3.nameLending, D.iphoneSe3, others.slice(1)), VOICE3.nameLending.body, 82);

  // Photos of paper, with settings no earlier set used.
  const portrait = { width: 1536, height: 2048 };
  const landscape = { width: 2048, height: 1536 };
  /** Evening, under a warm ceiling lamp off to one side: dark corners, orange light, noise, a little shake. */
  const night = (seed: number, frame = portrait): PhotoParams => ({ seed, ...frame, corners: [[0.08, 0.1], [0.9, 0.07], [0.95, 0.92], [0.06, 0.95]], curl: 0.004, light: { x: 0.1, y: 0, falloff: 0.75 }, tint: [1, 0.8, 0.52], surround: 'desk', blur: 1.3, motion: 3, noise: 15, quality: 55 });
  /** Daylight from a window on the right, the phone's shadow over the left part. */
  const daylight = (seed: number, frame = portrait): PhotoParams => ({ seed, ...frame, corners: [[0.06, 0.06], [0.93, 0.04], [0.95, 0.96], [0.04, 0.94]], curl: 0.003, light: { x: 1, y: 0.45, falloff: 0.55 }, shadow: { x: 0.3, y: 0.5, angle: 180, depth: 0.45, softness: 0.04 }, tint: [0.96, 0.99, 1.04], surround: 'desk', blur: 0.8, motion: 0, noise: 6, quality: 70 });
  /** The page turned about ten degrees in the frame. */
  const tilted = (seed: number, frame = portrait): PhotoParams => ({ seed, ...frame, corners: frame.width > frame.height ? [[0.06, 0.3], [0.92, 0.18], [0.95, 0.68], [0.09, 0.8]] : [[0.17, 0.04], [0.95, 0.14], [0.83, 0.97], [0.05, 0.87]], curl: 0.005, light: { x: 0.4, y: 0.3, falloff: 0.35 }, tint: [1, 0.97, 0.92], surround: 'desk', blur: 0.9, motion: 0, noise: 6, quality: 68 });
  /** The phone's flash: bright middle, dark edges, cool light (the glare itself is on the glossy card). */
  const flash = (seed: number, frame = landscape): PhotoParams => ({ seed, ...frame, corners: [[0.07, 0.12], [0.93, 0.1], [0.94, 0.88], [0.06, 0.9]], curl: 0.002, light: { x: 0.5, y: 0.45, falloff: 0.8 }, tint: [0.98, 1, 1.04], surround: 'desk', blur: 0.7, motion: 0, noise: 5, quality: 76 });
  /** A small, strongly compressed photo (an old phone, or "send smaller"). */
  const low = (seed: number): PhotoParams => ({ seed, width: 960, height: 1280, corners: [[0.05, 0.07], [0.94, 0.05], [0.96, 0.95], [0.03, 0.93]], curl: 0.004, light: { x: 0.5, y: 0.3, falloff: 0.3 }, tint: [1, 0.98, 0.94], surround: 'desk', blur: 0.6, motion: 0, noise: 3, quality: 42 });
  /** Close and square on, the page filling the frame, good light. */
  const close = (seed: number): PhotoParams => ({ seed, width: 1200, height: 1600, corners: [[0.04, 0.04], [0.96, 0.05], [0.95, 0.97], [0.05, 0.96]], curl: 0.002, light: { x: 0.55, y: 0.35, falloff: 0.2 }, tint: [1, 1, 0.97], surround: 'desk', blur: 0.5, motion: 0, noise: 3, quality: 85 });
  const paper = (t: PaperText, layout: string, page: Page2, photos: [string, PhotoParams][], typed: string = paperTyped(t)) => {
    for (const [how, params] of photos) L.push({ name: `${layout}-${t.id}-${how}`, group: 'paper-photo', layout, text: t, page, typed, photo: params });
  };
  const P = PAPER3;
  const envTyped = (t: PaperText) => [t.subject, t.body, ...(t.table ?? []).map((r) => `${r.label} ${r.value}`)].join('\n');
  paper(P.envelopeRefund, 'window-envelope', windowEnvelope(P.envelopeRefund, true), [['night', night(501)]], envTyped(P.envelopeRefund));
  paper(P.envelopeGenuine, 'window-envelope', windowEnvelope(P.envelopeGenuine, false), [['daylight', daylight(502)]], envTyped(P.envelopeGenuine));
  paper(P.slipLawsuit, 'payment-slip', paymentSlip(P.slipLawsuit), [['tilted', tilted(503, landscape)]]);
  paper(P.slipNeighbourhood, 'payment-slip', paymentSlip(P.slipNeighbourhood), [['low', { ...low(504), width: 1280, height: 960, corners: [[0.04, 0.22], [0.95, 0.2], [0.96, 0.76], [0.03, 0.79]] }]]);
  paper(P.invoiceAgency, 'invoice', invoice(P.invoiceAgency), [['close', close(505)], ['night', night(506)]]);
  paper(P.postcardGold, 'postcard-vertical', verticalPostcard(P.postcardGold), [['tilted', tilted(507)]]);
  const first = (t: PaperText) => `${t.subject ?? ''}\n${paragraphs(t.body).slice(0, 2).join('')}`;
  paper(P.postcardGold, 'postcard-address-side', postcardFront(P.postcardGold), [['daylight', daylight(508)]], first(P.postcardGold));
  paper(P.memoRefund, 'handwritten-memo', handMemo(P.memoRefund, false), [['daylight', daylight(509)]], P.memoRefund.body);
  paper(P.memoPin, 'handwritten-memo', handMemo(P.memoPin, true), [['night', night(510)]], P.memoPin.body);
  paper(P.receiptCard, 'receipt-slip', receiptSlip(P.receiptCard), [['tilted', tilted(511)]]);
  paper(P.foldedHoken, 'folded-letter', foldedLetter(P.foldedHoken), [['close', close(512)], ['low', low(513)]]);
  paper(P.glossyPoint, 'glossy-flash', glossyCoupon(P.glossyPoint), [['flash', flash(514)]]);

  // Photos of screens.
  const screen = (layout: string, t: UnseenText, page: Page2, typed: Job['typed'], params: PhotoParams, suffix = '') => L.push({ name: `${layout}-${t.id}${suffix}`, group: 'screen-photo', layout, text: t, page, typed, photo: params });
  const keitai: PhotoParams = { seed: 601, ...portrait, corners: [[0.3, 0.25], [0.7, 0.24], [0.71, 0.72], [0.29, 0.73]], curl: 0, light: { x: 0.5, y: 0.3, falloff: 0.4 }, tint: [1, 1, 1], surround: 'desk', screen: { grid: 0.35, glare: 0.25 }, blur: 1, motion: 0, noise: 8, quality: 64 };
  screen('feature-phone', KEITAI3.dentist, featurePhoneMail(KEITAI3.dentist, D.keitai), mailTyped(KEITAI3.dentist), keitai);
  screen('feature-phone', KEITAI3.leakThreat, featurePhoneMail(KEITAI3.leakThreat, D.keitai), mailTyped(KEITAI3.leakThreat), { ...keitai, seed: 602, corners: [[0.24, 0.2], [0.66, 0.26], [0.7, 0.78], [0.22, 0.74]], light: { x: 0.1, y: 0, falloff: 0.7 }, surround: 'dark', noise: 14, blur: 1.3, motion: 3, quality: 55 });
  screen('tv-news', TV3.policeWarning, tvNews(TV3.policeWarning), (s) => s.message, { seed: 603, width: 2048, height: 1152, corners: [[0.08, 0.12], [0.93, 0.06], [0.95, 0.9], [0.06, 0.95]], curl: 0, light: { x: 0.5, y: 0.5, falloff: 0.4 }, tint: [1, 1, 1], surround: 'dark', screen: { grid: 0.4, glare: 0.5 }, blur: 1.4, motion: 0, noise: 7, quality: 60 });
  const phoneNight: PhotoParams = { seed: 604, ...portrait, corners: [[0.2, 0.08], [0.82, 0.1], [0.8, 0.93], [0.17, 0.9]], curl: 0, light: { x: 0.3, y: 0.2, falloff: 0.6 }, tint: [1, 1, 1], surround: 'dark', screen: { grid: 0.3, glare: 0.1 }, blur: 1.3, motion: 3, noise: 14, quality: 55 };
  screen('phone-photo-night', SNS3.oilRig, oilRigPage, SNS3.oilRig.body, phoneNight);
  screen('phone-photo-night', VOICE3.policeCallback, vmPage, VOICE3.policeCallback.body, { ...phoneNight, seed: 605, corners: [[0.16, 0.1], [0.79, 0.06], [0.84, 0.9], [0.2, 0.94]] });
  screen('phone-photo-thumb', SNS3.policeOa, withThumb(policePage, 330), mailTyped(SNS3.policeOa), { seed: 606, ...portrait, corners: [[0.15, 0.07], [0.85, 0.07], [0.86, 0.94], [0.14, 0.94]], curl: 0, light: { x: 0.5, y: 0.2, falloff: 0.35 }, tint: [1, 1, 1], surround: 'desk', screen: { grid: 0.25, glare: 0.2 }, blur: 0.9, motion: 0, noise: 6, quality: 70 });
  screen('phone-photo-glare', SMS3.hokenStop, hokenPage, SMS3.hokenStop.body, { seed: 607, ...portrait, corners: [[0.17, 0.09], [0.83, 0.08], [0.85, 0.93], [0.15, 0.92]], curl: 0, light: { x: 0.8, y: 0.1, falloff: 0.3 }, tint: [1, 1, 1], surround: 'desk', screen: { grid: 0.2, glare: 0.8 }, blur: 0.9, motion: 0, noise: 5, quality: 70 });
  screen('phone-photo-glare', SMS3.renewalFee, rakuFeePage, SMS3.renewalFee.body, { seed: 608, ...portrait, corners: [[0.12, 0.12], [0.86, 0.1], [0.88, 0.9], [0.1, 0.92]], curl: 0, light: { x: 0.2, y: 0.2, falloff: 0.35 }, tint: [1, 1, 1], surround: 'desk', screen: { grid: 0.22, glare: 0.65 }, blur: 1.1, motion: 2, noise: 7, quality: 62 });
  return L;
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
  for (const job of jobs()) {
    if (only && !only.split(',').some((o) => job.name.includes(o))) continue;
    let shot = shots.get(job.page);
    if (!shot) {
      shot = await shoot(browser, job.page);
      shots.set(job.page, shot);
    }
    const file = `${job.name}.jpg`;
    const bytes = await shotBytes(shot.png, { photo: job.photo, downscale: job.small, quality: job.quality });
    writeFileSync(join(OUT, file), bytes);
    const typed = typeof job.typed === 'function' ? job.typed(shot) : job.typed;
    manifest.push({ file, group: job.group, layout: job.layout, device: job.page.device.name, textId: job.text.id, intent: job.text.intent, expected: shot.expected, message: shot.message, typed });
    console.log(file, bytes.length, 'bytes');
  }
  await browser.close();
  if (only) return;
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${manifest.length} images in ${OUT}`);
  if (commit) copySubset(OUT, COMMITTED, COMMIT, manifest);
}

await main();
