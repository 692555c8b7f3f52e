/**
 * HTML/CSS mock-ups of real apps and paper for the unseen image set (scripts/render-unseen-images.ts).
 * Each returns a page and the device it is drawn on; the known text is read back from the page
 * itself after layout (elements marked `data-gt="m"` hold the message, `data-gt="e"` the rest of
 * what a reader sees), so text cut by the screen's edge or a clamp counts only where it shows.
 * Made independently of tests/support/render-screenshots.ts: other fonts (Debian's IPA, Takao,
 * VL, M+, Noto, BIZ UD明朝, Klee), a browser's layout, real device sizes.
 */
import type { PaperText, UnseenText } from './unseen-texts.ts';

export interface Device {
  name: string;
  /** CSS px. */
  width: number;
  height: number;
  scale: number;
}

export const DEVICES = {
  iphoneSe: { name: 'iphone-se', width: 375, height: 667, scale: 2 },
  iphone13: { name: 'iphone-13', width: 390, height: 844, scale: 3 },
  iphone15ProMax: { name: 'iphone-15pm', width: 430, height: 932, scale: 3 },
  androidSmall: { name: 'android-720', width: 360, height: 800, scale: 2 },
  android: { name: 'android-1080', width: 360, height: 800, scale: 3 },
  desktop: { name: 'desktop', width: 1366, height: 768, scale: 1 },
  a4: { name: 'a4', width: 794, height: 1123, scale: 2 },
  postcard: { name: 'postcard', width: 567, height: 839, scale: 2 },
  envelope: { name: 'envelope', width: 454, height: 888, scale: 2 },
} satisfies Record<string, Device>;

export interface Page {
  html: string;
  device: Device;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text with its links drawn as the app draws them (coloured, underlined) and `\n` as line breaks. */
function withLinks(text: string, linkColour: string): string {
  return text
    .split('\n')
    .map((line) => esc(line).replace(/(https?:\/\/[^\s]+)/g, `<span style="color:${linkColour};text-decoration:underline">$1</span>`))
    .join('<br>');
}

export function page(body: string, css: string, device: Device, font: string): Page {
  return {
    device,
    html: `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
*{box-sizing:border-box;margin:0;padding:0}
html,body{width:${device.width}px;height:${device.height}px;overflow:hidden}
body{font-family:${font},'Noto Color Emoji';-webkit-font-smoothing:antialiased}
${css}</style></head><body>${body}</body></html>`,
  };
}

/** A phone's status bar: clock, signal bars, Wi-Fi fan, battery (drawn, not text, except the clock). */
function statusBar(fg: string, clock: string, android: boolean, battery = 72): string {
  const bars = [4, 7, 10, 13].map((h, i) => `<i style="display:inline-block;width:3px;height:${h}px;background:${fg};margin-left:2px;opacity:${i < 3 ? 1 : 0.35}"></i>`).join('');
  return `<div class="sb" style="color:${fg}"><span class="clk">${clock}</span><span class="ic">${bars}<i class="wifi" style="border-color:${fg} transparent transparent transparent"></i><i class="bat" style="border-color:${fg}"><i style="width:${battery}%;background:${fg}"></i></i>${android ? `<small style="font-size:11px;margin-left:3px">${battery}%</small>` : ''}</span></div>`;
}

const STATUS_CSS = `
.sb{height:44px;display:flex;justify-content:space-between;align-items:center;padding:0 26px 0 30px;font-weight:600;font-size:15px}
.sb .ic{display:flex;align-items:flex-end;gap:4px}
.wifi{display:inline-block;width:0;height:0;border:7px solid;border-radius:50% 50% 0 0;margin-left:4px}
.bat{display:inline-block;width:24px;height:12px;border:1.5px solid;border-radius:3px;padding:1px;margin-left:4px}
.bat i{display:block;height:100%;border-radius:1px}`;

export type ChatApp = 'ios' | 'gmessages' | 'plusmessage';

/** An SMS thread: iOS Messages, Google Messages or +メッセージ, light or dark. */
export function smsThread(t: UnseenText, app: ChatApp, dark: boolean, device: Device, opts: { earlier?: string; spamBanner?: boolean; reply?: string } = {}): Page {
  const c = dark
    ? { bg: app === 'ios' ? '#000' : '#131314', fg: '#f2f2f7', sub: '#8e8e93', bubble: app === 'ios' ? '#262629' : '#2d3038', bubbleFg: '#eceef3', link: app === 'ios' ? '#4aa3ff' : '#a8c7fa', bar: app === 'ios' ? '#1c1c1e' : '#1e1f22', mine: app === 'ios' ? '#0a84ff' : '#0b57d0' }
    : app === 'plusmessage'
      ? { bg: '#eef1f4', fg: '#1a1a1a', sub: '#7a7f85', bubble: '#ffffff', bubbleFg: '#1a1a1a', link: '#1a64d6', bar: '#ffffff', mine: '#27a4e8' }
      : { bg: '#ffffff', fg: '#000', sub: '#8a8a8e', bubble: app === 'ios' ? '#e9e9eb' : '#e8edf6', bubbleFg: '#111', link: app === 'ios' ? '#0a66d8' : '#0b57d0', bar: app === 'ios' ? '#f6f6f6' : '#f0f4f9', mine: app === 'ios' ? '#0a84ff' : '#d3e3fd' };
  const font = app === 'ios' ? "'IPAexGothic'" : app === 'gmessages' ? "'Noto Sans CJK JP'" : "'M PLUS 1'";
  const android = app !== 'ios';
  const avatar = `<div class="av">${esc([...t.sender.replace(/^\+81\s*/, '')][0] ?? '?')}</div>`;
  const header =
    app === 'ios'
      ? `<div class="hd ios"><span class="back">‹</span>${avatar}<div class="nm" data-gt="e">${esc(t.sender)} ›</div></div>`
      : `<div class="hd and"><span class="back">←</span>${avatar}<div class="nm" data-gt="e">${esc(t.sender)}</div><span class="dots">⋮</span></div>`;
  const dateLine = app === 'ios' ? 'テキストメッセージ\n今日 10:15' : app === 'gmessages' ? '12月7日(月) 10:15 · SMS' : '12/7(月)';
  const earlier = opts.earlier ? `<div class="row in"><div class="bub" data-gt="m">${withLinks(opts.earlier, c.link)}</div></div>` : '';
  const spam = opts.spamBanner ? `<div class="spam" data-gt="e">迷惑メッセージの可能性があります<br><b>報告する</b>　<b>迷惑メッセージではない</b></div>` : '';
  const reply = opts.reply ? `<div class="row out"><div class="bub mine" data-gt="m">${esc(opts.reply)}</div></div>` : '';
  const time = app === 'ios' ? '' : `<div class="tm" data-gt="e">${app === 'gmessages' ? '10:15' : '10:15'}</div>`;
  const body = `${statusBar(c.fg, android ? '10:16' : '10:16', android)}${header}
<div class="scroll"><div class="list">${earlier}<div class="date" data-gt="e">${esc(dateLine).replace(/\n/g, '<br>')}</div>${spam}
<div class="row in"><div class="bub" data-gt="m">${withLinks(t.body, c.link)}</div></div>${time}${reply}</div></div>
<div class="compose"><span class="plus">＋</span><div class="field">${app === 'ios' ? 'テキストメッセージ' : app === 'gmessages' ? 'テキスト メッセージ' : 'メッセージを入力'}</div></div>${app === 'ios' ? '<div class="home"></div>' : '<div class="nav"></div>'}`;
  const headerH = app === 'ios' ? 96 : 60;
  const css = `${STATUS_CSS}
body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column}
.sb{flex:none;background:${app === 'ios' ? c.bar : c.bg}}
.hd{flex:none;height:${headerH}px;display:flex;align-items:center;gap:10px;padding:0 12px;background:${app === 'ios' ? c.bar : c.bg};border-bottom:1px solid ${dark ? '#2c2c2e' : '#d8d8dc'}}
.hd.ios{flex-direction:column;justify-content:center;gap:3px;position:relative}
.hd.ios .back{position:absolute;left:10px;top:18px;font-size:40px;color:${c.link};line-height:1}
.hd .back{font-size:22px;color:${c.fg}}
.hd .dots{margin-left:auto;font-size:22px}
.av{width:${app === 'ios' ? 50 : 38}px;height:${app === 'ios' ? 50 : 38}px;border-radius:50%;background:${app === 'ios' ? 'linear-gradient(#a5abb8,#858994)' : '#7cacf8'};color:#fff;display:flex;align-items:center;justify-content:center;font-size:${app === 'ios' ? 22 : 17}px}
.nm{font-size:${app === 'ios' ? 12 : 18}px;${app === 'ios' ? '' : 'font-weight:500'}}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:8px 0 10px}
.date{text-align:center;font-size:12px;color:${c.sub};margin:14px 0 8px;line-height:1.4}
.spam{margin:6px 16px 10px;padding:10px 12px;border-radius:12px;background:${dark ? '#3b2a2a' : '#fce8e6'};color:${dark ? '#f2b8b5' : '#8c1d18'};font-size:13px;line-height:1.6}
.spam b{font-weight:600}
.row{display:flex;padding:3px 14px}
.row.in{justify-content:flex-start}
.row.out{justify-content:flex-end}
.bub{max-width:${app === 'ios' ? 76 : 80}%;background:${c.bubble};color:${c.bubbleFg};border-radius:${app === 'ios' ? 19 : app === 'gmessages' ? 20 : 14}px;padding:${app === 'ios' ? '8px 13px' : '11px 15px'};font-size:${app === 'ios' ? 17 : app === 'gmessages' ? 16 : 15}px;line-height:1.42;overflow-wrap:anywhere;word-break:break-all;${app === 'plusmessage' ? 'box-shadow:0 1px 2px rgba(0,0,0,.15);' : ''}}
.bub.mine{background:${c.mine};color:${app === 'gmessages' && !dark ? '#041e49' : '#fff'}}
.tm{font-size:11px;color:${c.sub};padding:2px 20px}
.compose{flex:none;display:flex;align-items:center;gap:10px;padding:8px 12px;background:${c.bg}}
.plus{font-size:24px;color:${c.sub}}
.field{flex:1;border:1px solid ${dark ? '#3a3a3c' : '#c7c7cc'};border-radius:20px;padding:8px 14px;color:${c.sub};font-size:16px;background:${app === 'ios' ? 'transparent' : c.bar}}
.home{flex:none;height:30px;display:flex;justify-content:center}
.home::after{content:'';width:134px;height:5px;border-radius:3px;background:${c.fg};margin-top:16px}
.nav{flex:none;height:24px;display:flex;justify-content:center}
.nav::after{content:'';width:108px;height:4px;border-radius:2px;background:${c.sub};margin-top:10px}`;
  return page(body, css, device, font);
}

/** A LINE one-to-one chat: blue-grey wallpaper, white received bubbles with an avatar, green sent ones. */
export function lineChat(t: UnseenText, device: Device, opts: { reply?: string; emoji?: string; dark?: boolean } = {}): Page {
  const dark = opts.dark ?? false;
  const bg = dark ? '#1b1d22' : '#8cabd9';
  const bubble = dark ? '#34363d' : '#ffffff';
  const fg = dark ? '#eee' : '#111';
  const paragraphs = t.body.split(/(?<=。)/).filter((p) => p.trim() !== '');
  const half = Math.ceil(paragraphs.length / 2);
  const parts = paragraphs.length > 2 ? [paragraphs.slice(0, half).join(''), paragraphs.slice(half).join('')] : [t.body];
  const bubbles = parts
    .map((p, i) => `<div class="row in">${i === 0 ? '<div class="av"></div>' : '<div class="avsp"></div>'}<div class="col">${i === 0 ? `<div class="who" data-gt="e">${esc(t.sender)}</div>` : ''}<div class="line"><div class="bub" data-gt="m">${esc(p)}${i === parts.length - 1 && opts.emoji ? opts.emoji : ''}</div><div class="tm" data-gt="e">${i === 0 ? '午後7:02' : '午後7:03'}</div></div></div></div>`)
    .join('');
  const reply = opts.reply ? `<div class="row out"><div class="line"><div class="tm r" data-gt="e">既読<br>午後7:10</div><div class="bub mine" data-gt="m">${esc(opts.reply)}</div></div></div>` : '';
  const body = `${statusBar(dark ? '#fff' : '#111', '19:12', true, 54)}
<div class="hd"><span class="back">‹</span><div class="nm" data-gt="e">${esc(t.sender)}</div><span class="icons">⌕ ☏ ≡</span></div>
<div class="scroll"><div class="list"><div class="date"><span data-gt="e">12.7 (月)</span></div>${bubbles}${reply}</div></div>
<div class="compose"><span>＋</span><span>◎</span><span>▣</span><div class="field">Aa</div><span>☺</span><span>🎤</span></div><div class="nav"></div>`;
  const css = `${STATUS_CSS}
body{background:${bg};color:${fg};display:flex;flex-direction:column}
.sb{flex:none;background:${dark ? '#22252b' : '#fff'};color:${dark ? '#fff' : '#111'}}
.hd{flex:none;height:52px;display:flex;align-items:center;gap:12px;padding:0 14px;background:${dark ? '#22252b' : '#fff'};color:${dark ? '#fff' : '#111'}}
.hd .back{font-size:30px}.hd .nm{font-size:17px;font-weight:700}.hd .icons{margin-left:auto;font-size:18px;letter-spacing:6px}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:6px 0 12px}
.date{text-align:center;margin:8px 0 12px}.date span{background:rgba(0,0,0,.18);color:#fff;font-size:11px;padding:3px 10px;border-radius:10px}
.row{display:flex;padding:4px 10px;gap:8px}.row.out{justify-content:flex-end}
.av{width:36px;height:36px;border-radius:50%;background:radial-gradient(circle at 50% 38%,#f1c9a5 0 30%,#5b6b8a 31%);flex:none}.avsp{width:36px;flex:none}
.col{display:flex;flex-direction:column;gap:3px;max-width:76%}
.who{font-size:11px;color:${dark ? '#bbb' : '#263245'}}
.line{display:flex;align-items:flex-end;gap:5px}
.bub{background:${bubble};color:${fg};border-radius:18px;padding:9px 12px;font-size:15px;line-height:1.5;word-break:break-all}
.bub.mine{background:#06c755;color:#fff;max-width:70vw}
.tm{font-size:10px;color:${dark ? '#999' : '#33415c'};white-space:nowrap}.tm.r{text-align:right}
.compose{flex:none;display:flex;align-items:center;gap:12px;padding:8px 12px;background:${dark ? '#22252b' : '#fff'};color:#888;font-size:20px}
.field{flex:1;background:${dark ? '#33363c' : '#f2f3f5'};border-radius:18px;padding:6px 12px;font-size:15px;color:#999}
.nav{flex:none;height:22px;background:${dark ? '#22252b' : '#fff'}}`;
  return page(body, css, device, "'VL PGothic'");
}

/** The Gmail app on a phone: a mail opened from the inbox. */
export function gmailApp(t: UnseenText, device: Device): Page {
  const [name, address] = t.sender.includes('<') ? [t.sender.replace(/\s*<.*$/, ''), t.sender.replace(/^.*</, '').replace(/>$/, '')] : [t.sender, ''];
  const body = `${statusBar('#1f1f1f', '8:47', true, 81)}
<div class="bar"><span>←</span><span class="acts">⤓　🗑　✉　⋮</span></div>
<div class="scroll"><div class="subj"><span data-gt="m">${esc(t.subject ?? '')}</span> <span class="chip" data-gt="e">受信トレイ</span></div>
<div class="from"><div class="av">${esc([...name][0] ?? '?')}</div><div><div><b data-gt="e">${esc(name)}</b> <span class="when" data-gt="e">12月7日</span></div><div class="to" data-gt="e">To 自分 ⌄</div></div><span class="more">☺　↩　⋮</span></div>
${address ? `<div class="addr" data-gt="e">${esc(address)}</div>` : ''}
<div class="text" data-gt="m">${withLinks(t.body, '#0b57d0')}</div></div>
<div class="reply"><span>↩ 返信</span><span>↪ 転送</span></div><div class="nav"></div>`;
  const css = `${STATUS_CSS}
body{background:#fff;color:#1f1f1f;display:flex;flex-direction:column}
.bar{flex:none;height:56px;display:flex;align-items:center;padding:0 16px;font-size:20px;color:#444}.bar .acts{margin-left:auto;font-size:18px}
.scroll{flex:1;overflow:hidden;padding:4px 16px}
.subj{font-size:21px;line-height:1.45;margin-bottom:16px}
.chip{font-size:12px;background:#e8eaed;border-radius:4px;padding:1px 6px;vertical-align:middle;color:#444}
.from{display:flex;gap:12px;align-items:center;margin-bottom:6px;font-size:14px}
.from b{font-weight:600}.when,.to{color:#5f6368;font-size:12px}.more{margin-left:auto;color:#5f6368}
.av{width:40px;height:40px;border-radius:50%;background:#e37400;color:#fff;display:flex;align-items:center;justify-content:center;font-size:18px;flex:none}
.addr{font-size:12px;color:#5f6368;margin:0 0 14px 52px;word-break:break-all}
.text{font-size:15px;line-height:1.65;word-break:break-all}
.reply{flex:none;display:flex;gap:12px;padding:10px 16px}.reply span{flex:1;border:1px solid #747775;border-radius:20px;padding:8px;text-align:center;font-size:14px}
.nav{flex:none;height:22px}`;
  return page(body, css, device, "'M PLUS 2'");
}

/** Yahoo!メール in a desktop browser (a PC screenshot at 1× scale: small text). */
export function yahooWeb(t: UnseenText): Page {
  const device = DEVICES.desktop;
  const folders = ['受信箱 (3)', '下書き', '送信済み', '迷惑メール', 'ゴミ箱'];
  const body = `<div class="tabs"><span class="tab">Yahoo!メール - 受信箱</span></div>
<div class="url"><span>🔒</span><span data-gt="e">mail.yahoo.co.jp/u/pc/f/message</span></div>
<div class="top"><span class="logo">Yahoo!メール</span><div class="search">メールを検索</div></div>
<div class="main"><div class="side"><div class="new">✎ 作成</div>${folders.map((f) => `<div class="f" data-gt="e">${f}</div>`).join('')}</div>
<div class="read"><div class="subj" data-gt="m">${esc(t.subject ?? '')}</div>
<div class="meta"><span data-gt="e">差出人：${esc(t.sender)}</span><span class="date" data-gt="e">2026年12月7日(月) 9:12</span></div>
<div class="meta"><span data-gt="e">宛先：tanaka.kazuko@yahoo.co.jp</span></div>
<div class="text" data-gt="m">${withLinks(t.body, '#0033cc')}</div></div></div>`;
  const css = `body{background:#fff;color:#333;font-size:14px}
.tabs{height:34px;background:#dee1e6;padding:6px 8px 0}.tab{display:inline-block;background:#fff;border-radius:8px 8px 0 0;padding:6px 14px;font-size:12px}
.url{height:36px;display:flex;gap:8px;align-items:center;padding:0 14px;background:#fff;border-bottom:1px solid #ddd}.url span:last-child{background:#f1f3f4;border-radius:16px;padding:5px 14px;flex:1;font-size:13px;color:#202124}
.top{height:56px;display:flex;align-items:center;gap:40px;padding:0 22px;border-bottom:1px solid #e5e5e5}
.logo{font-size:24px;font-weight:700;color:#ff0033;font-style:italic}
.search{width:420px;border:1px solid #ccc;border-radius:4px;padding:7px 10px;color:#999;font-size:13px}
.main{display:flex;height:640px}
.side{width:190px;padding:14px;border-right:1px solid #eee;background:#f8f8f8}.new{background:#ff0033;color:#fff;border-radius:4px;padding:8px;text-align:center;margin-bottom:14px;font-weight:700}.f{padding:7px 6px;font-size:14px}
.read{flex:1;padding:18px 30px;overflow:hidden}
.subj{font-size:20px;font-weight:700;margin-bottom:14px}
.meta{display:flex;justify-content:space-between;font-size:13px;color:#555;margin-bottom:4px}
.text{margin-top:22px;font-size:14px;line-height:1.8;max-width:760px;word-break:break-all}`;
  return page(body, css, device, "'IPAPGothic'");
}

/** A phone browser showing a phishing page with a form. */
export function phishingPage(t: UnseenText, device: Device, safari: boolean): Page {
  const lines = t.body.split('\n');
  const [intro, ...rest] = lines;
  const button = rest.pop() ?? '';
  const fields = rest.map((f) => `<label data-gt="m">${esc(f)}</label><div class="inp"></div>`).join('');
  const urlBar = `<div class="urlbar"><span class="warn">⚠</span><span data-gt="e">${esc(t.sender)}</span><span class="n">${safari ? '↻' : '⋮'}</span></div>`;
  const body = `${statusBar('#111', '14:03', !safari, 38)}${safari ? '' : urlBar}
<div class="scroll"><div class="brand"><div class="logo">●</div><div class="site" data-gt="m">${esc(t.subject ?? '')}</div></div>
<div class="alert" data-gt="m">${esc(intro ?? '')}</div><form>${fields}<div class="btn" data-gt="m">${esc(button)}</div></form>
<div class="foot" data-gt="e">Copyright © 2026 All Rights Reserved.</div></div>${safari ? urlBar : ''}`;
  const css = `${STATUS_CSS}
body{background:#f4f6f9;color:#222;display:flex;flex-direction:column}
.sb{flex:none;background:#fff}
.urlbar{flex:none;display:flex;align-items:center;gap:8px;margin:6px 10px;padding:9px 14px;border-radius:22px;background:#eceff3;font-size:15px;color:#333}
.urlbar .warn{color:#d93025}.urlbar .n{margin-left:auto}
.scroll{flex:1;overflow:hidden;padding:0 0 10px}
.brand{display:flex;align-items:center;gap:10px;background:#1d3f8f;color:#fff;padding:14px 18px}.logo{font-size:26px;color:#ffcc00}.site{font-size:19px;font-weight:700;letter-spacing:1px}
.alert{margin:16px;padding:12px 14px;background:#fff4e5;border-left:5px solid #f29900;font-size:15px;line-height:1.6}
form{margin:0 16px;background:#fff;border-radius:10px;padding:16px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
label{display:block;font-size:14px;font-weight:700;margin:10px 0 6px}
.inp{height:40px;border:1px solid #b9c0ca;border-radius:6px;background:#fff}
.btn{margin-top:20px;background:#d93025;color:#fff;text-align:center;padding:12px;border-radius:8px;font-size:17px;font-weight:700}
.foot{text-align:center;font-size:11px;color:#888;margin-top:18px}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A lock screen with a notification banner (the body clamped to a few lines, as phones do). */
export function lockScreen(t: UnseenText, device: Device, ios: boolean): Page {
  const body = `${statusBar('#fff', ios ? '' : '10:15', !ios, 64)}
<div class="date" data-gt="e">12月7日 月曜日</div><div class="clock" data-gt="e">10:15</div>
<div class="note"><div class="head"><span class="icon">✉</span><span data-gt="e">メッセージ</span><span class="now" data-gt="e">${ios ? '今' : '1分前'}</span></div>
<div class="title" data-gt="m">${esc(t.sender)}</div><div class="text" data-gt="m">${esc(t.body)}</div></div>
<div class="bottom"><span>🔦</span><span>📷</span></div>`;
  const css = `${STATUS_CSS}
body{background:radial-gradient(circle at 30% 20%,#f6a66b 0,#c2548c 35%,#3b2e78 70%,#141a3a 100%);color:#fff;position:relative}
.date{text-align:center;font-size:19px;margin-top:${ios ? 30 : 20}px;opacity:.9}
.clock{text-align:center;font-size:${ios ? 86 : 72}px;font-weight:${ios ? 600 : 300};line-height:1.1}
.note{margin:${ios ? 220 : 170}px 10px 0;padding:12px 14px;border-radius:${ios ? 20 : 26}px;background:${ios ? 'rgba(245,245,245,.72)' : 'rgba(32,33,36,.82)'};color:${ios ? '#111' : '#eee'}}
.head{display:flex;align-items:center;gap:6px;font-size:13px;opacity:.8}.icon{background:#34c759;color:#fff;border-radius:6px;width:20px;height:20px;display:inline-flex;align-items:center;justify-content:center;font-size:12px}.now{margin-left:auto}
.title{font-weight:700;font-size:15px;margin:6px 0 2px}
.text{font-size:15px;line-height:1.4;display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden;word-break:break-all}
.bottom{position:absolute;bottom:40px;left:40px;right:40px;display:flex;justify-content:space-between;font-size:22px}`;
  return page(body, css, device, ios ? "'TakaoPGothic'" : "'Noto Sans CJK JP'");
}

/** A seal (印): red ring with the issuer's characters set vertically; a picture, not counted as text. */
function seal(name: string): string {
  const chars = [...name.replace(/\s/g, '')].slice(-4);
  return `<div class="seal">${chars.map((c) => `<span>${esc(c)}</span>`).join('')}</div>`;
}

/** A printed letter (A4): logo, number and date, title, body, a ruled table, issuer with seal, vertical heading. */
export function letter(t: PaperText): Page {
  const device = DEVICES.a4;
  const table = t.table ? `<table>${t.table.map((r) => `<tr><th data-gt="m">${esc(r.label)}</th><td data-gt="m">${esc(r.value)}</td></tr>`).join('')}</table>` : '';
  const body = `<div class="sheet">
<div class="top"><div class="logo"><span class="mark">◆</span><span data-gt="e">${esc(t.sender)}</span></div><div class="no"><div data-gt="e">文書番号 第2026-1184号</div><div data-gt="e">令和8年12月1日</div></div></div>
<div class="to" data-gt="e">田中 和子 様</div>
${t.vertical ? `<div class="vert" data-gt="e">${esc(t.vertical)}</div>` : ''}
<h1 data-gt="m">${esc(t.subject ?? '')}</h1>
<div class="text" data-gt="m">${esc(t.body).replace(/\n/g, '<br>')}</div>
${table}
${t.after ? `<div class="after" data-gt="m">${esc(t.after)}</div>` : ''}
<div class="issuer"><span data-gt="e">${esc(t.sender)}</span>${seal(t.sender)}</div></div>`;
  const css = `body{background:#fff;color:#1a1a1a}
.sheet{position:relative;padding:70px 80px 60px 80px;height:100%}
.top{display:flex;justify-content:space-between;align-items:flex-start;margin-bottom:36px}
.logo{display:flex;align-items:center;gap:8px;font-family:'IPAexGothic';font-weight:700;font-size:15px;color:#1d4f91}.mark{font-size:30px;color:#1d4f91}
.no{text-align:right;font-size:14px;line-height:1.7}
.to{font-size:18px;margin-bottom:34px;border-bottom:1px solid #333;display:inline-block;padding:0 40px 2px 0}
.vert{position:absolute;right:26px;top:190px;writing-mode:vertical-rl;font-family:'IPAexGothic';font-weight:700;font-size:22px;color:#c0152f;border:2px solid #c0152f;padding:10px 4px;letter-spacing:4px}
h1{font-size:23px;text-align:center;margin:0 10px 30px;letter-spacing:1px}
.text{font-size:16.5px;line-height:1.95;text-indent:1em}
table{border-collapse:collapse;margin:30px 0 24px;width:100%}th,td{border:1.5px solid #333;padding:9px 14px;font-size:16px;text-align:left}th{background:#eee;width:34%;font-weight:700}
.after{font-size:15.5px;line-height:1.9}
.issuer{position:absolute;right:110px;bottom:120px;font-size:17px;display:flex;align-items:center;gap:16px}
.seal{width:74px;height:74px;border:3px solid #d0202a;border-radius:50%;color:#d0202a;display:grid;grid-template-columns:1fr 1fr;align-items:center;justify-items:center;padding:10px;font-weight:700;font-size:17px;transform:rotate(-6deg);opacity:.85;direction:rtl}`;
  return page(body, css, device, "'IPAexMincho'");
}

/** A postcard (はがき) in the register of fake lawsuit notices: a framed title, body, a contact. */
export function postcard(t: PaperText): Page {
  const device = DEVICES.postcard;
  const body = `<div class="card"><div class="frame"><h1 data-gt="m">${esc(t.subject ?? '')}</h1></div>
<div class="text" data-gt="m">${esc(t.body).replace(/\n/g, '<br>')}</div>
<div class="from" data-gt="e">${esc(t.sender)}</div><div class="addr" data-gt="e">東京都千代田区霞が関一丁目3番</div><div class="stamp">料金別納<br>郵便</div></div>`;
  const css = `body{background:#fbf8f0;color:#111}
.card{padding:48px 40px;position:relative;height:100%}
.frame{border:3px double #222;padding:12px;margin:40px 0 26px}
h1{font-family:'BIZ UDMincho';font-size:22px;text-align:center;line-height:1.5}
.text{font-size:16px;line-height:1.9}
.from{margin-top:30px;font-size:18px;font-weight:700;text-align:right}.addr{font-size:14px;text-align:right;margin-top:4px}
.stamp{position:absolute;top:28px;right:30px;border:1.5px solid #333;font-size:11px;text-align:center;padding:6px 8px;line-height:1.4}`;
  return page(body, css, device, "'BIZ UDMincho'");
}

/** A long envelope (長形3号) front: postcode boxes, the address and name set vertically, a red 在中 box. */
export function envelope(t: PaperText): Page {
  const device = DEVICES.envelope;
  const [postcode, address, name, confidential, ...rest] = t.body.split('\n');
  const digits = (postcode ?? '').replace(/\D/g, '');
  const body = `<div class="env"><div class="zip" data-gt="m">${[...digits].map((d) => `<span>${d}</span>`).join('')}</div>
<div class="vcols"><div class="addr" data-gt="m">${esc(address ?? '')}</div><div class="name" data-gt="m">${esc(name ?? '')}</div></div>
<div class="red" data-gt="m">${esc(t.vertical ?? '')}</div><div class="conf" data-gt="m">${esc(confidential ?? '')}</div>
<div class="notes">${rest.map((r) => `<div data-gt="m">${esc(r)}</div>`).join('')}</div><div class="sender" data-gt="e">${esc(t.sender)}</div></div>`;
  const css = `body{background:#efe3c8;color:#111}
.env{position:relative;height:100%}
.zip{position:absolute;top:26px;right:26px;display:flex;gap:4px}.zip span{width:24px;height:32px;border:1.5px solid #c8102e;display:flex;align-items:center;justify-content:center;font-size:20px;font-family:'IPAexGothic'}
.zip span:nth-child(3){margin-left:6px}
.vcols{position:absolute;top:110px;right:40px;display:flex;flex-direction:row-reverse;gap:28px}
.addr{writing-mode:vertical-rl;font-size:23px;letter-spacing:2px;height:560px}
.name{writing-mode:vertical-rl;font-size:38px;letter-spacing:10px;margin-top:70px}
.red{position:absolute;left:40px;top:120px;writing-mode:vertical-rl;border:3px solid #c8102e;color:#c8102e;font-size:25px;font-weight:700;padding:12px 6px;font-family:'IPAexGothic';letter-spacing:3px}
.conf{position:absolute;left:44px;top:480px;color:#c8102e;font-size:22px;border:2px solid #c8102e;padding:2px 6px;font-weight:700}
.notes{position:absolute;left:30px;bottom:120px;font-size:15px;line-height:1.7;width:200px}
.sender{position:absolute;left:30px;bottom:40px;font-size:17px;font-weight:700}`;
  return page(body, css, device, "'IPAexMincho'");
}
