/**
 * Texts for the fourth unseen image set, "unseen4" (scripts/render-unseen4-images.ts), written on
 * 2026-12-07 by a helper session that writes yardsticks and does not tune the reader; written
 * while set 3 was being studied and tuned on (it became a seen set at 21:22 UTC), so this set is
 * the one that says whether that work generalises. Written fresh, in the register of the scam
 * SMS, mails, LINE and SNS messages, calendar spam, browser pop-ups, letters, faxes, slips and
 * newspaper reports that police, consumer-centre, city and ministry warning pages describe (their
 * wording studied, none of it pasted). Every name, number, address and link is made up: phone
 * numbers are in 0000 blocks (0X0-0000-XXXX, 03-0000-XXXX, 0120-000-XXX), never a real company's
 * number; links use reserved domains (example.com/.net/.org, *.example, *.test). About a quarter
 * are not scams (a neighbourhood group, a city post, a bank app's notices, a question about a
 * locked PIN, a 資格確認書, a memo, a circular, a tax reminder, a city newsletter, a pharmacy).
 * `intent` is the taxonomy ID (/work/shared/spec/taxonomy.md) judged by hand from the text before
 * any image was read, not by the classifier.
 */
import type { PaperRow, PaperText, UnseenText } from './unseen-texts.ts';

export type { PaperRow, PaperText, UnseenText };

/** A chat with several speakers (a LINE group); `mine` marks the resident's own posts. */
export interface GroupText extends UnseenText {
  posts: { who: string; text: string; mine?: boolean }[];
}

/** LINE groups: a family member forwarding an SMS, an investment "study group", a neighbourhood group. */
export const GROUP4 = {
  familyForward: {
    id: 'group-family-hoken', sender: '山田家（5）', intent: 'scam.health_insurance',
    body: '【厚生局】お持ちの健康保険証は12月末で使えなくなります。マイナ保険証への切り替えがお済みでない方は、本日中に下記から手続きしてください。手続きがない場合、医療費は全額自己負担になります。\nhttps://myna-kirikae.example/hoken',
    posts: [
      { who: '和子', mine: true, text: '【厚生局】お持ちの健康保険証は12月末で使えなくなります。マイナ保険証への切り替えがお済みでない方は、本日中に下記から手続きしてください。手続きがない場合、医療費は全額自己負担になります。\nhttps://myna-kirikae.example/hoken' },
      { who: '和子', mine: true, text: 'こんなのが来たけど、どうしたらいい？' },
      { who: '健太', text: 'お母さん、それは開かないで！夜に電話するね' },
      { who: '美咲', text: 'うちにも似たのが来てたよ' },
    ],
  },
  investClub: {
    id: 'group-invest-club', sender: '【公式】株式学習グループ⑦（248）', intent: 'scam.investment_romance',
    body: '皆さま、おはようございます。本日も木村先生の推奨銘柄を10時に発表します。昨日の銘柄は終値で+18%でした。\n先生のおかげで今月の利益が62万円になりました！感謝しかありません\n出金もすぐでした。迷っている方は早めに始めたほうがいいですよ\n専用アプリの取引枠は残り3名です。ご希望の方は私に個別でメッセージをください。最初は10万円から始められます。',
    posts: [
      { who: 'アシスタント 佐藤', text: '皆さま、おはようございます。本日も木村先生の推奨銘柄を10時に発表します。昨日の銘柄は終値で+18%でした。' },
      { who: 'ゆうこ', text: '先生のおかげで今月の利益が62万円になりました！感謝しかありません' },
      { who: 'たけし', text: '出金もすぐでした。迷っている方は早めに始めたほうがいいですよ' },
      { who: 'アシスタント 佐藤', text: '専用アプリの取引枠は残り3名です。ご希望の方は私に個別でメッセージをください。最初は10万円から始められます。' },
    ],
  },
  neighbours: {
    id: 'group-neighbours-hoken', sender: 'ひばり町内会 連絡（36）', intent: 'faq.health_insurance_card',
    body: '【お知らせ】12月14日（日）10時から12時まで、ひばり集会所でマイナ保険証の相談会を開きます。市の職員の方が来て、カードの登録や確認を一緒に見てくれます。マイナンバーカードと、今お使いの保険証か資格確認書をお持ちください。費用はかかりません。\n暗証番号を忘れた方は、その場では再設定できないので、先に市役所の窓口へどうぞ、とのことです。',
    posts: [
      { who: '会長 小林', text: '【お知らせ】12月14日（日）10時から12時まで、ひばり集会所でマイナ保険証の相談会を開きます。市の職員の方が来て、カードの登録や確認を一緒に見てくれます。マイナンバーカードと、今お使いの保険証か資格確認書をお持ちください。費用はかかりません。' },
      { who: '佐々木', text: 'ありがとうございます。母を連れて行きます' },
      { who: '会長 小林', text: '暗証番号を忘れた方は、その場では再設定できないので、先に市役所の窓口へどうぞ、とのことです。' },
    ],
  },
} satisfies Record<string, GroupText>;

/** Phone screens: notification previews, SNS posts and comments, a Q&A site, a bank app, a watch, a magnifier, memos, mails, calendar spam, pop-ups. */
export const SCREEN4 = {
  carrierBill: {
    id: 'notif-carrier-bill', sender: '+81 70-0000-2291', intent: 'scam.general_phishing',
    body: '【ドコモ】ご利用料金のお支払いが確認できません。本日中にお手続きがない場合、回線を停止いたします。\nお支払い手続き https://docomo-ryokin.example.net/pay',
  },
  koukinCheck: {
    id: 'notif-koukin-check', sender: 'マイナポータル', intent: 'scam.phishing',
    body: '【マイナポータル】公金受取口座の確認が完了していません。12月20日を過ぎると登録口座が無効となり、給付金が受け取れなくなります。\n確認はこちら https://mynaportal-check.test/koukin',
  },
  celebPost: {
    id: 'post-celebrity-stocks', sender: '前田 浩二（経済アナリスト）', intent: 'scam.investment_romance',
    body: '【緊急告知】私が30年かけて身につけた株の選び方を、今だけ無料で公開します。\n年金だけでは足りないと感じている60代以上の方にこそ、読んでほしい内容です。\n先着100名様に、毎朝の注目銘柄をLINEでお届けします。下のボタンから友だち追加してください。',
  },
  cityPost: {
    id: 'post-city-sunday-desk', sender: 'あおば市役所 広報課', intent: 'faq.card_procedures',
    body: '【マイナンバーカード 日曜窓口のご案内】\n12月は第2・第4日曜日の9時から12時まで、市役所1階の市民課で、カードの受け取りと電子証明書の更新ができます。\n予約は市のホームページか、市民課（03-0000-4410）へ。届いた通知書と本人確認書類をお持ちください。',
  },
  commentTeacher: {
    id: 'comment-teacher-line', sender: '@hiroko-1957', subject: 'はじめての新NISA　60代からの資産づくり', intent: 'scam.investment_romance',
    body: 'この動画を見て勉強を始めましたが、なかなか増えませんでした。知人に紹介された藤井先生のグループに入ってから、3か月で資産が2倍近くになりました。\n先生のLINEはプロフィールに載せています。人数に限りがあるそうなので、気になる方はお早めに。',
  },
  commentPrize: {
    id: 'comment-prize-winner', sender: '@official-prize-center', subject: '【検証】冬の電気代を半分にする5つの方法', intent: 'scam.general_phishing',
    body: 'おめでとうございます！このコメントを見た方の中から抽選で、最新のスマートフォンをプレゼントしています。あなたが当選しました。\n受け取りには送料だけお支払いください。プロフィールのリンクから24時間以内にお手続きを。',
  },
  qaRefund: {
    id: 'qa-refund-call', sender: 'sakura_musume', subject: '市役所から医療費の還付があると電話がありました', intent: 'scam.refund_atm',
    body: '76歳の母のことで相談です。昨日、市役所の保険年金課を名乗る男性から電話があり、「医療費の払い戻しが3万2千円ある。期限が今日までなので、近くのATMから手続きしてほしい。銀行の担当からも電話が行く」と言われたそうです。\n母は銀行に行く前に私に電話をくれたので、まだ何もしていません。これは本当の手続きなのでしょうか。',
  },
  qaPin: {
    id: 'qa-pin-locked', sender: 'hanako_62', subject: 'マイナンバーカードの暗証番号を3回間違えてロックされました', intent: 'faq.pin',
    body: 'コンビニで住民票を取ろうとしたら、暗証番号を何度か間違えてしまい、使えなくなりました。\nロックを解除するには、どこに行けばいいですか。土日でもできますか。',
  },
  bankMyNumber: {
    id: 'bank-mynumber-request', sender: 'あおば銀行', subject: 'マイナンバーのお届けのお願い', intent: 'faq.legit_requests',
    body: '当行では、法令に基づき、お客さまのマイナンバーのお届けをお願いしております。\nお届けは、このアプリの「各種手続き」から、マイナンバーカードを読み取ってお手続きいただけます。窓口でも受け付けております。\nなお、当行から電話やメールでマイナンバーや暗証番号をお尋ねすることはありません。',
  },
  bankDeposit: {
    id: 'bank-deposit-maturity', sender: 'つばさ信用金庫', subject: '定期預金 満期のお知らせ', intent: 'meta.out_of_scope',
    body: 'いつもご利用ありがとうございます。お客さまの定期預金（口座番号末尾41）が12月20日に満期を迎えます。\nお手続きがない場合は、同じ期間で自動的に継続いたします。お受け取りや期間の変更をご希望の方は、アプリの「定期預金」または窓口でお手続きください。',
  },
  watchBill: {
    id: 'watch-unpaid-bill', sender: '+81 80-0000-5527', intent: 'scam.general_phishing',
    body: '【NTTファイナンス】ご利用料金の未払いがあります。本日中にご確認ください\nhttps://ntt-fin.example/k',
  },
  watchPoint: {
    id: 'watch-mynapoint', sender: 'MYNAPOINT', intent: 'scam.phishing',
    body: '【マイナポイント事務局】付与予定の7,500ポイントが未受取です。期限は本日23時まで。\nhttps://mynapoint-uketori.test/p',
  },
  magnifierRefund: {
    id: 'magnifier-refund-letter', sender: '還付金受付センター', subject: '保険料還付金のお受け取りについて', intent: 'scam.refund_atm',
    body: 'このたびの再計算により、保険料の払い過ぎの分 28,400円 をお返しできることになりました。お受け取りには手続きが必要です。\n本通知の到着後、5日以内に下記の担当までお電話ください。担当者が、お近くのATMでの受け取り方法をご案内します。\n還付金受付センター 03-0000-6217',
  },
  magnifierShikaku: {
    id: 'magnifier-shikaku', sender: 'あおば市 国民健康保険', subject: '資格確認書をお送りします', intent: 'faq.health_insurance_card',
    body: 'マイナ保険証をお持ちでない方に、保険証の代わりとなる資格確認書をお送りします。\n医療機関の窓口でこの資格確認書を見せれば、これまでどおり保険診療を受けられます。申請や費用は必要ありません。',
  },
  keepPolice: {
    id: 'keep-police-call', sender: 'Keepメモ', intent: 'scam.fake_police',
    body: '12/6 14時ごろ 電話\n大阪府警 捜査二課 ヤマモトと名乗る\nわたしの名前の口座が詐欺に使われた\nLINEのビデオ通話で事情を聞くと\n逮捕状が出ている 誰にも言うなと\n明日までに財産の確認 口座の番号',
  },
  keepRenewal: {
    id: 'keep-renewal-memo', sender: 'Keepメモ', intent: 'faq.card_procedures',
    body: 'マイナカード 電子証明書の更新\n市役所1階 市民課 8:30〜17:15\n持ち物 カードと有効期限通知書\n暗証番号 4けたと英数字の2つ\n手数料はかからない',
  },
  accountStop: {
    id: 'thread-account-stop', sender: 'Amazon.co.jp', subject: 'お客様のアカウントを一時停止しました', intent: 'scam.general_phishing',
    body: 'お客様のアカウントで、普段と異なる場所からのログインがありました。安全のため、アカウントを一時的に停止しています。\n48時間以内に下記からお支払い情報を更新いただけない場合、ご注文はすべてキャンセルされます。\nhttps://amazon-co-jp.account-check.example/login\nAmazonカスタマーサービス',
  },
  cardMisuse: {
    id: 'thread-card-misuse', sender: 'デジタル庁', subject: '【再送】マイナンバーカードの不正利用の疑いについて', intent: 'scam.phishing',
    body: 'あなたのマイナンバーカードが、第三者により不正に利用された可能性があります。\n被害の拡大を防ぐため、カードの利用を一時停止しました。本人確認が完了しますと、停止は解除されます。\n本人確認はこちら（本日中）\nhttps://myna-kakunin.digital-go.example/verify\n※このメールに心当たりがない場合も、必ず手続きを行ってください。',
  },
  proxyRenewal: {
    id: 'thread-proxy-renewal', sender: '電子証明書 更新サポート窓口', subject: '電子証明書の更新をご自宅で代行します', intent: 'scam.fee_demand',
    body: 'マイナンバーカードの電子証明書の有効期限が近づいている方へ。\n役所まで行かなくても、当窓口の担当者がご自宅に伺い、更新手続きを代行いたします。\n代行手数料は8,800円です。お申し込みの際は、カードの暗証番号2種類をお知らせください。\nお申し込み 0120-000-381（平日9時〜18時）',
  },
  calendarPrize: {
    id: 'calendar-prize', sender: 'prize-office@lucky-draw.example', subject: 'おめでとうございます！最新タブレットが当選しました', intent: 'scam.general_phishing',
    body: 'このたびの抽選で、あなたが当選者に選ばれました。\n賞品を受け取るには、12時間以内に下記のページで配送先とお支払い情報を入力してください（送料のみご負担）。\nhttps://prize-tablet.example.org/get',
  },
  calendarLeak: {
    id: 'calendar-leak', sender: 'notice@joho-hogo.test', subject: '【重要】マイナンバー情報流出のお知らせ', intent: 'scam.leak_threat',
    body: 'あなたのマイナンバーを含む個人情報が、外部に流出していることが確認されました。このままでは不正なローン契約に使われるおそれがあります。\n情報の削除には手続きが必要です。至急、情報保護センター 03-0000-2756 までお電話ください。',
  },
  popupVirus: {
    id: 'popup-virus', sender: 'security-alert.example.net', subject: 'ウイルスに感染しています', intent: 'scam.general_phishing',
    body: 'システムが4件のウイルスを検出しました。このまま放置すると、写真や連絡先、銀行の情報が盗まれるおそれがあります。\n今すぐサポートセンターにお電話ください。\nサポート窓口 0120-000-914（通話無料・24時間）',
  },
  popupLeak: {
    id: 'popup-mynumber-leak', sender: 'kojin-hogo.example.com', subject: 'マイナンバーカードの情報が漏えいしています', intent: 'scam.leak_threat',
    body: 'お使いの端末から、マイナンバーカードの情報が外部に送信されていることが確認されました。\n個人情報を保護するため、ただちに下記の窓口にご連絡ください。対応が遅れると、口座が凍結される場合があります。\n個人情報保護窓口 0120-000-537',
  },
} satisfies Record<string, UnseenText>;

/** Paper: a circular on a clipboard, reminders with a window, newsletters and flyers, faxes, carbon copies, newspaper clippings, a pharmacy bag, an envelope's back. */
export const PAPER4 = {
  circularCard: {
    id: 'circular-card-desk', kind: 'letter', sender: 'ひばり町内会', subject: 'マイナンバーカード 出張申請受付のお知らせ', intent: 'faq.card_procedures',
    body: '市役所の職員が集会所に出張して、マイナンバーカードの申請を受け付けます。顔写真の撮影も無料で行います。\nカードは後日、本人限定受取郵便でお届けしますので、市役所に取りに行く必要はありません。',
    table: [{ label: '日時', value: '12月21日（日）13時〜16時' }, { label: '場所', value: 'ひばり集会所 1階和室' }, { label: '持ち物', value: '本人確認書類（保険証など）' }],
  },
  dunningLawsuit: {
    id: 'dunning-lawsuit', kind: 'letter', sender: '債権回収管理事務局', subject: '未納料金 督促状（最終）', intent: 'scam.unpaid_lawsuit',
    body: '貴殿がご利用になった有料サイトの料金について、再三のご連絡にもかかわらず、お支払いが確認できておりません。\n期日までにご連絡がない場合、裁判所へ訴えを起こし、給与および財産の差し押さえの手続きに入ります。判決の記録はマイナンバーに登録されます。\n取り下げのご相談は、下記までお電話ください。',
    table: [{ label: '請求金額', value: '186,000円' }, { label: '連絡期限', value: '令和8年12月11日' }, { label: '連絡先', value: '03-0000-8814' }],
  },
  dunningTax: {
    id: 'dunning-city-tax', kind: 'letter', sender: 'あおば市 納税課', subject: '督促状（市・県民税）', intent: 'meta.out_of_scope',
    body: '次の市・県民税が、納期限を過ぎても納められていません。指定期限までに、同封の納付書で、金融機関かコンビニエンスストアで納めてください。\nすでに納めた方は、行き違いですのでご容赦ください。',
    table: [{ label: '年度・期別', value: '令和8年度 第3期' }, { label: '税額', value: '12,300円' }, { label: '督促手数料', value: '100円' }, { label: '指定期限', value: '令和8年12月25日' }],
  },
  newsRenewal: {
    id: 'newsletter-renewal', kind: 'letter', sender: '広報あおば 12月号', subject: '電子証明書の更新はお早めに', intent: 'faq.card_procedures',
    body: 'マイナンバーカードの電子証明書は、発行から5回目の誕生日で有効期限を迎えます。期限の2〜3か月前に、J-LIS（地方公共団体情報システム機構）から有効期限通知書が届きます。\n更新は市民課の窓口で、手数料はかかりません。カードと通知書、暗証番号をお持ちください。\n通知書を装った偽のメールやSMSにご注意ください。',
  },
  flyerKeeping: {
    id: 'flyer-card-keeping', kind: 'letter', sender: '暮らしの安心サポート協会', subject: 'マイナンバー安心管理サービス 会員募集', intent: 'scam.sales_pitch',
    body: 'マイナンバーカードの紛失や悪用が心配な方へ。カードと暗証番号を当協会の金庫でお預かりし、必要なときにお届けします。\n月会費1,980円で、ご家族の分もまとめて管理。ご高齢の方の入会が増えています。\nお申し込みは下記のフリーダイヤルへ 0120-000-662',
  },
  faxGold: {
    id: 'fax-gold', kind: 'letter', sender: '日本資産保全センター', subject: '預金は来年から国に把握されます', intent: 'scam.sales_pitch',
    body: 'マイナンバーと預金口座のひも付けにより、来年からお手元の預金の額は、すべて国に把握されます。\n今のうちに現金を金（ゴールド）に換えておけば、相続のときも安心です。\n当センターでは、本日から3日間に限り、1グラムあたりの手数料を無料にいたします。\nお問い合わせ FAX 03-0000-3390 電話 03-0000-3391',
  },
  faxRefund: {
    id: 'fax-medical-refund', kind: 'letter', sender: '関東社会保険事務局 還付係', subject: '医療費還付金のお知らせ', intent: 'scam.refund_atm',
    body: '令和元年から令和5年までの医療費について、払い過ぎがあったことが分かりました。還付金額は41,600円です。\n受取期限を過ぎると、お受け取りができなくなります。\nお手続きは電話で承ります。担当の田村までご連絡ください。\n電話 03-0000-7725（受付 平日9時〜17時）',
  },
  carbonFee: {
    id: 'carbon-proxy-fee', kind: 'letter', sender: 'マイナンバー手続支援センター', subject: '手続代行 受付票（お客様控）', intent: 'scam.fee_demand',
    body: 'マイナンバーカード更新手続きの代行を承りました。\n後日、担当者から完了のご連絡をいたします。',
    table: [{ label: 'お名前', value: '山田 和子 様' }, { label: '代行手数料', value: '5,500円' }, { label: '受領', value: '済' }, { label: '担当', value: 'イトウ' }],
  },
  carbonVisit: {
    id: 'carbon-visit-receipt', kind: 'letter', sender: 'あおば市 福祉課 訪問担当', subject: '預り票', intent: 'scam.fake_official_visit',
    body: '介護保険の手続きのため、下記の物をお預かりしました。\n手続きが終わりましたら、担当者がご自宅にお返しに伺います。',
    table: [{ label: 'マイナンバーカード', value: '1枚' }, { label: '通帳', value: '2冊' }, { label: 'キャッシュカード', value: '1枚' }, { label: '担当', value: 'サトウ' }],
  },
  newsHoken: {
    id: 'clipping-hoken-calls', kind: 'letter', sender: 'あおば新聞', subject: '「保険証が使えなくなる」厚労省かたる電話相次ぐ', intent: 'scam.health_insurance',
    body: '厚生労働省の職員を名乗る人物から「保険証が不正に使われている。このままでは使えなくなる」などと電話がかかる事例が、市内で相次いでいる。\n相手はマイナ保険証への切り替えに必要だとして、マイナンバーや口座番号を聞き出そうとするという。\n市は「国や市が電話で手続きを求めたり、お金を求めたりすることはない」として、不審な電話はすぐに切るよう呼びかけている。',
  },
  newsNameLending: {
    id: 'clipping-name-lending', kind: 'letter', sender: 'あおば新聞', subject: '「名義貸しは犯罪」と迫られ 80代女性が800万円被害', intent: 'scam.name_lending',
    body: '市内の80代の女性が、老人ホームの入居権を口実にした詐欺で、現金約800万円をだまし取られた。\n女性は業者を名乗る男から「入居権を譲るため名前を貸してほしい」と頼まれて承諾。その後、別の男から「名義貸しは犯罪だ。解決には保証金が必要」と言われ、自宅を訪れた男に現金を手渡したという。\n警察は、名前を貸したことを理由にお金を求める電話は詐欺だとして、注意を呼びかけている。',
  },
  pharmacyNote: {
    id: 'pharmacy-bag-note', kind: 'letter', sender: 'ひまわり薬局 あおば店', subject: '受付についてのお願い', intent: 'faq.health_insurance_card',
    body: '次回から、マイナ保険証で受付ができます。カードリーダーにカードを置いて、顔認証か暗証番号を選んでください。\nマイナ保険証をお持ちでない方は、資格確認書をお見せください。\nご不明な点は、お気軽に薬剤師にお声がけください。',
  },
  envelopeRefund: {
    id: 'envelope-back-refund', kind: 'envelope', sender: '医療費適正化推進機構', subject: '重要　還付金のお知らせ在中', intent: 'scam.refund_atm',
    body: '開封後、至急お読みください。\n医療費の払い戻し（還付金）があります。受取期限は12月18日です。\n期限内に、同封の案内にある番号（0120-000-248）へお電話のうえ、お近くのATMでお手続きください。',
  },
} satisfies Record<string, PaperText>;
