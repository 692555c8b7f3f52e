/**
 * HTML/CSS mock-ups for the fifth unseen image set (scripts/render-unseen5-images.ts): apps and
 * paper that none of the earlier sets draws (tests/support/render-screenshots.ts,
 * scripts/unseen-layouts.ts, scripts/unseen2-layouts.ts, scripts/unseen3-layouts.ts,
 * scripts/unseen4-layouts.ts), weighted towards what the bot's residents send: a LINE one-to-one
 * chat with an account that is not a friend (the warning bar with 追加・ブロック・通報), a Galaxy
 * One UI-like SMS thread, an Android SMS inbox with a spam label, a carrier mail app, LINE's own
 * image viewer showing a screenshot someone sent (a screenshot of a screenshot), a heads-up
 * notification banner over a thread, LINE and a mail app in landscape, a LINE chat as one long
 * scroll capture, LINE on an iPad with its chat list, Android's share sheet over a thread, LINE at
 * the largest font size, a city's own app; paper: an illustrated postcard, a letter lying on its
 * envelope, a circular in a plastic binder pocket, a tri-fold pamphlet, a thermal slip, a letter
 * held by a thumb, a crumpled sheet (crumpled in the renderer); screens: a TV, a laptop's screen
 * (PC LINE, a webmail), a phone held in a hand, a flip phone's small screen.
 * As in sets 1–4, the known text is read back from the laid-out page (shoot() of
 * scripts/render-unseen2-images.ts): elements marked `data-gt="m"` hold the message, `data-gt="e"`
 * the rest of what a reader sees; text not marked is not counted (icons, clocks, seals).
 */
import { esc, page, type Device } from './unseen-layouts.ts';
import { rich, type Page2 } from './unseen2-layouts.ts';
import { initial, paragraphs, seal, SEAL_CSS, status } from './unseen3-layouts.ts';
import { bizUdpGothic } from './unseen4-layouts.ts';
import type { ChatText, PaperText, UnseenText } from './unseen5-texts.ts';

export type { Device, Page2 };

export const DEVICES5 = {
  iphone15: { name: 'iphone-15', width: 393, height: 852, scale: 3 },
  galaxyS: { name: 'galaxy-s-384', width: 384, height: 854, scale: 2.8125 },
  android360: { name: 'android-360-hd', width: 360, height: 780, scale: 2 },
  aquos: { name: 'aquos-sense-411', width: 411, height: 868, scale: 2.625 },
  pixel8: { name: 'pixel-8-412', width: 412, height: 892, scale: 2.625 },
  landscape: { name: 'android-landscape-915', width: 915, height: 412, scale: 2.625 },
  longCapture: { name: 'android-scroll-capture', width: 393, height: 1300, scale: 2.75 },
  ipad11: { name: 'ipad-11-landscape', width: 1194, height: 834, scale: 2 },
  laptop: { name: 'laptop-1366', width: 1366, height: 768, scale: 1.5 },
  flip: { name: 'flip-phone-240', width: 240, height: 320, scale: 2 },
  tv: { name: 'tv-1920', width: 1280, height: 720, scale: 1.5 },
  postcard: { name: 'postcard-100x148', width: 567, height: 839, scale: 2 },
  tableLetter: { name: 'letter-on-table', width: 1000, height: 1200, scale: 1.6 },
  binder: { name: 'kairan-binder', width: 900, height: 1200, scale: 1.6 },
  trifold: { name: 'trifold-open', width: 1260, height: 880, scale: 1.6 },
  thermal: { name: 'thermal-slip-58mm', width: 420, height: 900, scale: 2 },
  a4: { name: 'a4', width: 794, height: 1123, scale: 2 },
  b5: { name: 'b5-flyer', width: 728, height: 1030, scale: 2 },
} satisfies Record<string, Device>;

const e = (s: string) => `<span data-gt="e">${esc(s)}</span>`;

// ——— LINE ————————————————————————————————————————————————————————————————

interface LineOpts {
  dark?: boolean;
  clock: string;
  times: readonly string[];
  /** The account is not a friend: LINE's bar under the header (追加・ブロック・通報). */
  notFriend?: boolean;
  /** Bubble text size (LINE's font-size setting: 15 normal, 21+ largest). */
  fontPx?: number;
  /** The date chip's text. */
  date?: string;
  /** The header's sub-line under the name (an official-looking account's badge). */
  badge?: boolean;
}

/** The chat column of a LINE one-to-one chat (no status bar): header, not-a-friend bar, the list, the input bar. */
function lineColumn(t: ChatText, o: LineOpts, colours: Record<string, string>): { html: string; css: string } {
  const c = colours;
  const fs = o.fontPx ?? 15;
  const rows = t.posts.map((p, i) => {
    const tm = `<div class="tm"><span data-gt="e">${p.mine ? '既読<br>' : ''}${esc(o.times[i] ?? '10:00')}</span></div>`;
    if (p.mine) return `<div class="row mine">${tm}<div class="bub me" data-gt="m">${rich(p.text, c.link!)}</div></div>`;
    const first = i === 0 || t.posts[i - 1]!.mine;
    return `<div class="row">${first ? `<div class="av">${initial(t.sender)}</div>` : '<div class="av sp"></div>'}<div class="line"><div class="bub" data-gt="m">${rich(p.text, c.link!)}</div>${tm}</div></div>`;
  }).join('');
  const nf = o.notFriend ? `<div class="nf"><div class="nft" data-gt="e">このアカウントは友だちではありません。知り合いでない場合はご注意ください。</div><div class="nfb"><span data-gt="e">追加</span><span data-gt="e">ブロック</span><span data-gt="e">通報</span></div></div>` : '';
  const html = `<div class="hd"><span class="back">‹</span><span class="ttl">${o.badge ? '<i class="bd">✓</i>' : ''}<span data-gt="e">${esc(t.sender)}</span></span><span class="ic">⌕ ☏ ≡</span></div>${nf}
<div class="scroll"><div class="list"><div class="date"><span data-gt="e">${esc(o.date ?? '12月7日(月)')}</span></div>${rows}</div></div>
<div class="bar"><span class="pl">＋ ◎ ▣</span><div class="field" data-gt="e">Aa</div><span class="pl">☺ 🎙</span></div>`;
  const css = `.hd{flex:none;height:${Math.max(48, fs * 3)}px;display:flex;align-items:center;gap:10px;padding:0 12px;background:${c.hd};color:${c.fg}}
.back{font-size:${fs * 2}px;line-height:1}.ttl{font-size:${Math.max(16, fs * 1.05)}px;font-weight:700;display:flex;align-items:center;gap:5px;white-space:nowrap;overflow:hidden}.ic{margin-left:auto;font-size:17px;white-space:nowrap}
.bd{display:inline-flex;width:17px;height:17px;border-radius:50%;background:#2a7de1;color:#fff;font-size:11px;align-items:center;justify-content:center;font-style:normal;flex:none}
.nf{flex:none;background:${c.nf};padding:10px 14px 12px;color:${c.fg}}.nft{font-size:${Math.min(15, fs * 0.85)}px;line-height:1.45}
.nfb{display:flex;gap:10px;margin-top:9px}.nfb span{flex:1;text-align:center;border:1px solid ${c.sub};border-radius:6px;padding:6px 0;font-size:${Math.min(15, fs * 0.85)}px;font-weight:700}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:4px 0 8px}
.date{text-align:center;margin:8px 0 10px}.date span{background:rgba(0,0,0,.22);color:#fff;font-size:${Math.min(14, fs * 0.75)}px;padding:3px 10px;border-radius:10px}
.row{display:flex;gap:7px;padding:4px 10px;align-items:flex-start}.row.mine{justify-content:flex-end;align-items:flex-end}
.av{width:36px;height:36px;border-radius:50%;flex:none;background:${c.av};color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px}.av.sp{background:none}
.line{display:flex;align-items:flex-end;gap:5px;max-width:80%}
.bub{background:${c.bub};color:${c.bubFg};border-radius:18px;padding:${fs * 0.55}px ${fs * 0.8}px;font-size:${fs}px;line-height:1.5;word-break:break-all}
.bub.me{background:${c.mine};color:${c.mineFg};max-width:76%}
.tm{font-size:${Math.min(13, fs * 0.68)}px;color:${c.sub};text-align:right;line-height:1.3;flex:none}
.bar{flex:none;display:flex;align-items:center;gap:10px;padding:8px 12px 20px;background:${c.hd}}.pl{font-size:17px;color:#888;white-space:nowrap}
.field{flex:1;background:${c.field};border-radius:18px;padding:7px 14px;font-size:14px;color:#999}`;
  return { html, css };
}

const LINE_LIGHT = { bg: '#8cabd9', fg: '#111', hd: '#f7f8fa', nf: '#fff8e1', sub: '#5b6470', bub: '#fff', bubFg: '#111', mine: '#8de055', mineFg: '#111', link: '#1d5fd1', av: '#7f8ea3', field: '#eceef1' };
const LINE_DARK = { bg: '#1e2127', fg: '#e8e8e8', hd: '#16181c', nf: '#3a3320', sub: '#9aa0a8', bub: '#343840', bubFg: '#f0f0f0', mine: '#3d9a3a', mineFg: '#fff', link: '#8ec5ff', av: '#55606e', field: '#2c3038' };

/** A LINE one-to-one chat on a phone; `notFriend` adds LINE's warning bar for an account that is not a friend. */
export function lineChat(t: ChatText, device: Device, o: LineOpts): Page2 {
  const c = o.dark ? LINE_DARK : LINE_LIGHT;
  const col = lineColumn(t, o, c);
  const body = `${status(c.fg, o.clock, 34)}${col.html}`;
  const css = `body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column}body>div:first-child{background:${c.hd}}${col.css}`;
  return page(body, css, device, o.fontPx && o.fontPx > 18 ? "'BIZ UDPGothic'" : "'VL PGothic'");
}

/** LINE at the largest font size (設定 → 文字サイズ 特大): BIZ UDPGothic from npm. */
export function lineHugeFont(t: ChatText, device: Device, o: LineOpts): Page2 {
  const p = lineChat(t, device, { ...o, fontPx: o.fontPx ?? 24 });
  return { ...p, html: p.html.replace('<style>', `<style>${bizUdpGothic()}`) };
}

/** LINE in landscape on a phone: the chat fills the width, the keyboard-less input bar, the header thinner. */
export function lineLandscape(t: ChatText, device: Device, o: LineOpts): Page2 {
  const c = o.dark ? LINE_DARK : LINE_LIGHT;
  const col = lineColumn(t, o, c);
  const body = `<div class="wrap">${col.html}</div>`;
  const css = `body{background:${c.bg};color:${c.fg};padding:0 44px 0 34px}.wrap{height:100%;display:flex;flex-direction:column}${col.css}.hd{height:40px}.bar{padding:6px 12px 8px}`;
  return page(body, css, device, "'M PLUS 1'");
}

/** A LINE chat captured as one long scroll capture (the phone's スクロールキャプチャ): the whole talk from its first message, the status bar once at the top. */
export function lineScrollCapture(t: ChatText, device: Device, o: LineOpts): Page2 {
  const c = LINE_LIGHT;
  const col = lineColumn(t, o, c);
  const body = `${status(c.fg, o.clock, 30)}${col.html}`;
  const css = `body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column}body>div:first-child{background:${c.hd}}${col.css}
.scroll{justify-content:flex-start}.bub{font-size:17.5px}.line{max-width:72%}.bub.me{max-width:70%}.list{padding-top:10px}`;
  return page(body, css, device, "'TakaoPGothic'");
}

/** LINE on an iPad in landscape: the chat list on the left (names, last lines, times), the chat on the right. */
export function ipadLine(t: ChatText, device: Device, o: LineOpts, others: readonly { name: string; last: string; when: string }[]): Page2 {
  const c = LINE_LIGHT;
  const col = lineColumn(t, o, c);
  const list = [{ name: t.sender, last: t.posts[t.posts.length - 1]!.text.split('\n')[0]!, when: o.times[t.posts.length - 1] ?? '' }, ...others]
    .map((r, i) => `<div class="it${i === 0 ? ' on' : ''}"><div class="iav" style="background:${['#7f8ea3', '#d58b5c', '#5aa36b', '#8a74c9', '#c9a227'][i % 5]}">${initial(r.name)}</div><div class="itx"><div class="inm">${e(r.name)}<span class="iw">${e(r.when)}</span></div><div class="ilast">${e(r.last)}</div></div></div>`).join('');
  const body = `<div class="sb"><span>${o.clock}</span><span>12月7日(月)</span><span>Wi-Fi 81%</span></div>
<div class="main"><div class="side"><div class="sh"><span data-gt="e">トーク</span><span class="sic">⌕ ✎</span></div><div class="search" data-gt="e">検索</div>${list}</div><div class="chat">${col.html}</div></div>`;
  const css = `body{background:#fff;color:#111;display:flex;flex-direction:column}
.sb{flex:none;height:24px;display:flex;justify-content:space-between;padding:0 20px;font:600 12px sans-serif;align-items:center}
.main{flex:1;display:flex;overflow:hidden}
.side{width:340px;flex:none;border-right:1px solid #ddd;overflow:hidden}
.sh{display:flex;justify-content:space-between;align-items:center;padding:12px 16px;font-size:22px;font-weight:700}.sic{font-size:18px;color:#555}
.search{margin:0 14px 8px;background:#f0f1f3;border-radius:10px;padding:8px 12px;font-size:14px;color:#999}
.it{display:flex;gap:10px;padding:10px 14px;align-items:center}.it.on{background:#eef3fb}
.iav{width:46px;height:46px;border-radius:50%;flex:none;color:#fff;display:flex;align-items:center;justify-content:center;font-size:18px}
.itx{flex:1;min-width:0}.inm{display:flex;justify-content:space-between;font-size:15px;font-weight:700}.iw{font-size:11.5px;color:#999;font-weight:400}
.ilast{font-size:13px;color:#777;white-space:nowrap;overflow:hidden;text-overflow:clip;margin-top:3px}
.chat{flex:1;background:${c.bg};display:flex;flex-direction:column;color:${c.fg}}
${col.css}.bub{font-size:16px}.line{max-width:64%}.bub.me{max-width:60%}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** LINE's own image viewer showing a screenshot someone sent (the resident screenshots it again): black, the sender and date on top, the picture fitted, save and share icons below. */
export function lineImageViewer(src: string, device: Device, from: string, when: string): Page2 {
  const body = `${status('#fff', '20:14', 32)}<div class="top"><span class="x">✕</span><div class="who"><div data-gt="e">${esc(from)}</div><div class="when" data-gt="e">${esc(when)}</div></div><span class="r">⋯</span></div>
<div class="img"><img src="${src}"><span data-gt="inner"></span></div>
<div class="tools"><span>⤓</span><span>↗</span><span>✎</span><span>⟳</span></div>`;
  const css = `body{background:#000;color:#fff;display:flex;flex-direction:column}
.top{flex:none;height:56px;display:flex;align-items:center;gap:14px;padding:0 14px}.x{font-size:22px}.who{font-size:15px;font-weight:700}.when{font-size:11.5px;color:#aaa;font-weight:400;margin-top:2px}.r{margin-left:auto;font-size:20px}
.img{flex:1;display:flex;align-items:center;justify-content:center;overflow:hidden;padding:0 6px}.img img{max-width:100%;max-height:100%;object-fit:contain}
.tools{flex:none;display:flex;justify-content:space-around;padding:14px 0 26px;font-size:22px;color:#ddd}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

// ——— SMS and mail ———————————————————————————————————————————————————————————

/** A Galaxy One UI-like Messages thread: a tall empty title area (the sender's name large), rounded bubbles, the date between, the input bar with its round send button. */
export function oneUiSms(t: UnseenText, device: Device, o: { dark?: boolean; clock: string; when: string; earlier?: string }): Page2 {
  const c = o.dark ? { bg: '#000', fg: '#fafafa', sub: '#9a9a9a', bub: '#262626', bubFg: '#f2f2f2', link: '#6fb1ff', bar: '#171717' } : { bg: '#f6f6f6', fg: '#111', sub: '#7b7b7b', bub: '#fff', bubFg: '#111', link: '#2962d9', bar: '#fff' };
  const body = `${status(c.fg, o.clock, 30)}
<div class="big"><div class="nm" data-gt="e">${esc(t.sender)}</div><div class="ph" data-gt="e">携帯電話</div></div>
<div class="tb"><span>‹</span><span class="ic">☏ ⋮</span></div>
<div class="scroll"><div class="list">${o.earlier ? `<div class="day" data-gt="e">11月28日 金曜日</div><div class="row"><div class="bub" data-gt="e">${esc(o.earlier)}</div></div>` : ''}<div class="day" data-gt="e">${esc(o.when)}</div><div class="row"><div class="bub" data-gt="m">${rich(t.body, c.link)}</div><div class="tm" data-gt="e">午前 9:12</div></div></div></div>
<div class="bar"><span class="pl">⊕</span><div class="field" data-gt="e">メッセージを入力</div><span class="send">➤</span></div>`;
  const css = `body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column}
.big{flex:none;height:170px;display:flex;flex-direction:column;align-items:center;justify-content:flex-end;padding-bottom:14px}.nm{font-size:27px;font-weight:400}.ph{font-size:13px;color:${c.sub};margin-top:4px}
.tb{flex:none;display:flex;justify-content:space-between;padding:4px 18px 8px;font-size:22px}.ic{font-size:18px}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}.list{padding:0 0 10px}
.day{text-align:center;font-size:12px;color:${c.sub};margin:12px 0 8px}
.row{display:flex;align-items:flex-end;gap:6px;padding:3px 14px}
.bub{background:${c.bub};color:${c.bubFg};border-radius:22px;padding:11px 15px;font-size:15.5px;line-height:1.5;max-width:80%;word-break:break-all}
.tm{font-size:10.5px;color:${c.sub};flex:none}
.bar{flex:none;display:flex;align-items:center;gap:10px;padding:8px 12px 18px;background:${c.bar}}.pl{font-size:24px;color:${c.sub}}
.field{flex:1;border-radius:22px;background:${o.dark ? '#262626' : '#efefef'};padding:10px 16px;font-size:14px;color:${c.sub}}.send{width:40px;height:40px;border-radius:50%;background:#3e7bfa;color:#fff;display:flex;align-items:center;justify-content:center}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** An Android Messages-like conversation list: a spam-suspected label on the conversation asked about, its preview three lines long, other conversations around it. */
export function smsInbox(t: UnseenText, device: Device, o: { dark?: boolean; others: readonly { who: string; text: string; when: string }[]; at: number }): Page2 {
  const c = o.dark ? { bg: '#111318', fg: '#e3e3e6', sub: '#a4a7ad', warn: '#ffb4ab', card: '#1c1f26' } : { bg: '#fff', fg: '#1b1b1f', sub: '#5f6368', warn: '#b3261e', card: '#fdf1ef' };
  const rows = o.others.map((r, i) => `<div class="it"><div class="av" style="background:${['#4c8df6', '#e67c73', '#33b679', '#f6bf26'][i % 4]}">${initial(r.who)}</div><div class="tx"><div class="nm">${e(r.who)}<span class="w">${e(r.when)}</span></div><div class="pv" data-gt="e">${esc(r.text)}</div></div></div>`);
  const mine = `<div class="it hot"><div class="av warn">!</div><div class="tx"><div class="lab" data-gt="e">迷惑メッセージの疑い</div><div class="nm">${e(t.sender)}<span class="w">${e('9:41')}</span></div><div class="pv3" data-gt="m">${esc(t.body.replace(/\n/g, ' '))}</div></div></div>`;
  rows.splice(o.at, 0, mine);
  const body = `${status(c.fg, '9:44', 30)}<div class="search"><span>≡</span><span data-gt="e">画像と動画を検索</span><span class="me">Y</span></div>
<div class="list">${rows.join('')}</div><div class="fab" data-gt="e">チャットを開始</div>`;
  const css = `body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column;position:relative}
.search{flex:none;margin:8px 14px 10px;height:52px;border-radius:26px;background:${o.dark ? '#23262d' : '#eef1f7'};display:flex;align-items:center;gap:16px;padding:0 18px;font-size:15px;color:${c.sub}}.me{margin-left:auto;width:32px;height:32px;border-radius:50%;background:#7b61ff;color:#fff;display:flex;align-items:center;justify-content:center}
.list{flex:1;overflow:hidden}
.it{display:flex;gap:14px;padding:12px 18px}.it.hot{background:${c.card}}
.av{width:44px;height:44px;border-radius:50%;flex:none;color:#fff;display:flex;align-items:center;justify-content:center;font-size:18px}.av.warn{background:${c.warn};font-weight:900}
.tx{flex:1;min-width:0}.nm{display:flex;justify-content:space-between;font-size:16px;font-weight:600}.w{font-size:12.5px;color:${c.sub};font-weight:400}
.pv{font-size:14px;color:${c.sub};white-space:nowrap;overflow:hidden;margin-top:3px}
.pv3{font-size:14px;line-height:1.45;color:${c.fg};margin-top:3px;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden;word-break:break-all}
.lab{font-size:12px;color:${c.warn};font-weight:700;margin-bottom:2px}
.fab{position:absolute;right:18px;bottom:26px;background:${o.dark ? '#004a77' : '#c2e7ff'};color:${o.dark ? '#c2e7ff' : '#001d35'};border-radius:16px;padding:17px 20px;font-size:15px;font-weight:600}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A carrier mail app (docomo mail / au mail-like): a coloured header with the folder, the sender block with its address, the subject, the body, the bottom toolbar. */
export function carrierMail(t: UnseenText, device: Device, o: { colour: string; folder: string; address: string; when: string; font: string }): Page2 {
  const body = `${status('#fff', '11:26', 30)}<div class="hd"><span>＜</span><span data-gt="e">${esc(o.folder)}</span><span class="r">⋮</span></div>
<div class="from"><div class="k" data-gt="e">差出人</div><div class="v"><div class="n" data-gt="e">${esc(t.sender)}</div><div class="a" data-gt="e">${esc(o.address)}</div></div></div>
<div class="from"><div class="k" data-gt="e">宛先</div><div class="v" data-gt="e">自分</div></div>
<div class="subj"><div data-gt="m">${esc(t.subject ?? '')}</div><div class="when" data-gt="e">${esc(o.when)}</div></div>
<div class="text">${paragraphs(t.body).map((p) => `<p data-gt="m">${rich(p, '#1550c4')}</p>`).join('')}</div>
<div class="tools"><span data-gt="e">返信</span><span data-gt="e">全員に返信</span><span data-gt="e">転送</span><span data-gt="e">削除</span></div>`;
  const css = `body{background:#fff;color:#222;display:flex;flex-direction:column}body>div:first-child{background:${o.colour}}
.hd{flex:none;height:50px;background:${o.colour};color:#fff;display:flex;align-items:center;gap:18px;padding:0 14px;font-size:17px;font-weight:700}.hd .r{margin-left:auto}
.from{flex:none;display:flex;gap:10px;padding:8px 14px;border-bottom:1px solid #e3e3e3;font-size:14px}.k{width:52px;flex:none;color:#888}.n{font-weight:700}.a{font-size:12px;color:#666}
.subj{flex:none;padding:12px 14px;background:#f7f7f7;border-bottom:1px solid #ddd;font-size:16.5px;font-weight:700;line-height:1.45}.when{font-size:12px;color:#888;font-weight:400;margin-top:4px}
.text{flex:1;overflow:hidden;padding:14px 14px 6px}p{font-size:15.5px;line-height:1.75;margin-bottom:10px;word-break:break-all}
.tools{flex:none;display:flex;justify-content:space-around;padding:12px 0 18px;border-top:1px solid #ddd;font-size:13.5px;color:${o.colour};font-weight:700}`;
  return page(body, css, device, o.font);
}

/** A thread (AQUOS-like teal or One UI-like dark) with a heads-up notification banner from another app over its top. */
export function bannerOver(t: UnseenText, device: Device, o: { dark: boolean; banner: { app: string; title: string; text: string } }): Page2 {
  const c = o.dark ? { bg: '#121212', fg: '#eee', hd: '#1f1f1f', bub: '#2b2b2b', link: '#80b7ff', sub: '#999' } : { bg: '#eef6f6', fg: '#102020', hd: '#00897b', bub: '#fff', link: '#0b57d0', sub: '#5c7070' };
  const body = `${status(o.dark ? '#eee' : '#fff', '13:05', 30)}<div class="hd"><span>←</span><span data-gt="e">${esc(t.sender)}</span><span class="r">☏ ⋮</span></div>
<div class="scroll"><div class="list"><div class="day" data-gt="e">12月7日(月)</div><div class="row"><div class="bub" data-gt="m">${rich(t.body, c.link)}</div></div><div class="tm" data-gt="e">12:58</div></div></div>
<div class="bar"><div class="field" data-gt="e">SMSメッセージ</div><span class="send">▶</span></div>
<div class="ban"><div class="bt"><span class="bi"></span><span data-gt="e">${esc(o.banner.app)}</span><span class="now" data-gt="e">今</span></div><div class="bti" data-gt="e">${esc(o.banner.title)}</div><div class="btx" data-gt="e">${esc(o.banner.text)}</div></div>`;
  const css = `body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column;position:relative}body>div:first-child{background:${c.hd}}
.hd{flex:none;height:56px;background:${c.hd};color:#fff;display:flex;align-items:center;gap:16px;padding:0 16px;font-size:18px}.hd .r{margin-left:auto}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-start;padding-top:70px}
.day{text-align:center;font-size:12.5px;color:${c.sub};margin:10px 0}
.row{padding:4px 14px}.bub{background:${c.bub};border-radius:6px 18px 18px 18px;padding:11px 14px;font-size:16px;line-height:1.6;max-width:86%;word-break:break-all;box-shadow:0 1px 2px rgba(0,0,0,.15)}
.tm{font-size:11px;color:${c.sub};padding:2px 18px}
.bar{flex:none;display:flex;gap:8px;padding:8px 10px 16px;background:${c.hd === '#00897b' ? '#fff' : c.hd}}.field{flex:1;border:1px solid #bbb;border-radius:20px;padding:9px 14px;font-size:14px;color:#999}.send{font-size:22px;color:#00897b}
.ban{position:absolute;left:8px;right:8px;top:26px;background:${o.dark ? 'rgba(52,52,56,.97)' : 'rgba(255,255,255,.98)'};color:${o.dark ? '#eee' : '#111'};border-radius:20px;padding:12px 16px;box-shadow:0 6px 18px rgba(0,0,0,.35)}
.bt{display:flex;align-items:center;gap:8px;font-size:12.5px;color:${c.sub}}.bi{width:18px;height:18px;border-radius:5px;background:#06c755}.now{margin-left:auto}
.bti{font-size:15px;font-weight:700;margin-top:6px}.btx{font-size:14px;margin-top:2px}`;
  return page(body, css, device, o.dark ? "'IPAPGothic'" : "'M PLUS 1'");
}

/** Android's share sheet over the lower half of a thread (the resident tried to forward the message): the thread dimmed above, the sheet with a preview line, contacts and apps. */
export function shareSheet(t: UnseenText, device: Device): Page2 {
  const apps = ['LINE', 'Gmail', 'メッセージ', 'コピー', 'ドライブ', 'Bluetooth', 'ニアバイ', 'メモ'].map((a, i) => `<div class="ap"><i style="background:${['#06c755', '#ea4335', '#1a73e8', '#5f6368', '#fbbc04', '#1e88e5', '#34a853', '#f29900'][i]}"></i><span data-gt="e">${a}</span></div>`).join('');
  const people = ['娘 さやか', '健一', '町内会 田中さん', '由美'].map((p, i) => `<div class="ap"><i class="pp" style="background:${['#8e6cc9', '#d16b52', '#3c9d74', '#c48a2b'][i]}"></i><span data-gt="e">${esc(p)}</span></div>`).join('');
  const body = `${status('#111', '15:31', 30)}<div class="hd"><span>←</span><span data-gt="e">${esc(t.sender)}</span></div>
<div class="thread"><div class="day" data-gt="e">今日 15:20</div><div class="bub" data-gt="m">${rich(t.body, '#0b57d0')}</div></div>
<div class="dim"></div>
<div class="sheet"><div class="grab"></div><div class="pv"><div class="pvt" data-gt="e">テキストを共有中</div><div class="pvx" data-gt="e">${esc(t.body.replace(/\n/g, ' ').slice(0, 22))}…</div></div>
<div class="grid">${people}</div><div class="sep"></div><div class="grid">${apps}</div></div>`;
  const css = `body{background:#fff;color:#1f1f1f;position:relative}
.hd{height:56px;display:flex;align-items:center;gap:18px;padding:0 16px;font-size:18px;border-bottom:1px solid #e5e5e5}
.thread{padding:8px 14px}.day{text-align:center;font-size:12px;color:#777;margin:8px 0}
.bub{background:#e9eef6;border-radius:20px;padding:12px 15px;font-size:15.5px;line-height:1.55;max-width:86%;word-break:break-all}
.dim{position:absolute;inset:0;background:rgba(0,0,0,.32)}
.sheet{position:absolute;left:0;right:0;bottom:0;height:56%;background:#f3f6fc;border-radius:26px 26px 0 0;padding:10px 18px}
.grab{width:36px;height:4px;border-radius:2px;background:#aaa;margin:0 auto 14px}
.pv{background:#fff;border-radius:14px;padding:10px 14px;margin-bottom:16px}.pvt{font-size:13px;color:#555}.pvx{font-size:14.5px;margin-top:3px;white-space:nowrap;overflow:hidden}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:14px 6px}.ap{display:flex;flex-direction:column;align-items:center;gap:6px;font-size:12px;text-align:center}.ap i{width:50px;height:50px;border-radius:16px;display:block}.ap i.pp{border-radius:50%}
.sep{height:1px;background:#d6dbe4;margin:16px 0}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A mail app in landscape on a phone: the message list on the left, the opened mail on the right (Yahoo!メール-like purple header). */
export function mailLandscape(t: UnseenText, device: Device, others: readonly { from: string; subject: string }[]): Page2 {
  const list = [{ from: t.sender, subject: t.subject ?? '' }, ...others].map((m, i) => `<div class="it${i === 0 ? ' on' : ''}"><div class="f">${e(m.from)}</div><div class="s" data-gt="e">${esc(m.subject)}</div></div>`).join('');
  const body = `<div class="hd"><span>≡</span><span data-gt="e">受信箱</span><span class="r">⌕</span></div><div class="main"><div class="side">${list}</div>
<div class="mail"><div class="subj" data-gt="m">${esc(t.subject ?? '')}</div><div class="who"><span data-gt="e">${esc(t.sender)}</span><span class="w" data-gt="e">12/7 7:58</span></div>
${paragraphs(t.body).map((p) => `<p data-gt="m">${rich(p, '#5b2fb0')}</p>`).join('')}</div></div>`;
  const css = `body{background:#fff;color:#222;display:flex;flex-direction:column;padding-left:30px}
.hd{flex:none;height:40px;background:#6f37c4;color:#fff;display:flex;align-items:center;gap:18px;padding:0 14px;font-size:16px;font-weight:700}.hd .r{margin-left:auto}
.main{flex:1;display:flex;overflow:hidden}
.side{width:300px;flex:none;border-right:1px solid #ddd;overflow:hidden}.it{padding:9px 12px;border-bottom:1px solid #eee}.it.on{background:#f1eafc}.f{font-size:13px;font-weight:700}.s{font-size:12.5px;color:#555;white-space:nowrap;overflow:hidden;margin-top:2px}
.mail{flex:1;overflow:hidden;padding:10px 20px}.subj{font-size:17px;font-weight:700;line-height:1.4}.who{display:flex;justify-content:space-between;font-size:12.5px;color:#666;margin:6px 0 10px;border-bottom:1px solid #eee;padding-bottom:6px}
p{font-size:14.5px;line-height:1.7;margin-bottom:6px;word-break:break-all}`;
  return page(body, css, device, "'IPAexGothic'");
}

/** A city's own app (防災・くらしアプリ-like): a notice opened from its list, a category chip, a date, the text, a link button. */
export function cityApp(t: UnseenText, device: Device, o: { colour: string; category: string; when: string }): Page2 {
  const body = `${status('#fff', '8:10', 30)}<div class="hd"><span>‹</span><span data-gt="e">あおば市 くらしアプリ</span></div>
<div class="tabs"><span data-gt="e">お知らせ</span><span data-gt="e">防災</span><span data-gt="e">ごみ</span><span data-gt="e">子育て</span></div>
<div class="card"><span class="chip" data-gt="e">${esc(o.category)}</span><div class="when" data-gt="e">${esc(o.when)}</div><div class="ttl" data-gt="m">${esc(t.subject ?? '')}</div><div class="from" data-gt="e">${esc(t.sender)}</div>
${paragraphs(t.body).map((p) => `<p data-gt="m">${rich(p, o.colour)}</p>`).join('')}<div class="btn" data-gt="e">市のホームページで見る</div></div>
<div class="nav"><span data-gt="e">ホーム</span><span data-gt="e">お知らせ</span><span data-gt="e">地図</span><span data-gt="e">設定</span></div>`;
  const css = `${bizUdpGothic()}body{background:#f1f3f4;color:#1d1d1d;display:flex;flex-direction:column}body>div:first-child{background:${o.colour}}
.hd{flex:none;height:52px;background:${o.colour};color:#fff;display:flex;align-items:center;gap:14px;padding:0 14px;font-size:18px;font-weight:700}
.tabs{flex:none;display:flex;background:#fff;border-bottom:1px solid #ddd}.tabs span{flex:1;text-align:center;padding:11px 0;font-size:14px;color:#666}.tabs span:first-child{color:${o.colour};border-bottom:3px solid ${o.colour};font-weight:700}
.card{flex:1;overflow:hidden;background:#fff;margin:10px;border-radius:10px;padding:14px 16px}
.chip{display:inline-block;background:${o.colour};color:#fff;font-size:12px;border-radius:12px;padding:3px 10px}.when{display:inline-block;margin-left:10px;font-size:12.5px;color:#777}
.ttl{font-size:19px;font-weight:700;line-height:1.45;margin:10px 0 4px}.from{font-size:13px;color:#666;margin-bottom:12px}
p{font-size:16px;line-height:1.8;margin-bottom:10px;word-break:break-all}
.btn{border:2px solid ${o.colour};color:${o.colour};border-radius:8px;text-align:center;padding:10px;font-size:15px;font-weight:700;margin-top:12px}
.nav{flex:none;display:flex;justify-content:space-around;background:#fff;border-top:1px solid #ddd;padding:10px 0 18px;font-size:12px;color:#555}`;
  return page(body, css, device, "'BIZ UDPGothic'");
}

// ——— Screens photographed ———————————————————————————————————————————————————

/** PC LINE on a laptop's desktop: the window with its chat list and the chat, the task bar below. */
export function pcLine(t: ChatText, device: Device, o: LineOpts): Page2 {
  const c = LINE_LIGHT;
  const col = lineColumn(t, o, c);
  const body = `<div class="desk"><div class="win"><div class="tbar"><span data-gt="e">LINE</span><span class="wc">— ☐ ✕</span></div><div class="in"><div class="rail"></div><div class="lst"><div class="li on">${e(t.sender)}</div><div class="li">${e('ひばり町内会')}</div><div class="li">${e('由美')}</div></div><div class="chat">${col.html}</div></div></div></div><div class="task"><span>⊞</span><span data-gt="e">12:40</span></div>`;
  const css = `body{background:#2f5d8a;color:#111}
.desk{position:absolute;inset:0 0 40px 0;background:linear-gradient(135deg,#3c6e9e,#1d3b5c)}
.win{position:absolute;left:230px;top:40px;width:900px;height:640px;background:#fff;box-shadow:0 8px 30px rgba(0,0,0,.5);display:flex;flex-direction:column}
.tbar{flex:none;height:32px;background:#fff;display:flex;align-items:center;justify-content:space-between;padding:0 12px;font-size:13px;border-bottom:1px solid #ddd}.wc{letter-spacing:12px}
.in{flex:1;display:flex;overflow:hidden}.rail{width:60px;background:#2c3442;flex:none}.lst{width:230px;flex:none;border-right:1px solid #ddd}.li{padding:14px 14px;font-size:14px;border-bottom:1px solid #f0f0f0}.li.on{background:#e9eef5;font-weight:700}
.chat{flex:1;background:${c.bg};display:flex;flex-direction:column;color:${c.fg}}
${col.css}.bub{font-size:14px}.line{max-width:70%}
.task{position:absolute;left:0;right:0;bottom:0;height:40px;background:#1b1f27;color:#fff;display:flex;justify-content:space-between;align-items:center;padding:0 16px;font-size:13px}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A webmail in a desktop browser (a laptop's screen): the tab and address bar, the folder list, the opened mail. */
export function webMail(t: UnseenText, device: Device): Page2 {
  const body = `<div class="tabs"><span class="tab" data-gt="e">受信箱 - メール</span></div><div class="addr"><span>←　→　⟳</span><span class="url" data-gt="e">mail.example.jp/inbox</span></div>
<div class="main"><div class="fold">${['受信箱 (3)', '下書き', '送信済み', '迷惑メール', 'ごみ箱'].map((f) => `<div>${e(f)}</div>`).join('')}</div>
<div class="mail"><div class="subj" data-gt="m">${esc(t.subject ?? '')}</div><div class="who"><b data-gt="e">${esc(t.sender)}</b><span data-gt="e">2026年12月7日 6:51</span></div>
${paragraphs(t.body).map((p) => `<p data-gt="m">${rich(p, '#1a0dab')}</p>`).join('')}</div></div>`;
  const css = `body{background:#fff;color:#202124;display:flex;flex-direction:column}
.tabs{flex:none;height:36px;background:#dee1e6;display:flex;align-items:flex-end;padding-left:10px}.tab{background:#fff;border-radius:8px 8px 0 0;padding:8px 16px;font-size:13px;width:240px}
.addr{flex:none;height:40px;display:flex;align-items:center;gap:20px;padding:0 14px;border-bottom:1px solid #ddd;font-size:15px}.url{flex:1;background:#f1f3f4;border-radius:16px;padding:6px 14px;font-size:14px}
.main{flex:1;display:flex;overflow:hidden}.fold{width:220px;flex:none;padding:14px 0}.fold div{padding:9px 22px;font-size:14.5px}.fold div:first-child{background:#d3e3fd;border-radius:0 16px 16px 0;font-weight:700}
.mail{flex:1;padding:18px 36px;overflow:hidden}.subj{font-size:23px;margin-bottom:12px}.who{display:flex;justify-content:space-between;font-size:14px;color:#5f6368;margin-bottom:18px}
p{font-size:16px;line-height:1.75;margin-bottom:10px}`;
  return page(body, css, device, "'TakaoPGothic'");
}

/** A TV showing a news item or a government spot: the picture, a big caption band (テロップ) and a subtitle line, the channel logo. */
export function tvScreen(t: UnseenText, device: Device, o: { news: boolean }): Page2 {
  const body = `<div class="pic"></div><div class="logo" data-gt="e">${esc(t.sender)}</div>${o.news ? '<div class="live" data-gt="e">LIVE</div>' : ''}
<div class="band${o.news ? '' : ' ad'}"><div class="cap" data-gt="m">${esc(t.subject ?? '')}</div></div><div class="sub" data-gt="m">${esc(t.body)}</div>`;
  const css = `body{background:#000;color:#fff;position:relative}
.pic{position:absolute;inset:0;background:${o.news ? 'radial-gradient(circle at 30% 35%,#8a9bb0,#3b4a5c 40%,#1b232d)' : 'linear-gradient(160deg,#f6e7c9,#e6b98f 45%,#8cb7c9)'}}
.logo{position:absolute;right:34px;top:26px;font-size:22px;font-weight:700;opacity:.85;text-shadow:0 0 4px #000}
.live{position:absolute;left:34px;top:26px;background:#d10000;font-size:18px;font-weight:700;padding:3px 10px}
.band{position:absolute;left:40px;right:40px;bottom:168px;background:linear-gradient(#fff,#e8eef5);border-left:14px solid #c40000;padding:12px 22px}.band.ad{border-left-color:#0b6e4f}
.cap{font-size:40px;font-weight:900;color:#111;line-height:1.3}
.sub{position:absolute;left:80px;right:80px;bottom:34px;font-size:29px;line-height:1.45;text-align:center;color:#fff;text-shadow:0 0 3px #000,2px 2px 2px #000;font-weight:700}`;
  return page(body, css, device, "'M PLUS 1'");
}

/** A flip phone's small main screen: a mail (SMS) opened, the soft-key labels at the bottom. */
export function flipScreen(t: UnseenText, device: Device): Page2 {
  const body = `<div class="top"><span>▮▮▮</span><span>12/07 16:40</span><span>▭</span></div><div class="hd" data-gt="e">受信メール 12/28</div>
<div class="from" data-gt="e">${esc(t.sender)}</div><div class="text" data-gt="m">${rich(t.body, '#1030c0')}</div><div class="keys"><span data-gt="e">返信</span><span data-gt="e">メニュー</span><span data-gt="e">戻る</span></div>`;
  const css = `body{background:#fff;color:#000;display:flex;flex-direction:column}
.top{flex:none;height:16px;display:flex;justify-content:space-between;padding:0 4px;font:10px sans-serif;background:#dde5f0}
.hd{flex:none;background:#2a5db0;color:#fff;font-size:13px;padding:3px 6px}
.from{flex:none;font-size:13px;font-weight:700;padding:4px 6px;border-bottom:1px dotted #999}
.text{flex:1;overflow:hidden;font-size:14px;line-height:1.5;padding:4px 6px;word-break:break-all}
.keys{flex:none;display:flex;justify-content:space-between;background:#eee;border-top:1px solid #aaa;padding:2px 6px;font-size:12px}`;
  return page(body, css, device, "'M PLUS 1 Code'");
}

// ——— Paper ——————————————————————————————————————————————————————————————————

/** A picture postcard's message side: a printed illustration along the top, the title, the text, the sender with a small map box; the stamp corner is on the other side. */
export function hagakiIllustrated(t: PaperText, o: { hue: number; font: string }): Page2 {
  const device = DEVICES5.postcard;
  const body = `<div class="card"><div class="ill"><div class="sun"></div><div class="hill"></div><div class="hill b"></div></div>
<h1 data-gt="m">${esc(t.subject ?? '')}</h1>${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}<div class="from"><div class="map"></div><div data-gt="e">${esc(t.sender)}</div></div></div>`;
  const css = `body{background:#fdfbf4}
.card{position:absolute;inset:0;padding:0 36px}
.ill{height:210px;margin:0 -36px 18px;position:relative;overflow:hidden;background:linear-gradient(hsl(${o.hue},60%,86%),hsl(${o.hue},50%,96%))}
.sun{position:absolute;right:70px;top:34px;width:70px;height:70px;border-radius:50%;background:hsl(${o.hue + 30},80%,70%)}
.hill{position:absolute;left:-60px;right:120px;bottom:-80px;height:170px;border-radius:50%;background:hsl(${o.hue + 90},35%,62%)}.hill.b{left:200px;right:-80px;bottom:-100px;background:hsl(${o.hue + 110},30%,52%)}
h1{font-size:27px;text-align:center;margin-bottom:16px;color:hsl(${o.hue},55%,30%)}
p{font-size:17.5px;line-height:1.8;margin-bottom:8px}
.from{position:absolute;left:36px;right:36px;bottom:28px;display:flex;align-items:center;gap:14px;font-size:17px;font-weight:700;border-top:1px solid #bbb;padding-top:12px}.map{width:70px;height:50px;border:1px solid #999;background:repeating-linear-gradient(45deg,#eee 0 6px,#fff 6px 12px)}`;
  return page(body, css, device, o.font);
}

/** A letter unfolded and lying half over its window envelope on a table: the envelope's window and issuer show at the left, the letter's fold lines across. */
export function letterOnEnvelope(t: PaperText): Page2 {
  const device = DEVICES5.tableLetter;
  const rows = (t.table ?? []).map((r) => `<tr><th data-gt="m">${esc(r.label)}</th><td data-gt="m">${esc(r.value)}</td></tr>`).join('');
  const body = `<div class="env"><div class="win"></div><div class="eiss" data-gt="e">${esc(t.sender)}</div><div class="imp" data-gt="e">重要</div></div>
<div class="sheet"><div class="fold f1"></div><div class="fold f2"></div><div class="date" data-gt="e">令和8年12月1日</div><div class="to" data-gt="e">山田 和子 様</div><h1 data-gt="m">${esc(t.subject ?? '')}</h1>
${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}<table>${rows}</table><div class="iss"><span data-gt="e">${esc(t.sender)}</span>${seal(t.sender, 54)}</div></div>`;
  const css = `body{background:#7d5b3e}
.env{position:absolute;left:30px;top:120px;width:420px;height:900px;background:#f2efe6;transform:rotate(-8deg);box-shadow:0 4px 10px rgba(0,0,0,.35)}
.win{position:absolute;left:40px;top:90px;width:250px;height:120px;border:1px solid #bbb;background:rgba(255,255,255,.6)}
.eiss{position:absolute;left:40px;bottom:60px;font-size:20px;font-weight:700;color:#1c3b6e}.imp{position:absolute;right:40px;top:40px;border:3px solid #c00;color:#c00;font-size:28px;font-weight:900;padding:2px 8px}
.sheet{position:absolute;left:250px;top:40px;width:700px;height:1110px;background:#fff;padding:54px 56px;box-shadow:0 4px 14px rgba(0,0,0,.4);transform:rotate(2.5deg)}
.fold{position:absolute;left:0;right:0;height:10px;background:linear-gradient(rgba(0,0,0,.08),rgba(255,255,255,0))}.f1{top:370px}.f2{top:740px}
.date{text-align:right;font-size:16px}.to{font-size:20px;margin:16px 0 24px}
h1{font-size:26px;text-align:center;margin-bottom:24px}p{font-size:17px;line-height:1.85;margin-bottom:10px;text-indent:1em}
table{border-collapse:collapse;width:100%;margin:18px 0}th,td{border:1.5px solid #555;padding:9px 12px;font-size:16.5px;text-align:left}th{width:28%;background:#f1f1f1}
.iss{display:flex;justify-content:flex-end;align-items:center;gap:12px;font-size:16px;margin-top:18px}${SEAL_CSS}`;
  return page(body, css, device, "'IPAexMincho'");
}

/** A 回覧板: a plastic binder, the notice in its clear pocket (a sheen across it), the households' check list on the cover's lower part. */
export function kairanBinder(t: PaperText, o: { cover: string }): Page2 {
  const device = DEVICES5.binder;
  const names = ['1班 田中', '2班 鈴木', '3班 山田', '4班 加藤', '5班 吉田'].map((n) => `<span data-gt="e">${n}</span>`).join('');
  const body = `<div class="binder"><div class="ring"></div><div class="label" data-gt="e">回覧板</div><div class="pocket"><div class="sheet"><div class="from" data-gt="e">${esc(t.sender)}</div><h1 data-gt="m">${esc(t.subject ?? '')}</h1>
${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}</div><div class="sheen"></div></div><div class="chk"><div data-gt="e">確認したら印をつけて次の方へ</div><div class="nm">${names}</div></div></div>`;
  const css = `body{background:#c8c3b8}
.binder{position:absolute;inset:20px;background:${o.cover};border-radius:14px;box-shadow:0 5px 12px rgba(0,0,0,.35)}
.ring{position:absolute;left:0;top:0;bottom:0;width:36px;background:linear-gradient(90deg,rgba(0,0,0,.25),rgba(255,255,255,.2))}
.label{position:absolute;left:60px;top:20px;font-size:30px;font-weight:900;color:#fff;letter-spacing:6px}
.pocket{position:absolute;left:60px;right:30px;top:80px;bottom:170px;background:rgba(255,255,255,.18);border:2px solid rgba(255,255,255,.5)}
.sheet{position:absolute;inset:8px;background:#fff;padding:34px 40px}
.sheen{position:absolute;inset:0;background:linear-gradient(115deg,rgba(255,255,255,0) 30%,rgba(255,255,255,.55) 42%,rgba(255,255,255,0) 52%)}
.from{text-align:right;font-size:16px}h1{font-size:25px;text-align:center;margin:18px 0 20px;line-height:1.4}
p{font-size:17.5px;line-height:1.85;margin-bottom:12px;text-indent:1em}
.chk{position:absolute;left:60px;right:30px;bottom:24px;color:#fff;font-size:15px}.nm{display:flex;gap:10px;margin-top:8px}.nm span{flex:1;background:#fff;color:#222;text-align:center;padding:6px 0 40px;font-size:14px;border-radius:4px}`;
  return page(body, css, device, "'VL PGothic'");
}

/** A tri-fold pamphlet opened flat: three panels, two crease shadows, the title panel on the left with a picture, the text across the middle and right panels. */
export function trifold(t: PaperText, o: { colour: string; font: string }): Page2 {
  const device = DEVICES5.trifold;
  const ps = paragraphs(t.body);
  const half = Math.ceil(ps.length / 2);
  const body = `<div class="sheet"><div class="pn a"><div class="pic"></div><h1 data-gt="m">${esc(t.subject ?? '')}</h1><div class="iss" data-gt="e">${esc(t.sender)}</div></div>
<div class="pn b">${ps.slice(0, half).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}</div><div class="pn c">${ps.slice(half).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}<div class="box" data-gt="e">裏面もご覧ください</div></div>
<div class="cr c1"></div><div class="cr c2"></div></div>`;
  const css = `body{background:#5b6b58}
.sheet{position:absolute;left:30px;top:40px;right:30px;bottom:40px;background:#fff;display:flex;box-shadow:0 6px 14px rgba(0,0,0,.4)}
.pn{flex:1;padding:34px 30px;position:relative}.a{background:${o.colour};color:#fff}
.pic{height:240px;border-radius:10px;background:linear-gradient(135deg,rgba(255,255,255,.65),rgba(255,255,255,.15));margin-bottom:26px}
h1{font-size:33px;line-height:1.4}.iss{position:absolute;left:30px;bottom:30px;font-size:18px;font-weight:700}
p{font-size:19px;line-height:1.9;margin-bottom:16px}.box{border:2px solid ${o.colour};color:${o.colour};padding:8px;text-align:center;font-size:16px;margin-top:20px}
.cr{position:absolute;top:0;bottom:0;width:26px;background:linear-gradient(90deg,rgba(0,0,0,0),rgba(0,0,0,.14),rgba(0,0,0,0))}.c1{left:calc(33.3% - 13px)}.c2{left:calc(66.6% - 13px)}`;
  return page(body, css, device, o.font);
}

/** A thermal slip (58 mm roll): a bank ATM's statement or a hand-out receipt, grey print, a faded band, the text and its table, a torn edge. */
export function thermalSlip(t: PaperText, o: { receipt: boolean }): Page2 {
  const device = DEVICES5.thermal;
  const rows = (t.table ?? []).map((r) => `<div class="r"><span data-gt="m">${esc(r.label)}</span><span data-gt="m">${esc(r.value)}</span></div>`).join('');
  const head = o.receipt ? `<h1 data-gt="m">${esc(t.subject ?? '')}</h1><div class="to" data-gt="e">山田 様</div>${rows}${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}<div class="iss" data-gt="e">${esc(t.sender)}</div>`
    : `<div class="iss top" data-gt="e">${esc(t.sender)}</div><h1 data-gt="m">${esc(t.subject ?? '')}</h1><div class="d" data-gt="e">2026/12/07 14:22</div>${rows}<div class="warn">${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}</div>`;
  const body = `<div class="slip">${head}<div class="fade"></div></div>`;
  const css = `body{background:#3e3a36}
.slip{position:absolute;left:40px;right:40px;top:30px;bottom:30px;background:#f7f6f1;padding:30px 24px;color:#3a3a3a;clip-path:polygon(0 0,100% 0,100% 97%,92% 99%,84% 97.5%,76% 99.5%,68% 97.6%,60% 99.4%,52% 97.4%,44% 99.2%,36% 97.7%,28% 99.5%,20% 97.5%,12% 99.3%,4% 97.8%,0 99%)}
h1{font-size:25px;text-align:center;letter-spacing:6px;margin:10px 0 14px}.to{font-size:18px;border-bottom:1px solid #555;margin-bottom:12px}.d{font-size:15px;margin-bottom:10px}
.r{display:flex;justify-content:space-between;gap:10px;font-size:17px;padding:6px 0;border-bottom:1px dashed #999}
p{font-size:16.5px;line-height:1.7;margin:10px 0}.warn{border:2px solid #555;padding:6px 10px;margin-top:16px}
.iss{font-size:16px;margin-top:18px;text-align:right}.iss.top{text-align:center;margin:0 0 6px}
.fade{position:absolute;left:0;right:0;top:46%;height:70px;background:linear-gradient(rgba(247,246,241,0),rgba(247,246,241,.55),rgba(247,246,241,0))}`;
  return page(body, css, device, "'Noto Sans Mono CJK JP'");
}

/** A plain A4 letter (the renderer draws a thumb over its edge before the photo). */
export function plainLetter(t: PaperText, font: string): Page2 {
  const device = DEVICES5.a4;
  const body = `<div class="date" data-gt="e">令和8年12月2日</div><div class="to" data-gt="e">関係者各位</div><div class="from" data-gt="e">${esc(t.sender)}</div><h1 data-gt="m">${esc(t.subject ?? '')}</h1>
${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}<div class="end" data-gt="e">以上</div>`;
  const css = `body{background:#fff;color:#1a1a1a;padding:70px 80px}
.date{text-align:right;font-size:16px}.to{font-size:18px;margin:16px 0}.from{text-align:right;font-size:17px;margin-bottom:30px}
h1{font-size:26px;text-align:center;margin-bottom:30px}p{font-size:18px;line-height:1.95;margin-bottom:14px;text-indent:1em}.end{text-align:right;font-size:17px;margin-top:30px}`;
  return page(body, css, device, font);
}

/** A flyer or slip in one column (the renderer crumples it before the photo). */
export function plainFlyer(t: PaperText, o: { colour: string; font: string }): Page2 {
  const device = DEVICES5.b5;
  const rows = (t.table ?? []).map((r) => `<tr><th data-gt="m">${esc(r.label)}</th><td data-gt="m">${esc(r.value)}</td></tr>`).join('');
  const body = `<div class="band" data-gt="m">${esc(t.subject ?? '')}</div><div class="in">${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}${rows ? `<table>${rows}</table>` : ''}<div class="iss" data-gt="e">${esc(t.sender)}</div></div>`;
  const css = `body{background:#fff;color:#1a1a1a}
.band{background:${o.colour};color:#fff;font-size:30px;font-weight:800;padding:28px 34px;line-height:1.35}
.in{padding:30px 40px}p{font-size:19px;line-height:1.85;margin-bottom:14px}
table{border-collapse:collapse;width:100%;margin:14px 0}th,td{border:1.5px solid #444;padding:9px 12px;font-size:17.5px;text-align:left}th{width:34%;background:#f2f2f2}
.iss{font-size:19px;font-weight:700;text-align:right;margin-top:24px}`;
  return page(body, css, device, o.font);
}
