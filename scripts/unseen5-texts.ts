/**
 * Texts for the fifth unseen image set, "unseen5" (scripts/render-unseen5-images.ts), written on
 * 2026-12-07/08 by a helper session that writes yardsticks and does not tune the reader; written
 * as set 4 became a seen set (00:00 UTC on 2026-12-08), so this set is the one that says whether
 * the tuning on set 4 generalises. Written fresh, in the register of the scam SMS, mails, LINE
 * messages, calls noted down, letters, postcards, flyers and TV reports that police,
 * consumer-centre (国民生活センター), city and ministry warning pages describe, and of residents'
 * own questions about マイナンバー, マイナ保険証, 公金受取口座, the certificates' renewal and
 * benefits (their wording studied with the search tool, none of it pasted). Every name, number,
 * address and link is made up: phone numbers are in 0000 blocks (0X0-0000-XXXX, 03-0000-XXXX,
 * 0120-000-XXX), never a real company's number; links use reserved domains (example.com/.net/.org,
 * *.example, *.test). About a quarter are not scams (a city's LINE account answering, a
 * daughter's and a son's advice, a city app's notice, a clinic's postcard, the real renewal
 * letter, a circular on the public-funds account, a city pamphlet, an employer's request, a
 * card-arrival slip, a government TV spot).
 * `intent` is the taxonomy ID (/work/shared/spec/taxonomy.md) judged by hand from the text before
 * any image was read, not by the classifier.
 */
import type { PaperRow, PaperText, UnseenText } from './unseen-texts.ts';

export type { PaperRow, PaperText, UnseenText };

/** A one-to-one chat: the other side's messages and the resident's own (`mine`). `body` is what a resident would type: the other side's messages. */
export interface ChatText extends UnseenText {
  posts: { text: string; mine?: boolean }[];
}

const theirs = (posts: ChatText['posts']) => posts.filter((p) => !p.mine).map((p) => p.text).join('\n');
const chat = (t: Omit<ChatText, 'body'>): ChatText => ({ ...t, body: theirs(t.posts) });

/** LINE one-to-one chats: accounts that are not friends, an official-looking account, a city's account, family. */
export const CHAT5 = {
  policeWarrant: chat({
    id: 'oa-police-warrant', sender: '警視庁 捜査第二課 タナカ', intent: 'scam.fake_police',
    posts: [
      { text: 'お電話でお伝えした件です。あなた名義の口座が、特殊詐欺の振込先として使われていたことが分かりました。' },
      { text: 'すでに逮捕状の請求が進んでいます。このあとビデオ通話で逮捕状と私の警察手帳をお見せします。' },
      { text: '捜査の秘密にかかわるため、ご家族や銀行の方には絶対に話さないでください。' },
      { text: 'わかりました', mine: true },
    ],
  }),
  benefitOffice: chat({
    id: 'oa-myna-benefit', sender: 'マイナ給付金 受付事務局', intent: 'scam.phishing',
    posts: [
      { text: '【重要なお知らせ】マイナンバーカードをお持ちの方を対象に、物価高騰対策の給付金3万円を順次お支払いしています。' },
      { text: 'お客様はまだ申請がお済みでないため、12月15日までに下記のページからカード情報と受取口座をご登録ください。期限を過ぎると受け取りの権利がなくなります。\nhttps://myna-kyufu.example.net/apply' },
    ],
  }),
  investAssistant: chat({
    id: 'oa-invest-assistant', sender: '佐伯先生アシスタント 真理子', intent: 'scam.investment_romance',
    posts: [
      { text: '友だち追加ありがとうございます。佐伯先生の無料講座のアシスタントをしている真理子です。' },
      { text: '先生が選んだ銘柄は、先月は平均で25%上がりました。今週から専用の取引アプリで先生と同じ銘柄を買えるようになります。' },
      { text: '本日中にお申し込みの方だけ、最初の入金額を5万円からにしています。ご希望でしたら「参加」とお送りください。' },
    ],
  }),
  nameLending: chat({
    id: 'long-name-lending', sender: '山口（グリーンヒル入居相談）', intent: 'scam.name_lending',
    posts: [
      { text: '先日はお電話でありがとうございました。グリーンヒルの山口です。' },
      { text: 'お伝えしたとおり、入居権をお持ちの方のお名前が必要な方がいらっしゃいます。お名前と生年月日だけお借りできれば、あとはこちらで手続きします。' },
      { text: 'お名前をお貸しするだけならいいですよ', mine: true },
      { text: 'ありがとうございます。書類にはマイナンバーも書く欄があります。カードの表と裏の写真をこちらに送ってください。' },
      { text: '大変なことになりました。名義を貸したことが協会に分かり、このままでは法律違反になると言われています。' },
      { text: '弁護士の先生から電話が行きます。問題を解決するには保証金として200万円が必要だそうです。' },
      { text: 'どうしたらいいのですか', mine: true },
      { text: '本日中に先生の指示どおりにしてください。警察には相談しないでください。話が大きくなります。' },
    ],
  }),
  cityAnswer: chat({
    id: 'long-city-oa-hoken', sender: 'あおば市 公式', intent: 'faq.health_insurance_card',
    posts: [
      { text: 'マイナ保険証の登録はどうやって確かめればいいですか', mine: true },
      { text: 'お問い合わせありがとうございます。マイナ保険証の登録は、次の3つの方法で確かめられます。' },
      { text: '1. 病院や薬局の受付にあるカードリーダーにカードを置く\n2. スマートフォンのマイナポータルで「健康保険証」を開く\n3. 市役所1階 保険年金課の窓口で聞く（カードをお持ちください）' },
      { text: '登録していない方には、保険証の代わりに使える資格確認書をお送りしています。申請はいりません。' },
      { text: '市役所から電話で登録をすすめたり、手数料をお願いしたりすることはありません。' },
      { text: 'ありがとうございます。来週、窓口に行ってみます', mine: true },
      { text: 'ほかにご質問があれば、メニューの「問い合わせ」からどうぞ。' },
    ],
  }),
  feeDemand: chat({
    id: 'ipad-fee-demand', sender: 'マイナンバー登録支援センター', intent: 'scam.fee_demand',
    posts: [
      { text: 'マイナンバーカードの保険証登録の代行をお申し込みいただき、ありがとうございます。' },
      { text: '登録の確定には、事務手数料3,800円のお支払いが必要です。本日17時までに、コンビニで電子マネー（3,800円分）を購入し、カードの裏の番号をこちらに送ってください。' },
      { text: 'お支払いが確認できない場合、登録は取り消しになります。' },
    ],
  }),
  daughterPin: chat({
    id: 'ipad-daughter-pin', sender: '由美', intent: 'faq.pin',
    posts: [
      { text: 'カードの暗証番号って、どれがどれだか分からなくなった', mine: true },
      { text: 'お母さん、コンビニで住民票を取るときは数字4けたの方だよ。英数字6〜16文字の方は、確定申告とかで使う署名用のほう。' },
      { text: '4けたの方は3回間違えるとロックされるから、分からなかったら無理に押さないで。ロックされたら市役所の市民課で設定し直せるよ。' },
    ],
  }),
  hokenOfficial: chat({
    id: 'huge-oa-hoken', sender: '厚生労働省 保険局', intent: 'scam.health_insurance',
    posts: [
      { text: 'あなたのマイナ保険証のひも付けが完了していません。' },
      { text: 'このままでは来月から保険証が使えず、医療費が10割負担になります。今日中に登録してください。\nhttps://hoken-himoduke.test/mhlw' },
    ],
  }),
  sonLostCard: chat({
    id: 'huge-son-lost-card', sender: '健一', intent: 'faq.lost_card',
    posts: [
      { text: 'マイナンバーカードが見つからないの', mine: true },
      { text: '落としたなら、まずマイナンバー総合フリーダイヤルに電話して、カードを止めてもらって。夜でも休みの日でもつながるよ。' },
      { text: 'それから交番か警察署で遺失届を出して、受理番号をメモしておいて。再発行は市役所でできるから、週末に一緒に行こう。' },
    ],
  }),
  cardMail: chat({
    id: 'land-card-mail', sender: 'マイナンバーカード 交換受付', intent: 'scam.card_mail_request',
    posts: [
      { text: 'お使いのマイナンバーカードは、ICチップの不具合により年内で使えなくなります。' },
      { text: '新しいカードと無料で交換いたします。今お持ちのカードと、暗証番号を書いた紙を同封して、下記の私書箱までお送りください。\n〒100-0000 東京中央郵便局 私書箱第88号 カード交換係' },
    ],
  }),
} satisfies Record<string, ChatText>;

/** Single messages on phone, tablet and computer screens: SMS, mails, notices. */
export const SCREEN5 = {
  ecertSms: {
    id: 'sms-ecert-expiry', sender: '+81 80-0000-3166', intent: 'scam.phishing',
    body: '【J-LIS】マイナンバーカードの電子証明書の有効期限が切れています。本日中に更新しないと、カードが利用できなくなります。更新手続きはこちら\nhttps://jlis-koushin.example/renew',
  },
  deliverySms: {
    id: 'sms-delivery-absent', sender: '+81 90-0000-7730', intent: 'scam.general_phishing',
    body: 'お荷物のお届けにあがりましたが、宛先不明のため持ち帰りました。住所を確認のうえ、再配達をお申し込みください。\nhttps://takuhai-saihaitatsu.example.com/r',
  },
  hokenSms: {
    id: 'sms-hoken-stop', sender: '+81 70-0000-4402', intent: 'scam.health_insurance',
    body: '【あおば市 国保】保険証の切り替え手続きが確認できません。手続きをしないと12月から保険診療が受けられなくなります。担当 03-0000-5184 まで至急ご連絡ください。',
  },
  koukinInbox: {
    id: 'inbox-koukin-expire', sender: 'マイナポータル事務局', intent: 'scam.phishing',
    body: '【マイナポータル】公金受取口座の登録が期限切れになっています。12月12日までに再登録がない場合、給付金や還付金が振り込まれません。再登録 https://koukin-touroku.example.org/',
  },
  electricInbox: {
    id: 'inbox-electric-stop', sender: '+81 80-0000-9021', intent: 'scam.general_phishing',
    body: '【東西電力】12月分の電気料金が未払いです。本日19時に送電を停止します。お支払いはこちら https://touzai-denki.example.net/pay',
  },
  lawsuitMail: {
    id: 'cmail-lawsuit-site', sender: '民事訴訟管理センター', subject: '訴訟最終通知（あなたの個人番号に記録されます）', intent: 'scam.unpaid_lawsuit',
    body: 'あなたが以前登録した動画サイトの利用料金が未払いのまま、運営会社から訴えが起こされました。\nこのまま放置されますと、裁判の記録があなたのマイナンバーに登録され、財産の差し押さえが行われます。\n取り下げを希望される場合は、本日中に下記の窓口までご連絡ください。\n民事訴訟管理センター 03-0000-6605',
  },
  refundMail: {
    id: 'cmail-city-refund-alert', sender: 'あおば市 安全安心メール', subject: '【防犯】市職員をかたる還付金の電話にご注意', intent: 'scam.refund_atm',
    body: '本日、市内の高齢者のお宅に、市の保険年金課を名乗る男から「医療費の払い戻しがある。ATMで手続きできる」という電話が相次いでいます。\n市の職員が、ATMでの手続きをお願いすることはありません。電話を切って、ご家族か警察に相談してください。\nあおば市 防災安全課',
  },
  pointSms: {
    id: 'fwd-mynapoint-sms', sender: '+81 90-0000-2659', intent: 'scam.phishing',
    body: '【マイナポイント事務局】あなたのマイナポイント5,000円分がまだ受け取られていません。受取期限は本日までです。\nhttps://mynapoint-get.test/u',
  },
  primeMail: {
    id: 'fwd-prime-renewal', sender: 'Amazonプライム', subject: 'プライム会員の更新ができませんでした', intent: 'scam.general_phishing',
    body: 'お客様のお支払い方法に問題があり、プライム会員を更新できませんでした。\n24時間以内にお支払い情報を更新しないと、会員特典がご利用いただけなくなります。\nhttps://prime-koushin.example/update',
  },
  taxSms: {
    id: 'banner-tax-refund', sender: '国税庁', intent: 'scam.general_phishing',
    body: '【国税庁】所得税の還付金があります。受取期限が近づいていますので、e-Taxから受取口座をご登録ください。\nhttps://e-tax-kanpu.example.com/',
  },
  visitSms: {
    id: 'banner-city-visit', sender: '+81 70-0000-1184', intent: 'scam.fake_official_visit',
    body: 'あおば市福祉課です。マイナンバーカードの更新のため、明日の午前中に担当者がご自宅にうかがいます。カードと通帳をご用意のうえ、ご在宅ください。',
  },
  leakMail: {
    id: 'land-mail-leak', sender: '個人情報保護管理室', subject: '【至急】あなたのマイナンバーが流出しています', intent: 'scam.leak_threat',
    body: 'あなたのマイナンバーと住所が、インターネット上の名簿に載っていることが分かりました。\nこのままでは、あなたの名前で借金をされたり、携帯電話の契約に使われたりするおそれがあります。\n名簿から削除するには手続きが必要です。下記までお電話ください。\n個人情報保護管理室 0120-000-473',
  },
  refundSms: {
    id: 'share-refund-hoken', sender: '+81 80-0000-6048', intent: 'scam.refund_atm',
    body: '【あおば市 保険年金課】介護保険料の払い戻しが14,200円あります。受取期限は本日です。担当 03-0000-2731 までお電話ください。お近くのATMからお手続きできます。',
  },
  skimmingSms: {
    id: 'share-skimming-case', sender: '安心グッズ通販', intent: 'scam.sales_pitch',
    body: 'マイナンバーカードの情報は、近づくだけで盗まれることがあります！スキミング防止ケースが今だけ9,800円→2,980円。ご家族の分もお早めに。\nhttps://anshin-goods.example.org/case',
  },
  ecertCounter: {
    id: 'cityapp-ecert-counter', sender: 'あおば市 市民課', subject: '電子証明書の更新 窓口の受付時間を延長します', intent: 'faq.card_procedures',
    body: '有効期限通知書が届いた方が増えているため、12月は毎週木曜日に、市民課の窓口を19時まで開けます。\nマイナンバーカードの電子証明書の更新は、手数料がかかりません。カードと通知書をお持ちください。暗証番号が分からない方は、本人確認書類もお持ちください。',
  },
  policeAlert: {
    id: 'cityapp-police-alert', sender: 'あおば警察署 生活安全課', subject: '警察官をかたる電話が増えています', intent: 'scam.fake_police',
    body: '「あなたの口座が犯罪に使われた」「逮捕状が出ている」と言って、LINEのビデオ通話に誘う電話が市内で続いています。\n警察が、LINEで事情を聞いたり、お金の確認を求めたりすることはありません。電話を切り、あおば警察署（03-0000-0110）に確かめてください。',
  },
  policeTelop: {
    id: 'tv-news-fake-police', sender: 'あおばテレビ ニュース', subject: '警察官かたりLINEで「逮捕状」 70代男性が1200万円被害', intent: 'scam.fake_police',
    body: '警察官を名乗る男からLINEのビデオ通話で偽の逮捕状を見せられ、70代の男性が現金をだまし取られました。警察は「警察がLINEで連絡することはない」と注意を呼びかけています。',
  },
  hokenSpot: {
    id: 'tv-spot-shikaku', sender: '政府広報', subject: '保険証は「マイナ保険証」へ', intent: 'faq.health_insurance_card',
    body: 'マイナ保険証をお持ちでない方には、資格確認書が届きます。これまでどおり病院で受診できます。手続きや費用はいりません。',
  },
  pensionFlip: {
    id: 'flip-pension-refund', sender: '年金事務センター', intent: 'scam.refund_atm',
    body: '未支給の年金が38,600円あります。受け取りには本日中の手続きが必要です。年金事務センター 03-0000-9913 へお電話ください。',
  },
} satisfies Record<string, UnseenText>;

/** Paper: postcards, letters with their envelopes, circulars in a binder, pamphlets, thermal slips, letters held by a thumb, crumpled flyers. */
export const PAPER5 = {
  surveyCard: {
    id: 'hagaki-asset-survey', kind: 'postcard', sender: 'マイナンバー制度 生活調査室', subject: '生活状況調査のお知らせ', intent: 'scam.fake_official_call',
    body: 'マイナンバー制度の見直しに伴い、ご高齢の方の生活状況を調査しております。\n近日中に担当の者からお電話し、ご家族の人数、預貯金の額、お取引のある銀行をおうかがいします。\nご協力いただけない場合、年金の支給に影響することがあります。',
  },
  clinicCard: {
    id: 'hagaki-clinic', kind: 'postcard', sender: 'さくら内科クリニック', subject: '受付方法が変わります', intent: 'faq.health_insurance_card',
    body: '1月から、受付にカードリーダーを置きました。マイナ保険証をお持ちの方は、カードを置いて、顔認証か暗証番号で受付してください。\nマイナ保険証をお持ちでない方は、届いた資格確認書をお見せください。これまでの保険証は、有効期限まで使えます。',
  },
  renewalLetter: {
    id: 'letter-jlis-renewal', kind: 'letter', sender: '地方公共団体情報システム機構（J-LIS）', subject: '電子証明書の有効期限通知書', intent: 'faq.card_procedures',
    body: 'あなたのマイナンバーカードの電子証明書は、下記の日に有効期限を迎えます。\n引き続きお使いになるには、お住まいの市区町村の窓口で更新の手続きをしてください。手数料はかかりません。\nこの通知書、マイナンバーカード、暗証番号をお持ちください。',
    table: [{ label: '有効期限', value: '令和9年2月14日' }, { label: '手続き場所', value: 'お住まいの市区町村の窓口' }, { label: '持ち物', value: 'この通知書、マイナンバーカード' }],
  },
  cardReturn: {
    id: 'letter-card-return', kind: 'letter', sender: '個人番号カード更新事務センター', subject: 'マイナンバーカード回収のお願い', intent: 'scam.card_mail_request',
    body: '制度の変更により、現在お使いのマイナンバーカードを新しいカードに交換いたします。\n同封の返信用封筒に、今のカードと、暗証番号を記入した確認票を入れて、12月20日までにご返送ください。\n新しいカードは、1か月ほどでお届けします。',
    table: [{ label: '返送先', value: '東京中央郵便局 私書箱第207号' }, { label: '返送期限', value: '令和8年12月20日' }, { label: 'お問い合わせ', value: '03-0000-4270' }],
  },
  circularVisit: {
    id: 'kairan-fake-visit', kind: 'letter', sender: 'ひばり町内会 防犯部', subject: '市役所職員をかたる訪問にご注意ください', intent: 'scam.fake_official_visit',
    body: '11月末から、市役所の職員を名乗る男が町内の家を訪ね、「マイナンバーカードの更新で預かりに来た」と言ってカードや通帳を持って行こうとする例がありました。\n市役所の職員がカードや通帳を預かりに来ることはありません。家に上げず、ひばり交番（03-0000-7110）に連絡してください。',
  },
  circularKoukin: {
    id: 'kairan-koukin-check', kind: 'letter', sender: 'ひばり町内会', subject: '公金受取口座の登録内容を確かめましょう', intent: 'faq.misregistration',
    body: 'マイナポイントの手続きのときに、ご家族の口座を登録してしまった方がいます。給付金は登録した口座に振り込まれるため、本人名義の口座でないと受け取れません。\nマイナポータルで確かめられます。分からない方は、12月13日（土）の集会所の相談会で、市の職員が一緒に見てくれます。',
  },
  pamphletSafety: {
    id: 'pamphlet-safety', kind: 'letter', sender: 'あおば市', subject: 'マイナンバーカード 安心のしくみ', intent: 'faq.safety',
    body: 'ICチップには、税や年金の記録、病気の記録は入っていません。\nカードを使うときは暗証番号が必要で、何度も間違えるとロックがかかります。顔写真もあるので、他人がなりすまして使うことは難しくなっています。\nだれがいつ自分の情報を見たかは、マイナポータルで確かめられます。',
  },
  pamphletClub: {
    id: 'pamphlet-watch-club', kind: 'letter', sender: 'シニアあんしん見守りクラブ', subject: 'マイナンバーを狙う犯罪から あなたを守ります', intent: 'scam.sales_pitch',
    body: '会員になると、専門スタッフがあなたのマイナンバーを24時間見守り、悪用を防ぎます。\n入会金30,000円、月会費2,500円。今月中のお申し込みで入会金を半額にします。\nお申し込み・ご相談 0120-000-915',
  },
  atmSlip: {
    id: 'receipt-atm-warning', kind: 'letter', sender: 'あおば銀行 ATM', subject: 'ご利用明細', intent: 'scam.refund_atm',
    body: 'ATMで還付金や給付金を受け取ることはできません。\n電話でATMの操作を指示されたら、それは詐欺です。\n操作をやめて、すぐに警察へご相談ください。',
    table: [{ label: 'お取引', value: 'お振込' }, { label: '金額', value: '¥99,800' }, { label: '受取人', value: 'カ）ケンコウホケンセンター' }],
  },
  feeSlip: {
    id: 'receipt-card-fee', kind: 'letter', sender: 'マイナ登録サポート 出張所', subject: '領収書', intent: 'scam.fee_demand',
    body: '上記の金額を、マイナンバーカード登録手数料として正に領収いたしました。\nカードは登録完了後にお返しします。',
    table: [{ label: '金額', value: '¥5,000' }, { label: '但し', value: 'カード登録・暗証番号設定代行' }, { label: '担当', value: 'ナカムラ' }],
  },
  employerLetter: {
    id: 'thumb-employer-request', kind: 'letter', sender: '株式会社あおば物流 総務部', subject: 'マイナンバー提出のお願い', intent: 'faq.legit_requests',
    body: '源泉徴収票の作成と社会保険の手続きのため、従業員の皆さまと扶養のご家族のマイナンバーをお届けいただきます。\n同封の用紙にご記入のうえ、マイナンバーカードの表と裏のコピーを添えて、12月19日までに総務部へお出しください。\n届けていただいた番号は、法律で決められた手続き以外には使いません。',
  },
  leakLetter: {
    id: 'thumb-leak-deletion', kind: 'letter', sender: '一般社団法人 個人情報削除機構', subject: '個人情報流出に関する重要なお知らせ', intent: 'scam.leak_threat',
    body: '当機構の調査で、あなたのマイナンバーを含む個人情報が、複数の業者に売られていることが分かりました。\n情報を削除しない場合、迷惑電話や不正な契約の被害に遭うおそれがあります。\n削除のお申し込みは、12月16日までに 03-0000-3358 へお電話ください。',
  },
  historyFlyer: {
    id: 'crumpled-history-erase', kind: 'letter', sender: 'データ消去サービス', subject: 'マイナンバーに残った購入履歴を消します', intent: 'scam.sales_pitch',
    body: '通販やサイトの購入履歴は、マイナンバーにすべて記録されています。\nご家族や会社に知られる前に、専門の技術者が記録を消去します。\n1件 19,800円。ご相談は無料です。0120-000-306',
  },
  arrivalSlip: {
    id: 'crumpled-card-arrival', kind: 'letter', sender: '日本郵便 あおば郵便局', subject: 'ご不在連絡票（本人限定受取郵便）', intent: 'faq.notification_delivery',
    body: '本人限定受取郵便（特定事項伝達型）をお届けにまいりましたが、ご不在でしたので持ち帰りました。\nこの郵便物は、ご本人さまにのみお渡しします。受け取りの際は、運転免許証などの本人確認書類をご用意ください。\n再配達は下記の番号へ。お届け先の郵便受けには入りません。',
    table: [{ label: 'お届け物', value: '市区町村からの郵便物' }, { label: '保管期限', value: '12月17日' }, { label: '再配達受付', value: '0120-000-834' }],
  },
} satisfies Record<string, PaperText>;
