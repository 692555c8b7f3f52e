/**
 * HTML/CSS mock-ups for the second unseen image set (scripts/render-unseen2-images.ts): apps and
 * paper that neither the project's own set (tests/support/render-screenshots.ts) nor the first
 * unseen set (scripts/unseen-layouts.ts) draws: a mail app in dark mode, an SMS app with a link
 * preview card, enlarged system text (as elderly users set it), a phone in landscape, a tablet
 * split view, a notification list, a LINE reply quoting a message, a forwarded message, a desktop
 * browser with a phishing form, a desktop mail client, a photo viewer showing a screenshot, and
 * paper in Mincho/serif faces: a letter with a 記 table and a square seal, a pressure-sealed
 * postcard, a flyer, a visit slip, a neighbourhood circular.
 * As in the first set, the known text is read back from the laid-out page: elements marked
 * `data-gt="m"` hold the message, `data-gt="e"` the rest of what a reader sees.
 */
import { esc, page, type Device, type Page } from './unseen-layouts.ts';
import type { PaperText, UnseenText } from './unseen2-texts.ts';

export type { Device, Page };

/** A page, and the part of it the user kept when cropping the screenshot (CSS px). */
export interface Page2 extends Page {
  crop?: { x: number; y: number; width: number; height: number };
}

export const DEVICES2 = {
  galaxy: { name: 'galaxy-412', width: 412, height: 915, scale: 2.625 },
  pixelSmall: { name: 'android-393', width: 393, height: 851, scale: 2.75 },
  iphone12mini: { name: 'iphone-12mini', width: 375, height: 812, scale: 3 },
  iphone14: { name: 'iphone-14', width: 390, height: 844, scale: 3 },
  phoneLandscape: { name: 'android-landscape', width: 851, height: 393, scale: 2.75 },
  ipadLandscape: { name: 'ipad-landscape', width: 1180, height: 820, scale: 2 },
  desktopFhd: { name: 'desktop-1920', width: 1920, height: 1080, scale: 1 },
  laptop: { name: 'laptop-1536', width: 1536, height: 864, scale: 1.25 },
  a4: { name: 'a4', width: 794, height: 1123, scale: 2 },
  postcardWide: { name: 'postcard-open', width: 839, height: 567, scale: 2 },
  slip: { name: 'b5-slip', width: 640, height: 900, scale: 2 },
} satisfies Record<string, Device>;

/** `\n` as line breaks; links coloured (and underlined when asked). */
export function rich(text: string, link: string, underline = true): string {
  return text
    .split('\n')
    .map((l) => esc(l).replace(/(https?:\/\/[^\s]+)/g, `<span style="color:${link};${underline ? 'text-decoration:underline' : ''}">$1</span>`))
    .join('<br>');
}

const firstLink = (text: string) => /https?:\/\/[^\s]+/.exec(text)?.[0];
const domainOf = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/.*$/, '');

/** A status bar drawn with shapes; only the clock (and an Android battery %) is text, and it is not counted. */
function bar(fg: string, clock: string, opts: { android: boolean; height?: number; battery?: number; fontPx?: number }): string {
  const b = opts.battery ?? 63;
  const sig = [3, 6, 9, 12].map((h) => `<i style="display:inline-block;width:3px;height:${h}px;background:${fg};margin-left:2px"></i>`).join('');
  return `<div style="height:${opts.height ?? 32}px;display:flex;align-items:center;justify-content:space-between;padding:0 18px;color:${fg};font-size:${opts.fontPx ?? 13}px;font-weight:600;flex:none">
<span>${clock}</span><span style="display:flex;align-items:flex-end;gap:3px">${sig}<i style="display:inline-block;width:22px;height:11px;border:1.5px solid ${fg};border-radius:3px;margin-left:6px;padding:1px"><i style="display:block;height:100%;width:${b}%;background:${fg}"></i></i>${opts.android ? `<span style="margin-left:3px">${b}%</span>` : ''}</span></div>`;
}

/** A mail opened in a phone mail app in dark mode (an Outlook-like reader). */
export function mailDark(t: UnseenText, device: Device, fontPx = 15): Page2 {
  const [name, address] = t.sender.includes('<') ? [t.sender.replace(/\s*<.*$/, ''), t.sender.replace(/^.*</, '').replace(/>$/, '')] : [t.sender, ''];
  const body = `${bar('#e8e8e8', '21:34', { android: true })}
<div class="top"><span>←</span><span class="acts">🗑　⤓　⋯</span></div>
<div class="scroll"><div class="subj" data-gt="m">${esc(t.subject ?? '')}</div>
<div class="from"><div class="av">${esc([...name][0] ?? '?')}</div><div class="who"><div data-gt="e">${esc(name)}</div><div class="addr" data-gt="e">${esc(address)}</div></div><div class="when" data-gt="e">昨日 18:02</div></div>
<div class="to" data-gt="e">宛先: 自分</div>
<div class="text" data-gt="m">${rich(t.body, '#7fb3ff')}</div></div>
<div class="bottom"><span>↩ 返信</span><span>↪ 全員に返信</span><span>→ 転送</span></div>`;
  const css = `body{background:#1b1b1b;color:#e6e6e6;display:flex;flex-direction:column}
.top{flex:none;height:50px;display:flex;align-items:center;padding:0 16px;font-size:20px;color:#cfcfcf}.top .acts{margin-left:auto;font-size:17px}
.scroll{flex:1;overflow:hidden;padding:6px 18px}
.subj{font-size:${fontPx + 6}px;font-weight:700;line-height:1.4;margin-bottom:16px;color:#fff}
.from{display:flex;align-items:center;gap:10px;font-size:${fontPx - 1}px}
.av{width:38px;height:38px;border-radius:50%;background:#8a5cf6;color:#fff;display:flex;align-items:center;justify-content:center;font-size:17px;flex:none}
.who{flex:1;min-width:0}.addr{color:#9b9b9b;font-size:${fontPx - 3}px;word-break:break-all}.when{color:#9b9b9b;font-size:12px;align-self:flex-start}
.to{color:#9b9b9b;font-size:12px;margin:8px 0 16px 48px}
.text{font-size:${fontPx}px;line-height:1.7;word-break:break-all;color:#dcdcdc}
.bottom{flex:none;display:flex;justify-content:space-around;padding:12px 8px 18px;border-top:1px solid #333;font-size:13px;color:#cfcfcf}`;
  return page(body, css, device, "'IPAGothic'");
}

/** An SMS app (Galaxy-style) where the link unfolds into a preview card under the bubble. */
export function smsPreview(t: UnseenText, device: Device, dark: boolean, opts: { fontPx?: number; cardTitle?: string } = {}): Page2 {
  const fs = opts.fontPx ?? 16;
  const c = dark ? { bg: '#0f0f0f', fg: '#f0f0f0', sub: '#9a9a9a', bub: '#2a2a2a', card: '#222', link: '#8ab4f8' } : { bg: '#f7f7f7', fg: '#111', sub: '#777', bub: '#ffffff', card: '#eef0f3', link: '#1558d6' };
  const link = firstLink(t.body);
  const card = link
    ? `<div class="card"><div class="img"><span>🌐</span></div><div class="ct" data-gt="e">${esc(opts.cardTitle ?? 'ログイン | お客様サポート')}</div><div class="cd" data-gt="e">${esc(domainOf(link))}</div></div>`
    : '';
  const body = `${bar(c.fg, '9:08', { android: true })}
<div class="hd"><span class="back">‹</span><div class="nm" data-gt="e">${esc(t.sender)}</div><span class="ic">☏　⋮</span></div>
<div class="scroll"><div class="list"><div class="date" data-gt="e">2026年12月7日 月曜日</div>
<div class="row"><div class="av">${esc([...t.sender.replace(/^\+81\s*/, '')][0] ?? '?')}</div><div class="col"><div class="bub" data-gt="m">${rich(t.body, c.link)}</div>${card}</div><div class="tm" data-gt="e">午前 9:02</div></div></div></div>
<div class="compose"><span>＋</span><div class="field">メッセージを入力</div><span>🎤</span></div>`;
  const css = `body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column}
.hd{flex:none;height:58px;display:flex;align-items:center;gap:14px;padding:0 14px}.back{font-size:30px}.nm{font-size:19px;font-weight:600}.ic{margin-left:auto;font-size:18px;color:${c.sub}}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:10px 0 14px}
.date{text-align:center;font-size:12px;color:${c.sub};margin-bottom:14px}
.row{display:flex;align-items:flex-end;gap:6px;padding:0 10px}
.av{width:34px;height:34px;border-radius:50%;background:#f08a5d;color:#fff;display:flex;align-items:center;justify-content:center;font-size:14px;flex:none;align-self:flex-start}
.col{max-width:74%;display:flex;flex-direction:column;gap:4px}
.bub{background:${c.bub};border-radius:4px 20px 20px 20px;padding:10px 14px;font-size:${fs}px;line-height:1.5;word-break:break-all;${dark ? '' : 'box-shadow:0 1px 1px rgba(0,0,0,.08);'}}
.card{background:${c.card};border-radius:14px;overflow:hidden;font-size:13px}
.img{height:92px;background:linear-gradient(135deg,#3c6fd1,#8fb3f0);display:flex;align-items:center;justify-content:center;font-size:30px}
.ct{padding:8px 12px 2px;font-weight:700;font-size:${fs - 2}px}.cd{padding:0 12px 10px;color:${c.sub};font-size:12px}
.tm{font-size:11px;color:${c.sub};white-space:nowrap}
.compose{flex:none;display:flex;align-items:center;gap:12px;padding:10px 14px 22px;color:${c.sub};font-size:20px}
.field{flex:1;border-radius:22px;background:${dark ? '#262626' : '#fff'};padding:9px 16px;font-size:15px;color:${c.sub}}`;
  return page(body, css, device, "'TakaoGothic'");
}

/** iOS-like Messages with the system text enlarged (accessibility sizes): few words per line, the top cut by the header. */
export function smsLargeText(t: UnseenText, device: Device, fontPx: number, opts: { earlier?: string } = {}): Page2 {
  const earlier = opts.earlier ? `<div class="row"><div class="bub" data-gt="m">${rich(opts.earlier, '#0a60ff')}</div></div>` : '';
  const body = `<div class="head">${bar('#000', '10:41', { android: false, height: 40, fontPx: 16 })}<div class="hd"><span class="back">‹</span><div class="av"></div><div class="nm" data-gt="e">${esc(t.sender)} ›</div></div></div>
<div class="scroll"><div class="list">${earlier}<div class="date" data-gt="e">今日 10:38</div><div class="row"><div class="bub" data-gt="m">${rich(t.body, '#0a60ff')}</div></div></div></div>
<div class="compose"><span>⊕</span><div class="field">iMessage</div></div>`;
  const css = `body{background:#fff;color:#000;display:flex;flex-direction:column}
.head{flex:none;background:#f2f2f4;border-bottom:1px solid #d0d0d4}
.hd{height:${Math.round(fontPx * 3.2)}px;display:flex;flex-direction:column;align-items:center;justify-content:center;position:relative;gap:2px}
.back{position:absolute;left:10px;top:8px;font-size:${fontPx + 16}px;color:#0a60ff;line-height:1}
.av{width:${fontPx + 14}px;height:${fontPx + 14}px;border-radius:50%;background:linear-gradient(#b5b9c3,#8c909b)}
.nm{font-size:${Math.round(fontPx * 0.62)}px}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:6px 0 10px}
.date{text-align:center;color:#8a8a8e;font-size:${Math.round(fontPx * 0.6)}px;margin:10px 0}
.row{display:flex;padding:3px 10px}
.bub{max-width:88%;background:#e9e9eb;border-radius:${Math.round(fontPx * 0.9)}px;padding:${Math.round(fontPx * 0.35)}px ${Math.round(fontPx * 0.55)}px;font-size:${fontPx}px;line-height:1.3;word-break:break-all}
.compose{flex:none;display:flex;align-items:center;gap:8px;padding:8px 10px 26px;font-size:${fontPx}px;color:#8a8a8e}
.field{flex:1;border:1px solid #c8c8cc;border-radius:20px;padding:4px 14px;font-size:${Math.round(fontPx * 0.8)}px}`;
  return page(body, css, device, "'VL Gothic'");
}

/** An Android SMS thread with the phone turned sideways: short and wide, the bubble spanning half the width. */
export function smsLandscape(t: UnseenText, device: Device): Page2 {
  const body = `${bar('#222', '13:27', { android: true, height: 24 })}
<div class="hd"><span>←</span><div class="nm" data-gt="e">${esc(t.sender)}</div><span class="ic">☏　⋮</span></div>
<div class="scroll"><div class="list"><div class="date" data-gt="e">12月7日（月）</div><div class="row"><div class="bub" data-gt="m">${rich(t.body, '#1a5fd0')}</div><div class="tm" data-gt="e">13:21</div></div></div></div>
<div class="compose"><div class="field">テキストメッセージ</div><span>➤</span></div>`;
  const css = `body{background:#fff;color:#1c1c1c;display:flex;flex-direction:column}
.hd{flex:none;height:46px;display:flex;align-items:center;gap:16px;padding:0 18px;font-size:20px;border-bottom:1px solid #e2e2e2}.nm{font-size:17px;font-weight:600}.ic{margin-left:auto;font-size:16px;color:#666}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:4px 0 8px}
.date{text-align:center;font-size:11px;color:#777;margin:4px 0 8px}
.row{display:flex;align-items:flex-end;gap:8px;padding:0 60px 0 18px}
.bub{max-width:62%;background:#e7edf8;border-radius:18px;padding:9px 14px;font-size:15px;line-height:1.45;word-break:break-all}
.tm{font-size:11px;color:#777}
.compose{flex:none;display:flex;align-items:center;gap:12px;padding:6px 18px 8px;font-size:18px;color:#1a5fd0}
.field{flex:1;background:#f0f2f5;border-radius:20px;padding:7px 16px;font-size:14px;color:#777}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A tablet mail app in landscape: the inbox list on the left (other mails' previews), the opened mail on the right. */
export function tabletMail(t: UnseenText, others: readonly { from: string; subject: string; preview: string }[]): Page2 {
  const device = DEVICES2.ipadLandscape;
  const [name, address] = t.sender.includes('<') ? [t.sender.replace(/\s*<.*$/, ''), t.sender.replace(/^.*</, '').replace(/>$/, '')] : [t.sender, ''];
  const items = [{ from: name, subject: t.subject ?? '', preview: t.body.split('\n')[0] ?? '', on: true }, ...others.map((o) => ({ ...o, on: false }))]
    .map((m) => `<div class="it${m.on ? ' on' : ''}"><div class="f"><span data-gt="e">${esc(m.from)}</span><span class="d" data-gt="e">${m.on ? '8:15' : '昨日'}</span></div><div class="s" data-gt="e">${esc(m.subject)}</div><div class="p" data-gt="e">${esc(m.preview)}</div></div>`)
    .join('');
  const body = `${bar('#000', '8:21', { android: false, height: 28 })}
<div class="main"><div class="list"><div class="lt" data-gt="e">受信</div><div class="srch">検索</div>${items}</div>
<div class="read"><div class="tools">⚑　🗂　🗑　↩　✎</div><div class="from"><div class="av">${esc([...name][0] ?? '?')}</div><div><div class="nm" data-gt="e">${esc(name)}</div><div class="ad" data-gt="e">${esc(address)}</div><div class="to" data-gt="e">宛先: 田中 和子</div></div><div class="dt" data-gt="e">今日 8:15</div></div>
<div class="subj" data-gt="m">${esc(t.subject ?? '')}</div><div class="text" data-gt="m">${rich(t.body, '#0a66d8')}</div></div></div>`;
  const css = `body{background:#fff;color:#111;display:flex;flex-direction:column}
.main{flex:1;display:flex;overflow:hidden}
.list{width:360px;flex:none;background:#f7f7f8;border-right:1px solid #d6d6da;overflow:hidden;padding:8px 0}
.lt{font-size:30px;font-weight:800;padding:6px 18px}.srch{margin:6px 16px 10px;background:#e6e6ea;border-radius:10px;padding:7px 12px;color:#8a8a8e;font-size:15px}
.it{padding:10px 18px 12px 26px;border-bottom:1px solid #e1e1e5}.it.on{background:#0a7aff;color:#fff}.it.on .p,.it.on .d{color:#e6f0ff}
.f{display:flex;justify-content:space-between;font-weight:700;font-size:15px}.d{font-weight:400;color:#8a8a8e;font-size:13px}
.s{font-size:14px;margin:2px 0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.p{font-size:13px;color:#6b6b70;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.read{flex:1;padding:10px 40px;overflow:hidden}
.tools{text-align:right;font-size:20px;color:#0a7aff;letter-spacing:8px;margin-bottom:14px}
.from{display:flex;gap:14px;align-items:flex-start;border-bottom:1px solid #e1e1e5;padding-bottom:12px}
.av{width:44px;height:44px;border-radius:50%;background:#a2a7b3;color:#fff;display:flex;align-items:center;justify-content:center;font-size:19px;flex:none}
.nm{font-weight:700;font-size:17px}.ad,.to{color:#6b6b70;font-size:14px}.dt{margin-left:auto;color:#6b6b70;font-size:14px}
.subj{font-size:23px;font-weight:700;margin:18px 0 14px;line-height:1.4}
.text{font-size:17px;line-height:1.75;word-break:break-all}`;
  return page(body, css, device, "'IPAPGothic'");
}

/** The Android notification shade: quick settings, then several notifications; `message` is one of them. */
export function notificationList(t: UnseenText, device: Device, others: readonly { app: string; title: string; text: string; when: string }[], at: number): Page2 {
  const note = (n: { app: string; title: string; text: string; when: string }, mine: boolean) =>
    `<div class="n"><div class="nh"><span class="ai">${mine ? '✉' : '●'}</span><span data-gt="e">${esc(n.app)}</span><span class="w" data-gt="e">・${esc(n.when)}</span></div><div class="nt" data-gt="${mine ? 'm' : 'e'}">${esc(n.title)}</div><div class="nx" data-gt="${mine ? 'm' : 'e'}">${esc(n.text)}</div></div>`;
  const list = others.map((o) => note(o, false));
  list.splice(at, 0, note({ app: 'メッセージ', title: t.sender, text: t.body, when: '2分前' }, true));
  const tiles = ['Wi-Fi', 'Bluetooth', 'マナーモード', 'ライト', '自動回転', '機内モード'].map((x) => `<div class="tile">${x}</div>`).join('');
  const body = `<div class="qs"><div class="clock" data-gt="e">10:47</div><div class="date" data-gt="e">12月7日(月)</div><div class="tiles">${tiles}</div></div>
<div class="notes">${list.join('')}</div><div class="foot"><span>管理</span><span>すべて消去</span></div>`;
  const css = `body{background:#202124;color:#e8eaed;padding:10px 12px}
.qs{padding:8px 6px 14px}.clock{font-size:34px;font-weight:300}.date{font-size:14px;color:#bdc1c6;margin-bottom:12px}
.tiles{display:grid;grid-template-columns:1fr 1fr;gap:8px}.tile{background:#3c4043;border-radius:18px;padding:12px 14px;font-size:13px;color:#e8eaed}
.notes{display:flex;flex-direction:column;gap:3px;margin-top:6px}
.n{background:#2d2e31;border-radius:6px;padding:12px 14px}.n:first-child{border-radius:22px 22px 6px 6px}.n:last-child{border-radius:6px 6px 22px 22px}
.nh{display:flex;align-items:center;gap:6px;font-size:12px;color:#bdc1c6}.ai{width:18px;height:18px;border-radius:50%;background:#8ab4f8;color:#202124;font-size:11px;display:inline-flex;align-items:center;justify-content:center}
.nt{font-size:15px;font-weight:700;margin:5px 0 2px}.nx{font-size:14px;line-height:1.45;color:#d5d7da;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden;word-break:break-all}
.foot{display:flex;justify-content:space-between;padding:14px 10px;font-size:13px;color:#8ab4f8}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A LINE chat where the resident replies to a message by quoting it (the quote shows its first line). */
export function lineQuote(t: UnseenText, device: Device, question: string, dark: boolean): Page2 {
  const c = dark ? { bg: '#22262e', head: '#2b2f38', fg: '#eee', bub: '#3a3f4a', sub: '#a8adb8' } : { bg: '#9bb5dc', head: '#f7f8fa', fg: '#111', bub: '#fff', sub: '#2f3d55' };
  const body = `${bar(c.fg, '15:06', { android: false })}
<div class="hd"><span class="back">‹</span><span class="nm" data-gt="e">${esc(t.sender)}</span><span class="ic">⌕　☏　≡</span></div>
<div class="scroll"><div class="list"><div class="date"><span data-gt="e">今日</span></div>
<div class="row in"><div class="av"></div><div class="col"><div class="who" data-gt="e">${esc(t.sender)}</div><div class="line"><div class="bub" data-gt="m">${rich(t.body, '#2d6ad3')}</div><div class="tm" data-gt="e">14:52</div></div></div></div>
<div class="row out"><div class="line"><div class="tm r" data-gt="e">既読<br>15:05</div><div class="bub mine"><div class="q"><div class="qn" data-gt="e">${esc(t.sender)}</div><div class="qt" data-gt="e">${esc(t.body.replace(/\n/g, ' '))}</div></div><div data-gt="m">${esc(question)}</div></div></div></div>
</div></div>
<div class="compose"><span>＋</span><span>◎</span><div class="field">Aa</div><span>☺</span></div>`;
  const css = `body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column}
.hd{flex:none;height:50px;display:flex;align-items:center;gap:10px;padding:0 12px;background:${c.head}}.back{font-size:30px}.nm{font-size:16px;font-weight:700;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:60%}.ic{margin-left:auto;font-size:16px;letter-spacing:4px}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:6px 0 12px}
.date{text-align:center;margin:6px 0 10px}.date span{background:rgba(0,0,0,.2);color:#fff;font-size:11px;padding:2px 10px;border-radius:10px}
.row{display:flex;gap:8px;padding:4px 10px}.row.out{justify-content:flex-end}
.av{width:36px;height:36px;border-radius:50%;background:#d9dde5 radial-gradient(circle at 50% 40%,#7a8aa8 0 28%,transparent 29%);flex:none}
.col{display:flex;flex-direction:column;gap:3px;max-width:74%}.who{font-size:11px;color:${c.sub}}
.line{display:flex;align-items:flex-end;gap:5px}
.bub{background:${c.bub};border-radius:17px;padding:9px 12px;font-size:15px;line-height:1.5;word-break:break-all}
.bub.mine{background:#06c755;color:#fff;max-width:76vw;min-width:200px}
.q{border-bottom:1px solid rgba(255,255,255,.45);padding-bottom:6px;margin-bottom:6px;font-size:12px;max-width:240px}.qn{font-weight:700}.qt{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;opacity:.9}
.tm{font-size:10px;color:${c.sub};white-space:nowrap}.tm.r{text-align:right}
.compose{flex:none;display:flex;align-items:center;gap:12px;padding:8px 12px 24px;background:${c.head};color:#888;font-size:20px}.field{flex:1;background:${dark ? '#3a3f4a' : '#eef0f3'};border-radius:18px;padding:6px 12px;font-size:15px}`;
  return page(body, css, device, "'IPAexGothic'");
}

/** A family group chat in a messenger app where a relative forwarded a message (framed, labelled 転送), with a note under it. */
export function forwardedMessage(t: UnseenText, device: Device, group: string, who: string, note: string): Page2 {
  const body = `${bar('#111', '19:40', { android: true })}
<div class="hd"><span>←</span><div><div class="nm" data-gt="e">${esc(group)}</div><div class="mem" data-gt="e">メンバー 4人</div></div><span class="ic">☏　⋮</span></div>
<div class="scroll"><div class="list"><div class="date" data-gt="e">12月7日</div>
<div class="row"><div class="av">${esc([...who][0] ?? '?')}</div><div class="col"><div class="who" data-gt="e">${esc(who)}</div>
<div class="bub"><div class="fw" data-gt="e">↪ 転送されたメッセージ</div><div class="src" data-gt="e">${esc(t.sender)}</div><div class="ft" data-gt="m">${rich(t.body, '#1b66c9')}</div></div>
<div class="bub"><span data-gt="m">${esc(note)}</span></div><div class="tm" data-gt="e">19:38</div></div></div></div></div>
<div class="compose"><span>☺</span><div class="field">メッセージ</div><span>📎</span></div>`;
  const css = `body{background:#e5ddd5;color:#111;display:flex;flex-direction:column}
.hd{flex:none;height:58px;display:flex;align-items:center;gap:14px;padding:0 14px;background:#0b6e63;color:#fff;font-size:20px}.nm{font-size:17px;font-weight:700}.mem{font-size:12px;opacity:.85}.ic{margin-left:auto;font-size:17px}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:8px 0 12px}
.date{align-self:center;text-align:center;margin:0 auto 10px;background:#d4eaf4;color:#444;font-size:12px;padding:3px 10px;border-radius:8px;width:max-content}
.row{display:flex;gap:8px;padding:0 10px}.av{width:34px;height:34px;border-radius:50%;background:#c47ad6;color:#fff;display:flex;align-items:center;justify-content:center;flex:none}
.col{display:flex;flex-direction:column;gap:4px;max-width:80%}.who{font-size:12px;color:#a0417a;font-weight:700}
.bub{background:#fff;border-radius:0 10px 10px 10px;padding:8px 10px;font-size:15px;line-height:1.5;word-break:break-all;box-shadow:0 1px 1px rgba(0,0,0,.12)}
.fw{font-size:12px;color:#777;font-style:italic;margin-bottom:4px}.src{font-size:13px;font-weight:700;color:#0b6e63;border-left:3px solid #0b6e63;padding-left:8px}.ft{border-left:3px solid #0b6e63;padding-left:8px}
.tm{font-size:11px;color:#777}
.compose{flex:none;display:flex;align-items:center;gap:10px;padding:8px 10px 14px;font-size:20px;color:#777}.field{flex:1;background:#fff;border-radius:22px;padding:9px 16px;font-size:15px}`;
  return page(body, css, device, "'IPAGothic'");
}

/** A desktop browser (Edge-like) showing a phishing page with a form; the URL bar shows the fake address. */
export function desktopForm(t: UnseenText, device: Device): Page2 {
  const [intro, ...rest] = t.body.split('\n');
  const button = rest.pop() ?? '';
  const fields = rest.map((f) => `<div class="fl"><label data-gt="m">${esc(f)}</label><div class="in"></div></div>`).join('');
  const body = `<div class="tabs"><span class="tab" data-gt="e">${esc(t.subject ?? '')}</span><span class="tab off">新しいタブ</span></div>
<div class="nav"><span>←　→　↻</span><div class="url"><span class="lock">ⓘ</span><span data-gt="e">${esc(t.sender)}</span></div><span>☆　⋯</span></div>
<div class="site"><div class="brand"><span class="logo">◆</span><span data-gt="m">${esc(t.subject ?? '')}</span></div>
<div class="box"><div class="notice" data-gt="m">${esc(intro ?? '')}</div>${fields}<div class="btn" data-gt="m">${esc(button)}</div></div>
<div class="foot" data-gt="e">このページは暗号化通信（SSL）で保護されています</div></div>`;
  const css = `body{background:#f3f3f3;color:#222}
.tabs{height:36px;background:#e3e3e3;display:flex;align-items:flex-end;padding:0 8px;gap:2px}.tab{background:#fff;border-radius:8px 8px 0 0;padding:8px 16px;font-size:12px;width:260px;white-space:nowrap;overflow:hidden}.tab.off{background:transparent;color:#555}
.nav{height:42px;background:#fff;display:flex;align-items:center;gap:14px;padding:0 14px;font-size:15px;color:#444;border-bottom:1px solid #ddd}
.url{flex:1;background:#f1f1f1;border-radius:18px;padding:6px 14px;font-size:14px;display:flex;gap:8px}.lock{color:#777}
.site{height:calc(100% - 78px);overflow:hidden;background:#f6f8fb}
.brand{background:#0e4d3c;color:#fff;padding:18px ${Math.round(device.width * 0.2)}px;font-size:22px;font-weight:700;display:flex;gap:12px;align-items:center}.logo{color:#b4d334;font-size:26px}
.box{width:620px;margin:28px auto 0;background:#fff;border:1px solid #d9dee5;border-radius:6px;padding:26px 34px}
.notice{font-size:15px;line-height:1.7;background:#fdecea;border:1px solid #f3b8b2;color:#8a1c12;padding:12px 14px;margin-bottom:18px}
.fl{margin-bottom:14px}label{display:block;font-size:14px;font-weight:700;margin-bottom:6px}.in{height:36px;border:1px solid #a8b0bb;border-radius:4px}
.btn{background:#0e4d3c;color:#fff;text-align:center;padding:12px;font-size:16px;font-weight:700;border-radius:4px;margin-top:20px}
.foot{text-align:center;font-size:12px;color:#777;margin-top:18px}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A desktop mail client (Outlook-like web): folders, the message list, the reading pane. */
export function desktopMail(t: UnseenText, device: Device, others: readonly { from: string; subject: string }[]): Page2 {
  const [name, address] = t.sender.includes('<') ? [t.sender.replace(/\s*<.*$/, ''), t.sender.replace(/^.*</, '').replace(/>$/, '')] : [t.sender, ''];
  const folders = ['受信トレイ', '下書き', '送信済みアイテム', '削除済みアイテム', '迷惑メール'];
  const rows = [{ from: name, subject: t.subject ?? '', on: true }, ...others.map((o) => ({ ...o, on: false }))]
    .map((r) => `<div class="r${r.on ? ' on' : ''}"><div class="rf" data-gt="e">${esc(r.from)}</div><div class="rs" data-gt="e">${esc(r.subject)}</div></div>`)
    .join('');
  const body = `<div class="top"><span class="app">Outlook</span><div class="sr">検索</div></div>
<div class="main"><div class="side">${folders.map((f) => `<div class="f" data-gt="e">${f}</div>`).join('')}</div><div class="msgs">${rows}</div>
<div class="read"><div class="subj" data-gt="m">${esc(t.subject ?? '')}</div><div class="meta"><div class="av">${esc([...name][0] ?? '?')}</div><div><div data-gt="e">${esc(name)} &lt;${esc(address)}&gt;</div><div class="sm" data-gt="e">宛先: kazuko.tanaka@outlook.jp</div></div><div class="sm dt" data-gt="e">2026/12/07 (月) 7:55</div></div>
<div class="text" data-gt="m">${rich(t.body, '#0f6cbd')}</div></div></div>`;
  const css = `body{background:#fff;color:#242424;font-size:14px}
.top{height:48px;background:#0f6cbd;color:#fff;display:flex;align-items:center;gap:60px;padding:0 20px}.app{font-size:17px;font-weight:700}.sr{background:#fff;color:#777;border-radius:4px;padding:6px 12px;width:480px;font-size:13px}
.main{display:flex;height:calc(100% - 48px)}
.side{width:210px;background:#f5f5f5;padding:14px 10px}.f{padding:8px 10px;font-size:14px}
.msgs{width:360px;border-right:1px solid #e0e0e0;overflow:hidden}.r{padding:10px 16px;border-bottom:1px solid #eee}.r.on{background:#cfe4fa}.rf{font-weight:700;font-size:14px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.rs{font-size:13px;color:#444;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.read{flex:1;padding:20px 34px;overflow:hidden}
.subj{font-size:20px;font-weight:600;margin-bottom:16px}
.meta{display:flex;gap:12px;align-items:center;margin-bottom:22px;font-size:14px}.av{width:40px;height:40px;border-radius:50%;background:#c239b3;color:#fff;display:flex;align-items:center;justify-content:center;font-size:18px}
.sm{font-size:12px;color:#616161}.dt{margin-left:auto}
.text{font-size:15px;line-height:1.8;max-width:820px;word-break:break-all}`;
  return page(body, css, device, "'IPAPGothic'");
}

/** A phone's photo viewer showing a screenshot taken earlier (a screenshot of a screenshot): `src` is a data URL. */
export function photoViewer(src: string, device: Device): Page2 {
  const body = `${bar('#fff', '11:02', { android: true })}<div class="top"><span>←</span><span class="when" data-gt="e">12月7日 10:20</span><span class="ic">☆　⋮</span></div>
<div class="img"><img src="${src}"><span data-gt="inner"></span></div><div class="tools"><span data-gt="e">共有</span><span data-gt="e">編集</span><span data-gt="e">Lens</span><span data-gt="e">削除</span></div>`;
  const css = `body{background:#000;color:#fff;display:flex;flex-direction:column}
.top{flex:none;height:48px;display:flex;align-items:center;gap:18px;padding:0 16px;font-size:18px}.when{font-size:15px}.ic{margin-left:auto;font-size:16px}
.img{flex:1;display:flex;align-items:center;justify-content:center;overflow:hidden;padding:8px 0}.img img{max-width:100%;max-height:100%;object-fit:contain}
.tools{flex:none;display:flex;justify-content:space-around;padding:12px 0 22px;font-size:13px;color:#ddd}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A square red seal (角印) with the issuer's characters: a picture, not counted as text. */
function squareSeal(name: string): string {
  const chars = [...name.replace(/\s/g, '')].slice(0, 9);
  while (chars.length < 4) chars.push('印');
  const cols = chars.length > 4 ? 3 : 2;
  return `<div class="seal" style="grid-template-columns:repeat(${cols},1fr)">${chars.map((c) => `<span>${esc(c)}</span>`).join('')}</div>`;
}

/** A formal letter on A4 in a serif face: date and reference top right, addressee, title, body, 記 and a ruled table, 以上, issuer with a square seal. */
export function serifLetter(t: PaperText, font: string): Page2 {
  const device = DEVICES2.a4;
  const table = t.table ? `<div class="ki" data-gt="m">記</div><table>${t.table.map((r) => `<tr><th data-gt="m">${esc(r.label)}</th><td data-gt="m">${esc(r.value)}</td></tr>`).join('')}</table><div class="ijo" data-gt="m">以上</div>` : '';
  const body = `<div class="sheet"><div class="ref"><div data-gt="e">令和8年12月2日</div><div data-gt="e">受付番号 ${esc(t.id.length % 2 ? 'A-31907' : 'B-20586')}</div></div>
<div class="to" data-gt="e">田中 和子 様</div><div class="from" data-gt="e">${esc(t.sender)}</div>
<h1 data-gt="m">${esc(t.subject ?? '')}</h1><div class="text" data-gt="m">${esc(t.body).replace(/\n/g, '<br>')}</div>
${table}${t.after ? `<div class="after" data-gt="m">${esc(t.after)}</div>` : ''}
<div class="issuer"><span data-gt="e">${esc(t.sender)}</span>${squareSeal(t.sender)}</div></div>`;
  const css = `body{background:#fdfdfb;color:#161616}
.sheet{position:relative;padding:64px 84px 60px;height:100%}
.ref{text-align:right;font-size:14px;line-height:1.8}
.to{font-size:19px;margin:18px 0 6px}.from{text-align:right;font-size:15px;margin-bottom:30px}
h1{font-size:22px;text-align:center;margin-bottom:26px;font-weight:700;letter-spacing:2px}
.text{font-size:16px;line-height:2;text-indent:1em}
.ki{text-align:center;font-size:17px;margin:22px 0 12px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #222;padding:8px 14px;font-size:15.5px;text-align:left}th{width:32%;font-weight:400;background:#f1f1ee}
.ijo{text-align:right;font-size:16px;margin-top:10px}.after{font-size:15.5px;line-height:1.9;margin-top:14px}
.issuer{position:absolute;right:90px;bottom:96px;font-size:17px;display:flex;align-items:center;gap:10px}
.seal{width:70px;height:70px;border:3px solid #c8161d;color:#c8161d;display:grid;align-items:center;justify-items:center;padding:5px;font-size:15px;font-weight:700;line-height:1;opacity:.82;transform:rotate(2deg)}`;
  return page(body, css, device, font);
}

/** A pressure-sealed postcard (圧着はがき) opened flat: a framed title and body on the left, the details in a box on the right. */
export function pressurePostcard(t: PaperText): Page2 {
  const device = DEVICES2.postcardWide;
  const rows = (t.table ?? []).map((r) => `<div class="rw"><span data-gt="m">${esc(r.label)}</span><b data-gt="m">${esc(r.value)}</b></div>`).join('');
  const body = `<div class="card"><div class="left"><div class="ttl" data-gt="m">${esc(t.subject ?? '')}</div><div class="text" data-gt="m">${esc(t.body).replace(/\n/g, '<br>')}</div></div>
<div class="right"><div class="box">${rows}</div><div class="iss" data-gt="e">${esc(t.sender)}</div><div class="note" data-gt="e">親展　本人以外開封禁止</div></div></div>`;
  const css = `body{background:#f6f2e6;color:#121212}
.card{display:flex;height:100%;padding:34px 30px;gap:26px}
.left{flex:1.45}.right{flex:1;display:flex;flex-direction:column;gap:16px;border-left:1px dashed #999;padding-left:22px}
.ttl{border:2px solid #111;padding:10px;text-align:center;font-size:19px;font-weight:700;margin-bottom:16px;line-height:1.45}
.text{font-size:14.5px;line-height:1.85}
.box{border:1.5px solid #111;padding:12px 12px;display:flex;flex-direction:column;gap:12px;margin-top:14px}.rw{display:flex;flex-direction:column;font-size:14px;gap:2px}.rw b{font-size:18px}
.iss{font-size:17px;font-weight:700;margin-top:auto}.note{font-size:12px;color:#b00;border:1px solid #b00;padding:3px 6px;align-self:flex-start}`;
  return page(body, css, device, "'IPAMincho'");
}

/** A sales flyer: a white-on-red headline band, short bold lines, a big phone number. */
export function flyer(t: PaperText): Page2 {
  const device = DEVICES2.a4;
  const rows = (t.table ?? []).map((r) => `<div class="tel"><span data-gt="m">${esc(r.label)}</span> <b data-gt="m">${esc(r.value)}</b></div>`).join('');
  const body = `<div class="sheet"><div class="band" data-gt="m">${esc(t.subject ?? '')}</div>
<div class="lines">${t.body.split('\n').map((l) => `<p data-gt="m">${esc(l)}</p>`).join('')}</div>
<div class="gold"><span>金</span></div>${rows}<div class="co" data-gt="e">${esc(t.sender)}</div></div>`;
  const css = `body{background:#fff;color:#1a1a1a}
.sheet{padding:50px 54px;height:100%;position:relative}
.band{background:#c4121a;color:#fff;font-size:34px;font-weight:900;padding:22px 24px;text-align:center;line-height:1.4;border-radius:6px}
.lines{margin:34px 8px}.lines p{font-size:25px;font-weight:700;line-height:1.7;margin-bottom:12px;border-bottom:3px dotted #d7a21a;padding-bottom:6px}
.gold{width:180px;height:110px;margin:12px auto 30px;background:linear-gradient(135deg,#f6d365,#c99a14);border-radius:10px;display:flex;align-items:center;justify-content:center;font-size:56px;color:#7a5a00;font-weight:900}
.tel{text-align:center;font-size:22px;margin-bottom:8px}.tel b{font-size:36px;color:#c4121a;letter-spacing:1px}
.co{position:absolute;bottom:46px;left:0;right:0;text-align:center;font-size:18px;font-weight:700}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A small notice slip (posted in the letterbox or handed over): a boxed title, text, check-boxed items. */
export function noticeSlip(t: PaperText): Page2 {
  const device = DEVICES2.slip;
  const rows = (t.table ?? []).map((r) => `<div class="it"><span class="cb">☐</span><div><div class="lb" data-gt="m">${esc(r.label)}</div><div class="vl" data-gt="m">${esc(r.value)}</div></div></div>`).join('');
  const body = `<div class="slip"><div class="ttl" data-gt="m">${esc(t.subject ?? '')}</div><div class="text" data-gt="m">${esc(t.body)}</div>${rows}
${t.after ? `<div class="after" data-gt="m">${esc(t.after)}</div>` : ''}<div class="iss" data-gt="e">${esc(t.sender)}</div></div>`;
  const css = `body{background:#fffdf4;color:#151515}
.slip{margin:22px;border:2px solid #2a2a2a;height:calc(100% - 44px);padding:30px 34px;position:relative}
.ttl{font-size:25px;text-align:center;font-weight:700;border-bottom:3px double #222;padding-bottom:12px;margin-bottom:24px}
.text{font-size:17px;line-height:1.9;margin-bottom:22px}
.it{display:flex;gap:12px;margin:14px 0}.cb{font-size:24px;line-height:1}.lb{font-size:15px;color:#444}.vl{font-size:20px;font-weight:700}
.after{font-size:15px;margin-top:20px}.iss{position:absolute;bottom:30px;right:34px;font-size:18px;font-weight:700}`;
  return page(body, css, device, "'IPAPMincho'");
}

/** A neighbourhood circular (回覧): the 回覧 stamp grid for the households, a title, a table. */
export function circular(t: PaperText): Page2 {
  const device = DEVICES2.a4;
  const rows = (t.table ?? []).map((r) => `<tr><th data-gt="m">${esc(r.label)}</th><td data-gt="m">${esc(r.value)}</td></tr>`).join('');
  const body = `<div class="sheet"><div class="kairan"><div class="kl" data-gt="e">回覧</div>${Array.from({ length: 6 }, () => '<div class="kb"></div>').join('')}</div>
<div class="date" data-gt="e">令和8年12月</div><div class="iss" data-gt="e">${esc(t.sender)}</div>
<h1 data-gt="m">${esc(t.subject ?? '')}</h1><div class="text" data-gt="m">${esc(t.body)}</div><table>${rows}</table>${t.after ? `<div class="after" data-gt="m">${esc(t.after)}</div>` : ''}</div>`;
  const css = `body{background:#fff;color:#111}
.sheet{padding:50px 70px;height:100%}
.kairan{display:flex;border:1.5px solid #222;width:max-content;margin-left:auto}.kl{writing-mode:vertical-rl;padding:6px 4px;font-size:15px;border-right:1.5px solid #222}.kb{width:46px;height:58px;border-right:1px solid #222}.kb:last-child{border-right:none}
.date{text-align:right;font-size:15px;margin-top:24px}.iss{text-align:right;font-size:16px;margin-bottom:40px}
h1{font-size:26px;text-align:center;margin-bottom:30px}
.text{font-size:17px;line-height:2;margin-bottom:24px}
table{border-collapse:collapse;width:100%}th,td{border:1.5px solid #222;padding:12px 14px;font-size:17px;text-align:left}th{width:30%;background:#f3f3f3}
.after{font-size:16px;margin-top:26px}`;
  return page(body, css, device, "'BIZ UDPMincho'");
}
