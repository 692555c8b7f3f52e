/**
 * HTML/CSS mock-ups for the fourth unseen image set (scripts/render-unseen4-images.ts): apps and
 * paper that none of the earlier sets draws (tests/support/render-screenshots.ts,
 * scripts/unseen-layouts.ts, scripts/unseen2-layouts.ts, scripts/unseen3-layouts.ts): a LINE group
 * with several speakers, an iOS notification opened by a long press, a Facebook-like post with
 * comments, a video site's comment sheet, a Q&A site's question page, a bank app's notice, a
 * smartwatch notification, a reading-magnifier app over a letter, a LINE Keep memo, a mail app's
 * thread view, a calendar-spam invitation, a browser pop-up (phone and desktop); paper: a
 * circular on a clipboard, a reminder (督促状) with its address window and barcode, a newsletter
 * and a flyer in columns with photos, a fax, a carbon-copy form, a newspaper clipping in vertical
 * text, a pharmacy bag with a stapled note, the back of an envelope.
 * As in sets 1–3, the known text is read back from the laid-out page (shoot() of
 * scripts/render-unseen2-images.ts): elements marked `data-gt="m"` hold the message, `data-gt="e"`
 * the rest of what a reader sees; text not marked is not counted (icons, clocks, seals).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/runtime/project-paths.ts';
import { esc, page, type Device } from './unseen-layouts.ts';
import { rich, type Page2 } from './unseen2-layouts.ts';
import { initial, paragraphs, seal, SEAL_CSS, status } from './unseen3-layouts.ts';
import type { GroupText, PaperText, UnseenText } from './unseen4-texts.ts';

export type { Device, Page2 };

export const DEVICES4 = {
  iphone16Plus: { name: 'iphone-16-plus', width: 430, height: 932, scale: 3 },
  iphoneMini: { name: 'iphone-13-mini', width: 375, height: 812, scale: 3 },
  android412: { name: 'android-412-tall', width: 412, height: 919, scale: 2.625 },
  android400: { name: 'android-400', width: 400, height: 889, scale: 2.7 },
  watch: { name: 'watch-45mm', width: 198, height: 242, scale: 2 },
  ipadPortrait: { name: 'ipad-portrait', width: 820, height: 1180, scale: 2 },
  desktop1440: { name: 'desktop-1440', width: 1440, height: 900, scale: 1 },
  clipboard: { name: 'clipboard', width: 860, height: 1220, scale: 1.6 },
  dunning: { name: 'dunning-letter', width: 760, height: 1075, scale: 2 },
  a4: { name: 'a4', width: 794, height: 1123, scale: 2 },
  carbon: { name: 'carbon-form', width: 900, height: 620, scale: 2 },
  clipping: { name: 'newspaper-clipping', width: 700, height: 760, scale: 2 },
  bag: { name: 'pharmacy-bag', width: 640, height: 960, scale: 2 },
  envelopeBack: { name: 'envelope-back', width: 600, height: 840, scale: 2 },
} satisfies Record<string, Device>;

/** BIZ UDPGothic from npm (@expo-google-fonts/biz-udpgothic), as a data URL: Debian has no package for it. */
let bizFaces: string | undefined;
export function bizUdpGothic(): string {
  if (bizFaces) return bizFaces;
  const dir = join(PROJECT_ROOT, 'node_modules', '@expo-google-fonts', 'biz-udpgothic');
  const face = (file: string, weight: number) => `@font-face{font-family:'BIZ UDPGothic';font-weight:${weight};src:url(data:font/ttf;base64,${readFileSync(join(dir, file)).toString('base64')}) format('truetype')}`;
  bizFaces = face('400Regular/BIZUDPGothic_400Regular.ttf', 400) + face('700Bold/BIZUDPGothic_700Bold.ttf', 700);
  return bizFaces;
}

const e = (s: string) => `<span data-gt="e">${esc(s)}</span>`;

/** A LINE group chat: several speakers with their names over their bubbles, the resident's own posts on the right with read counts. */
export function lineGroup(t: GroupText, device: Device, opts: { dark?: boolean; clock: string; times: readonly string[] }): Page2 {
  const dark = opts.dark ?? false;
  const c = dark ? { bg: '#22262e', fg: '#e9e9e9', bub: '#3a3f48', bubFg: '#f0f0f0', mine: '#3f8f3a', mineFg: '#fff', hd: '#1a1d23', sub: '#9aa0a8', link: '#8ec5ff' } : { bg: '#9bb3d6', fg: '#111', bub: '#fff', bubFg: '#111', mine: '#a8e38f', mineFg: '#111', hd: '#f7f8fa', sub: '#f2f5fa', link: '#1d5fd1' };
  const colours = ['#e07a5f', '#3d8fc4', '#81b29a', '#c08bd6', '#f2a541'];
  const who = [...new Set(t.posts.map((p) => p.who))];
  const rows = t.posts.map((p, i) => {
    const time = `<div class="tm"><span data-gt="e">${p.mine ? `既読 ${Math.max(1, who.length - 1)}<br>` : ''}${esc(opts.times[i] ?? '9:00')}</span></div>`;
    if (p.mine) return `<div class="row mine">${time}<div class="bub me" data-gt="m">${rich(p.text, c.link)}</div></div>`;
    const k = who.indexOf(p.who);
    return `<div class="row"><div class="av" style="background:${colours[k % colours.length]}">${esc([...p.who.replace(/^.* /, '')][0] ?? '?')}</div><div class="col"><div class="nm" data-gt="e">${esc(p.who)}</div><div class="line"><div class="bub" data-gt="m">${rich(p.text, c.link)}</div>${time}</div></div></div>`;
  }).join('');
  const body = `${status(c.fg, opts.clock)}
<div class="hd"><span class="back">‹</span><span class="ttl" data-gt="e">${esc(t.sender)}</span><span class="ic">⌕　☰</span></div>
<div class="scroll"><div class="list"><div class="date"><span data-gt="e">12月7日(日)</span></div>${rows}</div></div>
<div class="bar"><span class="pl">＋　◎　▣</span><div class="field" data-gt="e">Aa</div><span class="pl">☺　🎙</span></div>`;
  const css = `body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column}
body>div:first-child{background:${c.hd}}
.hd{flex:none;height:48px;display:flex;align-items:center;gap:10px;padding:0 12px;background:${c.hd}}
.back{font-size:30px;line-height:1}.ttl{font-size:16px;font-weight:700}.ic{margin-left:auto;font-size:17px}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:4px 0 8px}
.date{text-align:center;margin:6px 0 10px}.date span{background:rgba(0,0,0,.22);color:#fff;font-size:11px;padding:3px 10px;border-radius:10px}
.row{display:flex;gap:7px;padding:4px 10px;align-items:flex-start}.row.mine{justify-content:flex-end;align-items:flex-end}
.av{width:36px;height:36px;border-radius:50%;flex:none;color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px}
.col{display:flex;flex-direction:column;max-width:78%}.nm{font-size:11.5px;color:${c.sub};margin:0 0 3px 2px}
.line{display:flex;align-items:flex-end;gap:5px}
.bub{background:${c.bub};color:${c.bubFg};border-radius:17px;padding:9px 12px;font-size:14.5px;line-height:1.5;word-break:break-all}
.bub.me{background:${c.mine};color:${c.mineFg};max-width:74%}
.tm{font-size:10px;color:${c.sub};text-align:right;line-height:1.3;flex:none}
.bar{flex:none;display:flex;align-items:center;gap:10px;padding:8px 12px 22px;background:${c.hd}}.pl{font-size:17px;color:#777}
.field{flex:1;background:${dark ? '#30343c' : '#eceef1'};border-radius:18px;padding:7px 14px;font-size:14px;color:#999}`;
  return page(body, css, device, "'M PLUS 2'");
}

/** iOS: a message notification opened by a long press: the conversation preview card over the blurred screen, the reply field, the menu under it. */
export function iosNotifPreview(t: UnseenText, device: Device): Page2 {
  const body = `${status('#fff', '7:41', 46)}
<div class="wall"></div>
<div class="card"><div class="top"><span class="app"></span><span class="an" data-gt="e">メッセージ</span><span class="now" data-gt="e">今</span></div>
<div class="from" data-gt="e">${esc(t.sender)}</div><div class="bub" data-gt="m">${rich(t.body, '#0a66d8')}</div><div class="rep" data-gt="e">テキストメッセージ</div></div>
<div class="menu"><div><span data-gt="e">既読にする</span><b>✓</b></div><div><span data-gt="e">1時間通知を停止</span><b>◔</b></div><div><span data-gt="e">通知の設定</span><b>⚙</b></div></div>`;
  const css = `body{background:#2a3550;color:#fff;position:relative}
.wall{position:absolute;inset:0;background:radial-gradient(circle at 30% 20%,#6b86c8,#31406b 45%,#1b2238);filter:blur(8px);z-index:-1}
.card{margin:36px 14px 0;background:rgba(245,245,247,.96);color:#111;border-radius:22px;padding:14px 14px 12px;box-shadow:0 8px 30px rgba(0,0,0,.4)}
.top{display:flex;align-items:center;gap:8px;font-size:13px;color:#6b6b70}.app{width:22px;height:22px;border-radius:6px;background:linear-gradient(#6ee06a,#2ec23a)}.now{margin-left:auto}
.from{font-size:16px;font-weight:700;margin:10px 0 8px}
.bub{background:#e5e5ea;border-radius:18px;padding:10px 13px;font-size:15.5px;line-height:1.45;word-break:break-all;max-width:92%}
.rep{margin-top:12px;border:1px solid #c7c7cc;border-radius:18px;padding:7px 14px;font-size:14px;color:#8e8e93}
.menu{margin:12px 14px 0 auto;width:250px;background:rgba(240,240,244,.94);color:#111;border-radius:14px;overflow:hidden}
.menu div{display:flex;justify-content:space-between;padding:12px 16px;font-size:15.5px;border-bottom:1px solid #d1d1d6}.menu div:last-child{border:none}`;
  return page(body, css, device, "'IPAexGothic'");
}

/** A Facebook-like post in the feed: author, the text, a picture with big words, a button, reactions and two comments. */
export function fbPost(t: UnseenText, device: Device, opts: { sponsored: boolean; picture: string; button?: string; reactions: string; comments: readonly { who: string; text: string }[] }): Page2 {
  const comments = opts.comments.map((k) => `<div class="cm"><div class="cav">${esc([...k.who][0] ?? '?')}</div><div class="cb"><div class="cn" data-gt="e">${esc(k.who)}</div><div data-gt="e">${esc(k.text)}</div></div></div>`).join('');
  const body = `${status('#111', '12:18')}
<div class="top"><span class="logo" data-gt="e">facebook</span><span class="ic">＋　⌕　✉</span></div>
<div class="post"><div class="au"><div class="av">${initial(t.sender)}</div><div><div class="nm" data-gt="e">${esc(t.sender)}</div><div class="sub" data-gt="e">${opts.sponsored ? '広告' : '3時間前'}</div></div><span class="more">⋯</span></div>
<div class="text">${paragraphs(t.body).map((p) => `<p data-gt="m">${rich(p, '#216fdb')}</p>`).join('')}</div>
<div class="pic"><span data-gt="e">${esc(opts.picture)}</span></div>
${opts.button ? `<div class="cta"><span data-gt="e">line.example.com</span><b data-gt="e">${esc(opts.button)}</b></div>` : ''}
<div class="re"><span data-gt="e">${esc(opts.reactions)}</span><span data-gt="e">コメント${opts.comments.length * 47 + 3}件</span></div>
<div class="acts"><span data-gt="e">いいね！</span><span data-gt="e">コメントする</span><span data-gt="e">シェア</span></div>${comments}</div>`;
  const css = `body{background:#c9ccd1;color:#050505;display:flex;flex-direction:column}
body>div:first-child{background:#fff}
.top{flex:none;height:50px;display:flex;align-items:center;padding:0 14px;background:#fff}.logo{color:#1877f2;font:700 27px sans-serif;letter-spacing:-1px}.ic{margin-left:auto;font-size:18px}
.post{background:#fff;margin-top:8px;flex:1;overflow:hidden}
.au{display:flex;align-items:center;gap:9px;padding:12px 14px 6px}.av{width:40px;height:40px;border-radius:50%;background:#4b6a9b;color:#fff;display:flex;align-items:center;justify-content:center}
.nm{font-size:15px;font-weight:700}.sub{font-size:12.5px;color:#65676b}.more{margin-left:auto;font-size:18px;color:#65676b}
.text{padding:4px 14px 10px}p{font-size:15px;line-height:1.55;margin-bottom:6px;word-break:break-all}
.pic{height:170px;background:linear-gradient(135deg,#0f3d64,#2c7cb8 55%,#f0b429);display:flex;align-items:center;justify-content:center;color:#fff;font-size:30px;font-weight:900;text-shadow:0 2px 6px rgba(0,0,0,.5)}
.cta{display:flex;align-items:center;justify-content:space-between;background:#f0f2f5;padding:10px 14px;font-size:12.5px;color:#65676b}.cta b{background:#e4e6eb;color:#050505;border-radius:6px;padding:8px 12px;font-size:14px}
.re{display:flex;justify-content:space-between;padding:9px 14px;font-size:13px;color:#65676b}
.acts{display:flex;justify-content:space-around;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:9px 0;font-size:14px;color:#65676b;font-weight:600}
.cm{display:flex;gap:8px;padding:8px 14px 0}.cav{width:32px;height:32px;border-radius:50%;background:#8a9bb0;color:#fff;flex:none;display:flex;align-items:center;justify-content:center;font-size:13px}
.cb{background:#f0f2f5;border-radius:16px;padding:7px 12px;font-size:13.5px;line-height:1.45}.cn{font-weight:700;font-size:13px}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A video site's comments: the player at the top, the video's title, the comment sheet with the comment and others around it. */
export function videoComments(t: UnseenText, device: Device, opts: { before: readonly { who: string; text: string }[]; after: readonly { who: string; text: string }[]; count: string; dark?: boolean }): Page2 {
  const dark = opts.dark ?? false;
  const c = dark ? { bg: '#0f0f0f', fg: '#f1f1f1', sub: '#aaa', line: '#272727' } : { bg: '#fff', fg: '#0f0f0f', sub: '#606060', line: '#e5e5e5' };
  const other = (k: { who: string; text: string }, i: number) => `<div class="cm"><div class="cav" style="background:${['#b36b4f', '#5b8c5a', '#6d5bd0', '#c9a227'][i % 4]}"></div><div><div class="hn" data-gt="e">${esc(k.who)}・${i + 2}日前</div><div class="ct" data-gt="e">${esc(k.text)}</div><div class="lk" data-gt="e">👍 ${12 + i * 7}　返信</div></div></div>`;
  const body = `<div class="player"><div class="bar"><i></i></div></div>
<div class="title" data-gt="e">${esc(t.subject ?? '')}</div>
<div class="sheet"><div class="sh"><span data-gt="e">コメント ${esc(opts.count)}</span><span class="x">✕</span></div>
<div class="cms">${opts.before.map(other).join('')}<div class="cm"><div class="cav" style="background:#d14b7a">${initial(t.sender.replace('@', ''))}</div><div><div class="hn" data-gt="e">${esc(t.sender)}・1日前</div><div class="ct" data-gt="m">${rich(t.body, '#3ea6ff')}</div><div class="lk" data-gt="e">👍 1,024　返信</div><div class="rp" data-gt="e">▼ 返信 38 件</div></div></div>${opts.after.map((k, i) => other(k, i + opts.before.length)).join('')}</div></div>
<div class="add"><div class="me"></div><div class="f" data-gt="e">コメントする...</div></div>`;
  const css = `body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column}
.player{flex:none;height:${Math.round((device.width * 9) / 16)}px;background:radial-gradient(circle at 60% 40%,#5d7a95,#1a2633);position:relative}
.bar{position:absolute;left:0;right:0;bottom:0;height:3px;background:rgba(255,255,255,.3)}.bar i{display:block;width:38%;height:100%;background:#f00}
.title{flex:none;font-size:15px;font-weight:700;padding:10px 14px;line-height:1.4}
.sheet{flex:1;overflow:hidden;border-top:1px solid ${c.line};border-radius:14px 14px 0 0;display:flex;flex-direction:column}
.sh{display:flex;justify-content:space-between;padding:12px 16px;font-size:16px;font-weight:700;border-bottom:1px solid ${c.line}}
.cms{flex:1;overflow:hidden}
.cm{display:flex;gap:11px;padding:11px 16px 4px}.cav{width:32px;height:32px;border-radius:50%;flex:none;color:#fff;display:flex;align-items:center;justify-content:center;font-size:13px}
.hn{font-size:12px;color:${c.sub}}.ct{font-size:14px;line-height:1.5;margin:3px 0;word-break:break-all}.lk{font-size:12px;color:${c.sub}}.rp{font-size:13px;color:#3ea6ff;font-weight:700;margin-top:6px}
.add{flex:none;display:flex;gap:10px;align-items:center;padding:10px 16px 22px;border-top:1px solid ${c.line}}.me{width:28px;height:28px;border-radius:50%;background:#7b6f5d}.f{font-size:14px;color:${c.sub}}`;
  return page(body, css, device, "'TakaoPGothic'");
}

/** A Q&A site's question page (Yahoo!知恵袋-like): the site bar, the category, the question, its counts, the first answers. */
export function qaSite(t: UnseenText, device: Device, answers: readonly { who: string; text: string }[], fontPx = 15): Page2 {
  const ans = answers.map((a, i) => `<div class="an"><div class="ah"><span class="aav"></span><span data-gt="e">${esc(a.who)}</span>${i === 0 ? '<b data-gt="e">ベストアンサー</b>' : ''}</div><div class="at" data-gt="e">${esc(a.text)}</div></div>`).join('');
  const body = `${status('#fff', '9:12')}
<div class="site"><span class="logo" data-gt="e">みんなの知恵ひろば</span><span class="q" data-gt="e">質問する</span></div>
<div class="scroll"><div class="crumb" data-gt="e">暮らしと生活 ＞ 役所、公的手続き</div>
<div class="qa"><div class="qh"><span class="qav"></span><div><div data-gt="e">${esc(t.sender)}さん</div><div class="dt" data-gt="e">2026/12/7 8:14</div></div></div>
<h1 data-gt="m">${esc(t.subject ?? '')}</h1>${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}
<div class="cnt"><span data-gt="e">共感した 12</span><span data-gt="e">閲覧数 3,402</span><span data-gt="e">回答数 ${answers.length}</span></div></div>
<div class="ahd" data-gt="e">回答（${answers.length}件）</div>${ans}</div>`;
  const css = `body{background:#f1f2f4;color:#222;display:flex;flex-direction:column}
body>div:first-child{background:#e8381c}
.site{flex:none;height:48px;background:#e8381c;color:#fff;display:flex;align-items:center;justify-content:space-between;padding:0 14px}.logo{font-size:18px;font-weight:700}.q{font-size:13px;border:1.5px solid #fff;border-radius:14px;padding:3px 10px}
.scroll{flex:1;overflow:hidden}
.crumb{font-size:12px;color:#666;padding:8px 14px}
.qa{background:#fff;padding:12px 14px 10px;border-top:3px solid #fd9b00}
.qh{display:flex;gap:9px;align-items:center;font-size:13px}.qav{width:34px;height:34px;border-radius:50%;background:#d6d9de}.dt{color:#888;font-size:12px}
h1{font-size:${fontPx + 2}px;line-height:1.5;margin:10px 0 8px}p{font-size:${fontPx}px;line-height:1.7;margin-bottom:8px;word-break:break-all}
.cnt{display:flex;gap:14px;font-size:12px;color:#777;margin-top:6px}
.ahd{font-size:15px;font-weight:700;padding:14px 14px 6px}
.an{background:#fff;margin-bottom:6px;padding:10px 14px}.ah{display:flex;gap:8px;align-items:center;font-size:13px}.ah b{background:#fd9b00;color:#fff;font-size:11px;padding:2px 6px;border-radius:3px}
.aav{width:26px;height:26px;border-radius:50%;background:#c5ccd6}.at{font-size:14px;line-height:1.65;margin-top:6px}`;
  return page(body, css, device, "'IPAPGothic'");
}

/** A bank app's notice: the app bar in the bank's colour, the tabs, one notice opened (date, label, title, text, a button). `fontPx` 20+ is the phone's large-text setting. */
export function bankNotice(t: UnseenText, device: Device, opts: { colour: string; fontPx: number; label: string; button: string }): Page2 {
  const f = opts.fontPx;
  const body = `${status('#fff', '11:36')}
<div class="app"><span class="bk" data-gt="e">${esc(t.sender)}</span><span class="ic">🔔</span></div>
<div class="tabs"><span data-gt="e">ホーム</span><span data-gt="e">入出金</span><span class="on" data-gt="e">お知らせ</span><span data-gt="e">手続き</span></div>
<div class="scroll"><div class="back" data-gt="e">＜ お知らせ一覧</div><div class="meta"><span class="lb" data-gt="e">${esc(opts.label)}</span><span data-gt="e">2026年12月5日</span></div>
<h1 data-gt="m">${esc(t.subject ?? '')}</h1>${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}<div class="btn" data-gt="e">${esc(opts.button)}</div></div>`;
  const css = `${bizUdpGothic()}
body{background:#fff;color:#1e1e1e;display:flex;flex-direction:column}
body>div:first-child{background:${opts.colour}}
.app{flex:none;height:${Math.round(f * 3.3)}px;background:${opts.colour};color:#fff;display:flex;align-items:center;justify-content:space-between;padding:0 16px}.bk{font-size:${f + 3}px;font-weight:700}
.tabs{flex:none;display:flex;justify-content:space-around;border-bottom:1px solid #ddd;font-size:${f - 2}px;color:#666}.tabs span{padding:10px 0}.tabs .on{color:${opts.colour};border-bottom:3px solid ${opts.colour};font-weight:700}
.scroll{flex:1;overflow:hidden;padding:10px 16px}
.back{font-size:${f - 2}px;color:${opts.colour};margin-bottom:10px}
.meta{display:flex;gap:10px;align-items:center;font-size:${f - 3}px;color:#777}.lb{background:#fdecea;color:#c62828;border-radius:3px;padding:2px 8px;font-weight:700}
h1{font-size:${f + 3}px;line-height:1.45;margin:10px 0 12px;padding-bottom:10px;border-bottom:1px solid #eee}
p{font-size:${f}px;line-height:1.75;margin-bottom:12px;word-break:break-all}
.btn{margin:16px auto 0;text-align:center;background:${opts.colour};color:#fff;border-radius:24px;padding:12px;font-size:${f}px;font-weight:700;width:80%}`;
  return page(body, css, device, "'BIZ UDPGothic'");
}

/** A smartwatch's notification (its own screenshot): app and time, the sender, the text in the watch's narrow column, the dismiss button if it fits. */
export function watchNotif(t: UnseenText, device: Device): Page2 {
  const body = `<div class="w"><div class="top"><span class="app"></span><span data-gt="e">メッセージ</span><span class="tm" data-gt="e">今</span></div>
<div class="from" data-gt="e">${esc(t.sender)}</div><div class="text" data-gt="m">${rich(t.body, '#5ac8fa', false)}</div><div class="btn" data-gt="e">閉じる</div></div>`;
  const css = `body{background:#000;color:#fff}
.w{height:100%;overflow:hidden;padding:6px 8px}
.top{display:flex;align-items:center;gap:5px;font-size:11px;color:#9a9a9f}.app{width:14px;height:14px;border-radius:50%;background:#34c759}.tm{margin-left:auto}
.from{font-size:13px;font-weight:700;margin:5px 0 3px;color:#eee}
.text{font-size:13.5px;line-height:1.38;word-break:break-all}
.btn{margin-top:8px;background:#242426;border-radius:16px;text-align:center;padding:7px;font-size:13px}`;
  return page(body, css, device, "'M PLUS 1'");
}

/** A reading-magnifier app: the camera's view of a letter, enlarged (the lines that fall outside are cut), the zoom level, the controls. */
export function magnifierApp(t: UnseenText, device: Device, opts: { zoom: number; shiftY: number; invert?: boolean }): Page2 {
  const paper = `<div class="paper" style="transform:translate(0,${-opts.shiftY}px) scale(${opts.zoom})"><div class="h" data-gt="m">${esc(t.subject ?? '')}</div>${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}<div class="f" data-gt="e">${esc(t.sender)}</div></div>`;
  const body = `${status('#fff', '15:03')}
<div class="top"><span data-gt="e">拡大鏡</span><span class="z" data-gt="e">${opts.zoom.toFixed(1)}倍</span></div>
<div class="view">${paper}</div>
<div class="ctl"><div class="sl"><i></i></div><div class="bt"><span data-gt="e">ライト</span><span data-gt="e">止める</span><span data-gt="e">色反転</span><span data-gt="e">写真</span></div></div>`;
  const css = `body{background:#000;color:#fff;display:flex;flex-direction:column}
.top{flex:none;height:44px;display:flex;align-items:center;justify-content:space-between;padding:0 16px;font-size:17px;font-weight:700}.z{background:#ffd60a;color:#000;border-radius:12px;padding:2px 10px;font-size:15px}
.view{flex:1;overflow:hidden;position:relative;background:#cfc6b3}
.paper{position:absolute;left:0;top:0;width:${Math.floor(device.width / opts.zoom)}px;transform-origin:0 0;background:${opts.invert ? '#111' : '#f6f1e4'};color:${opts.invert ? '#ffeb3b' : '#2b2b2b'};padding:8px 7px 260px;filter:blur(0.25px)}
.h{font-size:10.5px;font-weight:700;margin-bottom:5px}p{font-size:8.6px;line-height:1.6;margin-bottom:3px;word-break:break-all}.f{font-size:8px;text-align:right;margin-top:4px}
.ctl{flex:none;padding:12px 16px 24px;background:#111}.sl{height:5px;background:#444;border-radius:3px;margin:4px 10px 14px}.sl i{display:block;width:${Math.round(opts.zoom * 20)}%;height:100%;background:#ffd60a;border-radius:3px}
.bt{display:flex;justify-content:space-around;font-size:14px}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A LINE Keep memo: the memo's date and its lines as the resident typed them, the tools under it. */
export function keepMemo(t: UnseenText, device: Device, opts: { when: string; dark?: boolean }): Page2 {
  const dark = opts.dark ?? false;
  const body = `${status(dark ? '#eee' : '#111', '20:05')}
<div class="hd"><span class="back">‹</span><span data-gt="e">Keep</span><span class="r">⋮</span></div>
<div class="tabs"><span data-gt="e">すべて</span><span data-gt="e">写真</span><span class="on" data-gt="e">テキスト</span><span data-gt="e">ファイル</span></div>
<div class="memo"><div class="when" data-gt="e">${esc(opts.when)}</div><div class="text" data-gt="m">${rich(t.body, '#2a7de1')}</div></div>
<div class="tools"><span data-gt="e">トークに送信</span><span data-gt="e">編集</span><span data-gt="e">削除</span></div>`;
  const css = `${bizUdpGothic()}
body{background:${dark ? '#111' : '#f5f6f8'};color:${dark ? '#eee' : '#1b1b1b'};display:flex;flex-direction:column}
.hd{flex:none;height:48px;display:flex;align-items:center;gap:12px;padding:0 14px;font-size:17px;font-weight:700}.back{font-size:28px}.r{margin-left:auto}
.tabs{flex:none;display:flex;gap:18px;padding:0 16px;font-size:13.5px;color:#888;border-bottom:1px solid ${dark ? '#333' : '#ddd'}}.tabs span{padding:8px 0}.tabs .on{color:${dark ? '#eee' : '#111'};border-bottom:2px solid #06c755;font-weight:700}
.memo{flex:1;overflow:hidden;margin:14px;background:${dark ? '#1f1f1f' : '#fff'};border-radius:12px;padding:14px 16px}
.when{font-size:12px;color:#999;margin-bottom:10px}.text{font-size:17px;line-height:1.75;word-break:break-all}
.tools{flex:none;display:flex;justify-content:space-around;padding:12px 0 24px;border-top:1px solid ${dark ? '#333' : '#ddd'};font-size:13.5px;color:#06c755}`;
  return page(body, css, device, "'BIZ UDPGothic'");
}

/** A mail app's thread (conversation) view: the subject, earlier messages folded into one-line rows, the newest opened, the reply buttons. */
export function mailThread(t: UnseenText, device: Device, opts: { address: string; earlier: readonly { when: string; snippet: string }[]; dark?: boolean }): Page2 {
  const dark = opts.dark ?? false;
  const c = dark ? { bg: '#1f1f1f', fg: '#e3e3e3', sub: '#a0a0a0', line: '#3a3a3a', chip: '#3c3c3c', link: '#8ab4f8' } : { bg: '#fff', fg: '#1f1f1f', sub: '#5f6368', line: '#e0e0e0', chip: '#e8eaed', link: '#0b57d0' };
  const folded = opts.earlier.map((m) => `<div class="fold"><div class="av">${initial(t.sender)}</div><div class="fb"><div class="fr"><span data-gt="e">${esc(t.sender)}</span><span class="fw" data-gt="e">${esc(m.when)}</span></div><div class="sn" data-gt="e">${esc(m.snippet)}</div></div></div>`).join('');
  const body = `${status(c.fg, '8:27')}
<div class="tb"><span>←</span><span class="r">⤓　🗑　✉　⋮</span></div>
<div class="scroll"><div class="subj"><span data-gt="m">${esc(t.subject ?? '')}</span> <span class="chip" data-gt="e">受信トレイ</span></div>${folded}
<div class="open"><div class="oh"><div class="av">${initial(t.sender)}</div><div><div class="fr"><b data-gt="e">${esc(t.sender)}</b><span class="fw" data-gt="e">8:02</span></div><div class="to" data-gt="e">${esc(opts.address)}</div><div class="to" data-gt="e">To 自分</div></div></div>
${paragraphs(t.body).map((p) => `<p data-gt="m">${rich(p, c.link)}</p>`).join('')}</div></div>
<div class="btns"><span data-gt="e">返信</span><span data-gt="e">全員に返信</span><span data-gt="e">転送</span></div>`;
  const css = `body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column}
.tb{flex:none;height:50px;display:flex;align-items:center;padding:0 16px;font-size:19px}.tb .r{margin-left:auto;font-size:16px;letter-spacing:2px}
.scroll{flex:1;overflow:hidden}
.subj{font-size:20px;line-height:1.4;padding:4px 16px 12px}.chip{font-size:11.5px;background:${c.chip};border-radius:4px;padding:1px 6px;vertical-align:middle}
.fold{display:flex;gap:12px;padding:10px 16px;border-top:1px solid ${c.line}}.fb{flex:1;min-width:0}
.av{width:36px;height:36px;border-radius:50%;background:#f28b25;color:#fff;flex:none;display:flex;align-items:center;justify-content:center;font-size:15px}
.fr{display:flex;justify-content:space-between;font-size:14px;gap:8px}.fw{color:${c.sub};font-size:12px;flex:none}
.sn{font-size:13px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:2px}
.open{border-top:1px solid ${c.line};padding:12px 16px}.oh{display:flex;gap:12px;margin-bottom:12px}.oh>div:last-child{flex:1}.to{font-size:12.5px;color:${c.sub}}
p{font-size:15px;line-height:1.65;margin-bottom:10px;word-break:break-all}
.btns{flex:none;display:flex;gap:8px;justify-content:center;padding:10px 12px 22px}.btns span{border:1px solid ${c.line};border-radius:18px;padding:7px 14px;font-size:13.5px}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A calendar invitation pushed by a spammer: the event's title, date, organiser, the notes, the reply bar. */
export function calendarInvite(t: UnseenText, device: Device, dark: boolean): Page2 {
  const c = dark ? { bg: '#000', card: '#1c1c1e', fg: '#fff', sub: '#8e8e93', line: '#38383a' } : { bg: '#f2f2f7', card: '#fff', fg: '#000', sub: '#8e8e93', line: '#e5e5ea' };
  const body = `${status(c.fg, '6:58')}
<div class="nav"><span data-gt="e">＜ 12月</span><span data-gt="e">イベントの詳細</span><span></span></div>
<div class="scroll"><div class="card"><div class="ttl" data-gt="m">${esc(t.subject ?? '')}</div><div class="when" data-gt="e">2026年12月8日(火)</div><div class="when" data-gt="e">終日</div></div>
<div class="card row"><span data-gt="e">カレンダー</span><span class="v" data-gt="e">● ホーム</span></div>
<div class="card row"><span data-gt="e">出席予定者</span><span class="v" data-gt="e">1人</span></div>
<div class="card row"><span data-gt="e">主催者</span><span class="v" data-gt="e">${esc(t.sender)}</span></div>
<div class="card"><div class="lb" data-gt="e">メモ</div><div class="notes" data-gt="m">${rich(t.body, '#0a84ff')}</div></div></div>
<div class="reply"><span data-gt="e">参加</span><span data-gt="e">仮承諾</span><span data-gt="e">辞退</span></div>`;
  const css = `body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column}
.nav{flex:none;height:44px;display:flex;align-items:center;justify-content:space-between;padding:0 14px;font-size:16px}.nav span:first-child{color:#ff3b30}.nav span:nth-child(2){font-weight:700}
.scroll{flex:1;overflow:hidden;padding:6px 0}
.card{background:${c.card};margin:0 14px 12px;border-radius:11px;padding:12px 14px}
.ttl{font-size:20px;font-weight:700;line-height:1.35;margin-bottom:8px}.when{font-size:14.5px;color:${c.sub};line-height:1.5}
.row{display:flex;justify-content:space-between;gap:10px;font-size:15px}.v{color:${c.sub};text-align:right;word-break:break-all}
.lb{font-size:13px;color:${c.sub};margin-bottom:6px}.notes{font-size:15px;line-height:1.6;word-break:break-all}
.reply{flex:none;display:flex;justify-content:space-around;padding:12px 0 26px;border-top:1px solid ${c.line};background:${c.card};font-size:16px;color:#ff3b30}`;
  return page(body, css, device, "'VL PGothic'");
}

/** A browser with a pop-up over a page: the address bar (the site's domain), a greyed page, the warning dialog with its buttons. On a desktop when the device is wide. */
export function browserPopup(t: UnseenText, device: Device): Page2 {
  const desk = device.width > 1000;
  const k = desk ? 1.35 : 1;
  const body = `${desk ? '' : status('#111', '22:47')}
<div class="chrome">${desk ? `<div class="tabs"><span class="tab" data-gt="e">セキュリティ警告</span><span class="tab off" data-gt="e">天気予報 - あおば市</span></div>` : ''}<div class="url"><span class="lock">⚠</span><span data-gt="e">${esc(t.sender)}</span></div></div>
<div class="pagewrap"><div class="pg"><div class="ph" data-gt="e">セキュリティセンター</div><div class="pl" data-gt="e">お客様の端末を保護しています</div><div class="blk"></div><div class="blk"></div></div>
<div class="dim"></div><div class="dlg"><div class="dh"><span class="ic">!</span><span data-gt="m">${esc(t.subject ?? '')}</span></div>
<div class="db">${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}</div><div class="bt"><span class="call" data-gt="e">今すぐ電話する</span><span data-gt="e">閉じる</span></div></div></div>`;
  const css = `body{background:#fff;color:#111;display:flex;flex-direction:column}
.chrome{flex:none;background:#eef0f3;border-bottom:1px solid #cfd3d8}
.tabs{display:flex;gap:2px;padding:8px 10px 0}.tab{background:#fff;border-radius:8px 8px 0 0;padding:7px 18px;font-size:13px}.tab.off{background:transparent;color:#555}
.url{display:flex;align-items:center;gap:8px;margin:${desk ? '6px 10px 8px' : '4px 10px 8px'};background:#fff;border-radius:18px;padding:7px 14px;font-size:${desk ? 14 : 13.5}px;color:#333}.lock{color:#d93025;font-weight:700}
.pagewrap{flex:1;position:relative;overflow:hidden}
.pg{padding:${20 * k}px}.ph{font-size:${22 * k}px;font-weight:700;color:#1a4d8f}.pl{font-size:${14 * k}px;color:#666;margin:6px 0 18px}.blk{height:${90 * k}px;background:#e6ebf2;border-radius:8px;margin-bottom:14px}
.dim{position:absolute;inset:0;background:rgba(0,0,0,.55)}
.dlg{position:absolute;left:50%;top:${desk ? 150 : 120}px;transform:translateX(-50%);width:${desk ? 620 : device.width - 36}px;background:#fff;border-radius:10px;overflow:hidden;box-shadow:0 10px 40px rgba(0,0,0,.5)}
.dh{background:#c62828;color:#fff;display:flex;align-items:center;gap:10px;padding:${12 * k}px ${16 * k}px;font-size:${17 * k}px;font-weight:700}.ic{width:${26 * k}px;height:${26 * k}px;border-radius:50%;background:#fff;color:#c62828;display:flex;align-items:center;justify-content:center;flex:none}
.db{padding:${14 * k}px ${16 * k}px 4px}p{font-size:${15 * k}px;line-height:1.6;margin-bottom:10px;word-break:break-all}
.bt{display:flex;gap:10px;justify-content:flex-end;padding:${10 * k}px ${16 * k}px ${16 * k}px;font-size:${14 * k}px}.bt span{border:1px solid #bbb;border-radius:6px;padding:8px 14px}.bt .call{background:#c62828;color:#fff;border-color:#c62828;font-weight:700}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

// ---- Paper ----

/** A neighbourhood circular (回覧) on a clipboard: the board, the metal clip, the sheet with its table and the order the households pass it on. */
export function clipboardNotice(t: PaperText): Page2 {
  const device = DEVICES4.clipboard;
  const rows = (t.table ?? []).map((r) => `<tr><th data-gt="m">${esc(r.label)}</th><td data-gt="m">${esc(r.value)}</td></tr>`).join('');
  const order = ['1 田中', '2 鈴木', '3 山田', '4 佐々木', '5 高橋', '6 伊藤'].map((n) => `<div class="o"><span data-gt="e">${n}</span><i></i></div>`).join('');
  const body = `<div class="board"><div class="clip"></div><div class="sheet"><div class="stamp" data-gt="e">回覧</div><div class="from" data-gt="e">${esc(t.sender)}</div>
<h1 data-gt="m">${esc(t.subject ?? '')}</h1>${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}<table>${rows}</table>
<div class="ord"><div class="ot" data-gt="e">見たら印を押して次へ回してください</div><div class="os">${order}</div></div></div></div>`;
  const css = `body{background:#8a6a48}
.board{position:absolute;inset:14px;border-radius:22px;background:linear-gradient(160deg,#a9825a,#8b6840);box-shadow:inset 0 0 0 3px #6f5130}
.clip{position:absolute;left:50%;top:-6px;width:250px;height:86px;transform:translateX(-50%);background:linear-gradient(#e4e6ea,#9aa0a8 60%,#c7ccd2);border-radius:12px 12px 30px 30px;box-shadow:0 4px 6px rgba(0,0,0,.4);z-index:2}
.sheet{position:absolute;left:46px;right:46px;top:52px;bottom:40px;background:#fdfcf8;padding:70px 44px 30px;box-shadow:0 2px 5px rgba(0,0,0,.3);overflow:hidden}
.stamp{position:absolute;left:30px;top:60px;border:3px solid #1d4fa3;color:#1d4fa3;font-size:26px;font-weight:700;padding:4px 10px;transform:rotate(-6deg)}
.from{text-align:right;font-size:17px;margin-bottom:16px}
h1{font-size:27px;text-align:center;margin:18px 0 22px;line-height:1.4}
p{font-size:18px;line-height:1.85;margin-bottom:12px;text-indent:1em}
table{border-collapse:collapse;width:100%;margin:16px 0 26px}th,td{border:1.5px solid #333;padding:10px 12px;font-size:18px;text-align:left}th{width:26%;background:#f0eee6}
.ord{border-top:2px dashed #888;padding-top:14px}.ot{font-size:15px;margin-bottom:10px}
.os{display:grid;grid-template-columns:repeat(6,1fr);border:1.5px solid #333}.o{border-right:1px solid #333;text-align:center;font-size:14px}.o span{display:block;border-bottom:1px solid #333;padding:4px 0}.o i{display:block;height:56px}`;
  return page(body, css, device, "'IPAexGothic'");
}

/** A reminder (督促状) folded into its own envelope: the address in the window, 親展, the title, the text, the table, a barcode and its digits. */
export function dunningNotice(t: PaperText, opts: { colour: string }): Page2 {
  const device = DEVICES4.dunning;
  const rows = (t.table ?? []).map((r) => `<tr><th data-gt="m">${esc(r.label)}</th><td data-gt="m">${esc(r.value)}</td></tr>`).join('');
  const bars = Array.from({ length: 70 }, (_, i) => `<i style="width:${1 + ((i * 37) % 4)}px;margin-right:${1 + ((i * 11) % 3)}px"></i>`).join('');
  const body = `<div class="top"><div class="win"><div data-gt="e">〒123-4567</div><div data-gt="e">あおば市ひばり台2丁目5番8号</div><div class="nm" data-gt="e">山田 和子 様</div></div><div class="shin" data-gt="e">親展</div><div class="iss"><div data-gt="e">${esc(t.sender)}</div>${seal(t.sender, 58)}</div></div>
<div class="perf"></div>
<div class="main"><h1 data-gt="m" style="color:${opts.colour}">${esc(t.subject ?? '')}</h1>${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}<table>${rows}</table>
<div class="bc"><div class="bars">${bars}</div><div class="dg" data-gt="e">91 2345 6780 1234 5678</div></div></div>`;
  const css = `body{background:#fff;color:#161616}
.top{position:relative;height:300px;background:#f4f6f9;border-bottom:1px solid #ccd}
.win{position:absolute;left:60px;top:60px;width:380px;height:170px;border:1.5px solid #99a;background:#fff;padding:22px 24px;font-size:17px;line-height:1.7}.nm{font-size:23px;margin-top:6px}
.shin{position:absolute;left:470px;top:60px;border:2.5px solid #c8161d;color:#c8161d;font-size:24px;font-weight:700;padding:4px 8px}
.iss{position:absolute;right:40px;bottom:26px;display:flex;align-items:center;gap:10px;font-size:15px}
.perf{height:0;border-top:3px dotted #999;margin:8px 0}
.main{padding:22px 60px}
h1{font-size:29px;text-align:center;margin-bottom:20px;letter-spacing:4px}
p{font-size:16.5px;line-height:1.85;margin-bottom:8px}
table{border-collapse:collapse;width:100%;margin:18px 0}th,td{border:1.5px solid #444;padding:9px 12px;font-size:17px;text-align:left}th{width:32%;background:#eef1f5}
.bc{margin-top:14px}.bars{display:flex;height:54px}.bars i{display:block;background:#111;height:100%}.dg{font-family:'IPAGothic';font-size:15px;letter-spacing:3px;margin-top:4px}
${SEAL_CSS}`;
  return page(body, css, device, "'BIZ UDMincho'");
}

/** A page in columns with photos: a city newsletter (masthead, three columns, the article in the first) or a flyer (a coloured band, photos beside the text, a big phone number). */
export function columnsPage(t: PaperText, kind: 'newsletter' | 'flyer', others: readonly { head: string; text: string }[]): Page2 {
  const device = DEVICES4.a4;
  const photo = (h: number, hue: number) => `<div class="ph" style="height:${h}px;background:linear-gradient(135deg,hsl(${hue},35%,62%),hsl(${hue + 40},30%,40%))"></div>`;
  const other = others.map((o, i) => `<div class="art">${photo(110, 90 + i * 70)}<h3 data-gt="e">${esc(o.head)}</h3><div class="ot" data-gt="e">${esc(o.text)}</div></div>`).join('');
  const text = paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('');
  const body = kind === 'newsletter'
    ? `<div class="mast"><span class="mt" data-gt="e">${esc(t.sender.replace(/ .*$/, ''))}</span><span class="no" data-gt="e">${esc(t.sender.replace(/^\S+ /, ''))}　No.845</span></div>
<div class="cols"><div class="art main">${photo(150, 200)}<h2 data-gt="m">${esc(t.subject ?? '')}</h2>${text}</div>${other}</div>`
    : `<div class="band" data-gt="m">${esc(t.subject ?? '')}</div><div class="fl"><div class="pics">${photo(170, 30)}<div class="cap" data-gt="e">金庫で大切に保管</div>${photo(170, 160)}<div class="cap" data-gt="e">担当スタッフがお届け</div></div><div class="ftext">${text}</div></div><div class="ffoot" data-gt="e">${esc(t.sender)}</div>`;
  const css = `body{background:#fff;color:#1a1a1a}
.mast{display:flex;align-items:baseline;justify-content:space-between;border-bottom:5px solid #2e7d32;margin:40px 46px 18px;padding-bottom:6px}.mt{font-size:46px;font-weight:800;color:#2e7d32}.no{font-size:15px}
.cols{display:grid;grid-template-columns:1.3fr 1fr 1fr;gap:22px;margin:0 46px}
.art h2{font-size:22px;line-height:1.4;margin:10px 0;border-left:6px solid #2e7d32;padding-left:8px}.art h3{font-size:17px;margin:8px 0 6px}
.ph{border-radius:4px}
p{font-size:14.5px;line-height:1.8;margin-bottom:8px;text-indent:1em}.ot{font-size:13.5px;line-height:1.75}
.band{margin:0;background:#0b6e4f;color:#fff;font-size:34px;font-weight:800;text-align:center;padding:34px 30px;line-height:1.35}
.fl{display:flex;gap:28px;margin:34px 44px}.pics{width:250px;flex:none}.cap{font-size:14px;text-align:center;margin:6px 0 16px}
.ftext p{font-size:19px;line-height:1.9;font-weight:500}
.ffoot{position:absolute;left:0;right:0;bottom:50px;text-align:center;font-size:20px;font-weight:700;border-top:2px solid #0b6e4f;padding-top:14px;margin:0 44px}`;
  return page(body, css, device, kind === 'newsletter' ? "'M PLUS 2'" : "'BIZ UDPMincho'");
}

/** A fax as it comes out of the machine (the renderer then makes it low-resolution and dithered): the sender's header line, a boxed title, the text, a footer. */
export function faxSheet(t: PaperText, header: string): Page2 {
  const device = DEVICES4.a4;
  const body = `<div class="hdr" data-gt="e">${esc(header)}</div><div class="sheet"><div class="box" data-gt="e">FAX通信</div><div class="from" data-gt="e">${esc(t.sender)}</div>
<h1 data-gt="m">${esc(t.subject ?? '')}</h1>${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}<div class="grey"></div>
<div class="foot" data-gt="e">今後このFAXが不要の方は、お手数ですがご連絡ください。</div></div>`;
  const css = `body{background:#fff;color:#000}
.hdr{font-family:'Noto Sans Mono CJK JP';font-size:13px;padding:10px 20px;border-bottom:1px solid #000;white-space:nowrap}
.sheet{padding:40px 70px}
.box{display:inline-block;border:3px solid #000;font-size:26px;font-weight:900;padding:4px 18px}
.from{float:right;font-size:17px;margin-top:14px}
h1{clear:both;font-size:30px;font-weight:900;margin:40px 0 28px;line-height:1.4;text-decoration:underline;text-underline-offset:8px}
p{font-size:19px;line-height:1.9;margin-bottom:14px}
.grey{height:90px;margin:20px 0;background:linear-gradient(90deg,#888,#ddd,#999)}
.foot{font-size:14px;border-top:1px solid #000;padding-top:10px;margin-top:40px}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A carbon-copy form (複写式, the customer's copy): printed frame and labels in red, entries pressed through in blue-black, a little blurred and offset. */
export function carbonForm(t: PaperText, opts: { paper: string; ink: string }): Page2 {
  const device = DEVICES4.carbon;
  const rows = (t.table ?? []).map((r) => `<tr><th><span data-gt="m">${esc(r.label)}</span></th><td class="hw" data-gt="m">${esc(r.value)}</td></tr>`).join('');
  const body = `<div class="f"><div class="no" data-gt="e">No. 004172</div><div class="ttl" data-gt="m">${esc(t.subject ?? '')}</div><div class="date"><span data-gt="e">令和</span><span class="hw" data-gt="e">8</span><span data-gt="e">年</span><span class="hw" data-gt="e">12</span><span data-gt="e">月</span><span class="hw" data-gt="e">6</span><span data-gt="e">日</span></div>
<div class="row"><div class="txt hw" data-gt="m">${rich(t.body, opts.ink)}</div><table>${rows}</table></div><div class="iss" data-gt="e">${esc(t.sender)}</div></div>`;
  const css = `body{background:${opts.paper};color:#c0392b}
.f{position:absolute;inset:22px;border:2px solid #c0392b;padding:16px 22px}
.no{position:absolute;right:20px;top:12px;font-size:15px;font-family:'IPAGothic'}
.ttl{font-size:28px;font-weight:700;text-align:center;letter-spacing:6px;margin:6px 0 10px}
.date{text-align:right;font-size:16px;margin-bottom:10px}
.hw{font-family:'Klee One';color:${opts.ink};text-shadow:0.6px 0.8px 1.2px ${opts.ink};font-weight:600}
.row{display:flex;gap:20px}.txt{flex:1;font-size:21px;line-height:1.8;border:1.5px solid #c0392b;padding:10px 14px;transform:translate(3px,2px) rotate(-0.6deg)}
table{border-collapse:collapse;width:50%}th,td{border:1.5px solid #c0392b;padding:7px 10px;font-size:17px;text-align:left}th{width:48%;font-weight:400}td.hw{font-size:21px}
.iss{position:absolute;left:22px;bottom:14px;font-size:16px}`;
  return page(body, css, device, "'IPAexGothic'");
}

/** A newspaper clipping on a table: newsprint, cut edges, the headline and the article in vertical text (縦書き). */
export function newspaperClip(t: PaperText): Page2 {
  const device = DEVICES4.clipping;
  const body = `<div class="clip"><div class="v"><h1 data-gt="m">${esc(t.subject ?? '')}</h1>${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}</div></div>`;
  const css = `body{background:#6d5a44}
.clip{position:absolute;left:30px;top:26px;right:24px;bottom:30px;background:#ece6d6;clip-path:polygon(0 1%,12% 0,40% 1.5%,71% 0.3%,100% 1.2%,99.2% 38%,100% 72%,99% 100%,64% 98.8%,30% 100%,0.6% 99%,0 61%,1% 30%);padding:26px 24px;display:flex;justify-content:flex-end}
.v{writing-mode:vertical-rl;height:100%;color:#1d1d1d}
h1{font-size:30px;font-weight:900;margin-left:22px;line-height:1.35;letter-spacing:1px;font-family:'Noto Sans CJK JP'}
p{font-size:17px;line-height:1.75;text-indent:1em;letter-spacing:0.5px}`;
  return page(body, css, device, "'Noto Serif CJK JP'");
}

/** A pharmacy's medicine bag with a note stapled to it: the bag's printed band and name, the patient, the note's title and text. */
export function pharmacyBag(t: PaperText): Page2 {
  const device = DEVICES4.bag;
  const body = `<div class="bag"><div class="fold"></div><div class="band"><span data-gt="e">${esc(t.sender)}</span></div><div class="kind" data-gt="e">内服薬</div><div class="pt" data-gt="e">山田 和子 様</div><div class="use" data-gt="e">1日3回　毎食後</div></div>
<div class="note"><div class="staple"></div><div class="nt" data-gt="m">${esc(t.subject ?? '')}</div>${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}</div>`;
  const css = `body{background:#bfb6a6}
.bag{position:absolute;left:40px;right:40px;top:30px;bottom:30px;background:#fbfbf7;box-shadow:0 3px 8px rgba(0,0,0,.3)}
.fold{height:60px;background:linear-gradient(#e3e3dc,#fbfbf7);border-bottom:1px dashed #bbb}
.band{background:#2e8b57;color:#fff;font-size:22px;font-weight:700;padding:12px 24px}
.kind{font-size:60px;font-weight:800;text-align:center;margin:26px 0 6px;color:#2e8b57;letter-spacing:12px}
.pt{font-size:26px;text-align:center}.use{font-size:20px;text-align:center;margin-top:10px;color:#444}
.note{position:absolute;left:70px;right:66px;top:430px;background:#fff7c8;padding:26px 26px 20px;transform:rotate(-2.2deg);box-shadow:0 2px 6px rgba(0,0,0,.25)}
.staple{position:absolute;left:40%;top:8px;width:70px;height:6px;border:2px solid #888;border-bottom:none}
.nt{font-size:23px;font-weight:700;margin-bottom:10px;border-bottom:2px solid #2e8b57;padding-bottom:6px}
p{font-size:17px;line-height:1.8;margin-bottom:6px}`;
  return page(body, css, device, "'M PLUS 1'");
}

/** The back of a large envelope: the flap, the red printed box (what is inside and what to do), the sender's name and address at the bottom. */
export function envelopeBack(t: PaperText): Page2 {
  const device = DEVICES4.envelopeBack;
  const body = `<div class="env"><div class="flap"></div><div class="shime" data-gt="e">〆</div>
<div class="box"><div class="bt" data-gt="m">${esc(t.subject ?? '')}</div>${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}</div>
<div class="from"><div class="org" data-gt="e">${esc(t.sender)}</div><div data-gt="e">東京都千代田区神田九丁目9番9号</div></div></div>`;
  const css = `body{background:#c9b28d}
.env{position:absolute;inset:0;background:#d8bf93}
.flap{position:absolute;left:0;right:0;top:0;height:220px;background:linear-gradient(to bottom right,#ccb285 49.6%,transparent 50%) left/50% 100% no-repeat,linear-gradient(to bottom left,#ccb285 49.6%,transparent 50%) right/50% 100% no-repeat;border-bottom:0}
.shime{position:absolute;left:50%;top:196px;transform:translateX(-50%);font-size:34px;color:#333;font-family:'Klee One'}
.box{position:absolute;left:54px;right:54px;top:290px;border:3px solid #c8161d;padding:18px 20px;color:#c8161d}
.bt{font-size:27px;font-weight:700;text-align:center;margin-bottom:12px;letter-spacing:2px}
p{font-size:17px;line-height:1.75;color:#3a0f0f;margin-bottom:6px}
.from{position:absolute;left:0;right:0;bottom:56px;text-align:center;font-size:16px;line-height:1.7}.org{font-size:22px;font-weight:700}`;
  return page(body, css, device, "'IPAPMincho'");
}
