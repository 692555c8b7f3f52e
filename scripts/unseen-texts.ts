/**
 * Texts for the unseen image set (scripts/render-unseen-images.ts), written for this check and
 * kept apart from everything the OCR code was tuned on (tests/support/ocr-samples.ts,
 * tests/fixtures/, intents/). Every name, number, address and link is made up. `intent` is the
 * taxonomy ID (/work/shared/spec/taxonomy.md) judged by hand from the text, not by the classifier.
 */
export interface UnseenText {
  id: string;
  /** Who it seems to come from (a chat's header, a mail's sender, a letter's issuer). */
  sender: string;
  /** A mail's subject or a letter's title. */
  subject?: string;
  /** The message itself; `\n` starts a new paragraph. */
  body: string;
  intent: string;
}

export const SMS_TEXTS: readonly UnseenText[] = [
  { id: 'delivery-absent', sender: '+81 70-2841-5503', intent: 'scam.general_phishing', body: '【佐川急便】お荷物をお届けに伺いましたが、ご不在でしたので営業所にて保管しております。再配達のご依頼は下記よりお願いします。\nhttps://sagawa-hx.top/t?id=8812' },
  { id: 'e-cert-expiry', sender: 'デジタル庁', intent: 'scam.phishing', body: '【デジタル庁】マイナンバーカードの電子証明書が12月10日で失効します。継続してご利用いただくには、こちらから更新手続きを行ってください。\nhttps://digital-go-jp.cc/renew' },
  { id: 'card-limit', sender: '+81 90-6613-0287', intent: 'scam.general_phishing', body: '【三井住友カード】カードご利用に関するご確認。第三者による不正利用の可能性があるため、カードのご利用を一時的に制限しております。\nhttps://smbc-card-check.icu/verify' },
  { id: 'mynapoint-winner', sender: 'マイナポイント', intent: 'scam.phishing', body: 'マイナポイント第3弾の付与対象者に選ばれました。20,000円分のポイントの受け取り期限は本日23時59分です。\nhttps://mynapo-get.shop/entry' },
  { id: 'care-premium-refund', sender: '+81 80-4410-9362', intent: 'scam.refund_atm', body: '【市役所 介護保険課】介護保険料の過払い金があります。返還の手続き期限が迫っておりますので、至急 0120-558-731 までご連絡ください。' },
  { id: 'leak-delete', sender: '個人情報保護窓口', intent: 'scam.leak_threat', body: '【重要】あなたのマイナンバーと個人情報が外部に流出しています。悪用を防ぐための削除手続きが必要です。詳細はこちら\nhttps://kojin-hogo.jp-del.com' },
  { id: 'video-site-unpaid', sender: '+81 3-6825-4410', intent: 'scam.unpaid_lawsuit', body: 'ご利用中のコンテンツ配信サービスで、長期間の料金未納が確認されました。本日17時までにご連絡がなければ、少額訴訟の手続きを開始いたします。\n窓口 03-6825-4410 担当 山田' },
  { id: 'carrier-unpaid', sender: 'au', intent: 'scam.general_phishing', body: '【au】今月分の料金のご入金が確認できておりません。回線の利用停止を避けるため、下記よりお支払い手続きをお願いいたします。\nhttps://au-pay-kakunin.net' },
  { id: 'insurance-abolished', sender: '厚生労働省', intent: 'scam.health_insurance', body: '【厚生労働省】現行の健康保険証は廃止されました。マイナ保険証の登録がお済みでない方は、保険診療が受けられなくなります。登録はこちら\nhttps://mhlw-hokensho.org/' },
  { id: 'police-video', sender: '+81 6-4862-0110', intent: 'scam.fake_police', body: '大阪府警察本部 捜査二課です。あなた名義のマイナンバーカードが詐欺事件に使われています。捜査へのご協力のため、LINEでビデオ通話をお願いします。' },
  { id: 'pension-atm', sender: '年金事務所', intent: 'scam.refund_atm', body: '年金の未払い分46,200円が見つかりました。受け取りはお近くのATMから手続きできます。携帯電話をお持ちのうえ 080-3391-2274 へお電話ください。' },
  { id: 'card-return', sender: 'カード交付センター', intent: 'scam.card_mail_request', body: '【マイナンバーカード交付センター】お持ちのカードに不具合が見つかりました。お手元のカードを返信用封筒に入れ、12月15日までにご返送ください。' },
  { id: 'registration-fee', sender: '+81 80-7725-1146', intent: 'scam.fee_demand', body: 'マイナンバーカードの登録手数料3,000円が未払いです。本日中にコンビニで電子マネーを購入し、カード番号をこちらへ返信してください。' },
  { id: 'power-cut', sender: '東京電力', intent: 'scam.general_phishing', body: '【東京電力】電気料金が未払いのため、明日より送電を停止いたします。お支払いは下記ページからお手続きください。\nhttps://tepco-pay.site/bill' },
  { id: 'tax-arrears', sender: '国税庁', intent: 'scam.general_phishing', body: '【国税庁】未納の所得税があります。差押えの対象となる前に、下記よりお支払いください。\nhttps://nta-e-tax.help/pay' },
  { id: 'clinic-reminder', sender: 'さくら内科クリニック', intent: 'meta.out_of_scope', body: 'さくら内科クリニックです。明日12月8日午前10時のご予約の確認です。ご変更はお電話でお願いいたします。' },
  { id: 'management-service', sender: '+81 50-1290-7781', intent: 'scam.sales_pitch', body: 'マイナンバーの悪用を防ぐ個人番号管理サービスのご案内です。月額980円でお客様の番号を安全にお預かりします。お申し込みは本日まで。' },
  { id: 'home-visit', sender: '区役所 市民課', intent: 'scam.fake_official_visit', body: '区役所市民課です。明日の午後、職員がマイナンバーカードの確認のためご自宅へ伺います。カードと通帳をご用意ください。' },
  { id: 'docomo-bill', sender: 'ドコモ', intent: 'meta.out_of_scope', body: '【ドコモ】12月分のご利用料金が確定しました。ご請求額はMy docomoでご確認いただけます。このメッセージへの返信はできません。' },
  { id: 'water-closing', sender: '+81 90-1184-6630', intent: 'scam.general_phishing', body: '【水道局】水道料金の入金が確認できません。本日中にお手続きいただけない場合、給水を停止します。\nhttps://suidou-kyoku.work/pay' },
];

export const LINE_TEXTS: readonly UnseenText[] = [
  { id: 'stock-assistant', sender: '佐藤 美咲（アシスタント）', intent: 'scam.investment_romance', body: '先生のアシスタントの佐藤です。今週の推奨銘柄で大きな利益が出ています。出金するには先に手数料として30万円のお振込みが必要です。' },
  { id: 'name-lending', sender: '山本法律事務所', intent: 'scam.name_lending', body: '先日お名前をお借りした件ですが、名義貸しは犯罪になります。このままでは逮捕される恐れがあります。解決には弁護士費用50万円が必要です。' },
  { id: 'romance-customs', sender: 'Daniel', intent: 'scam.investment_romance', body: 'あなたに送ったプレゼントが税関で止められています。受け取るには関税20万円を払う必要があります。私を信じてください。' },
  { id: 'son-phone', sender: 'けんじ', intent: 'meta.out_of_scope', body: 'お母さん、今週末そっちに帰るね。夕飯は家で食べるよ。何か買っていくものある？' },
];

export const MAIL_TEXTS: readonly UnseenText[] = [
  {
    id: 'mail-cert-renew', sender: 'マイナンバーカード総合窓口 <info@myna-support.xyz>', subject: '【重要】マイナンバーカード 電子証明書の更新について', intent: 'scam.phishing',
    body: 'いつもご利用いただきありがとうございます。\nお客様のマイナンバーカードの電子証明書は、まもなく有効期限を迎えます。期限を過ぎますと、コンビニでの証明書の取得やマイナ保険証がご利用いただけなくなります。\n下記のページから、カード情報と暗証番号をご入力のうえ、更新手続きを完了してください。\nhttps://myna-support.xyz/renew\n手続き期限：12月12日',
  },
  {
    id: 'mail-rakuten', sender: '楽天カード株式会社 <service@rakuten-card.co-jp.top>', subject: '【楽天カード】お支払い方法の確認のお願い', intent: 'scam.general_phishing',
    body: '楽天カードをご利用いただき、誠にありがとうございます。\n今月のお支払いについて、口座からの引き落としができませんでした。お支払い方法を確認のうえ、48時間以内に再登録をお願いいたします。\n期限までにご対応いただけない場合、カードのご利用を停止させていただきます。\nhttps://rakuten-card.co-jp.top/login',
  },
  {
    id: 'mail-point-extend', sender: 'マイナポイント事業 <no-reply@mynapoint-ouen.info>', subject: 'マイナポイント申込期限延長のお知らせ', intent: 'scam.phishing',
    body: 'マイナポイントのお申込みがまだお済みでない方へ。\n申込期限を12月20日まで延長いたしました。下記のリンクからマイナンバーカードの情報と、ポイントを受け取る口座を登録してください。\nhttps://mynapoint-ouen.info/apply',
  },
  {
    id: 'mail-city-counter', sender: 'みどり市役所 市民課 <shiminka@city.midori.example.jp>', subject: '年末年始のマイナンバーカード窓口について', intent: 'faq.card_procedures',
    body: '市民課からのお知らせです。\n12月29日から1月3日まで、マイナンバーカードの交付と更新の窓口はお休みします。\nカードの受け取りを予約されている方は、1月4日以降の日時で予約をお取り直しください。\nご不明な点は市民課（0467-82-3310）までお問い合わせください。',
  },
  {
    id: 'mail-romance', sender: 'Kenta Ishikawa <kenta.ishikawa82@mailbox-jp.net>', subject: 'お会いできる日を楽しみにしています', intent: 'scam.investment_romance',
    body: 'こんばんは。マッチングアプリで知り合えて本当に嬉しいです。\n実は叔父から教わった暗号資産の投資で、毎月30%の利益が出ています。あなたにも幸せになってほしいので、まず10万円から一緒に始めませんか。\n登録はこちらのアプリからできます。',
  },
];

export const WEB_TEXTS: readonly UnseenText[] = [
  { id: 'web-myna-form', sender: 'myna-portal-login.com', subject: 'マイナポータル 本人確認', intent: 'scam.phishing', body: 'マイナンバーカードの有効性確認が必要です。以下の項目を入力して、本人確認を完了してください。\n氏名\nマイナンバー（12桁）\n暗証番号（4桁）\n生年月日\n確認する' },
  { id: 'web-bank-lock', sender: 'yucho-direct-secure.com', subject: 'ゆうちょダイレクト', intent: 'scam.general_phishing', body: 'お客様の口座は一時的に利用停止されています。利用を再開するには、お客様番号とログインパスワードを入力してください。\nお客様番号\nログインパスワード\n次へ' },
];

export const NOTIFICATION_TEXTS: readonly UnseenText[] = [
  { id: 'notice-post', sender: '+81 80-5527-1934', intent: 'scam.general_phishing', body: '【日本郵便】お届け予定のお荷物の住所が不明のため保管中です。以下よりご確認ください。 https://jp-post-redeliv.top' },
  { id: 'notice-myna', sender: 'マイナポータル', intent: 'scam.phishing', body: 'マイナンバーカードの利用登録が未完了です。本日中に確認してください。 https://mynaportal-check.org' },
];

export interface PaperRow {
  label: string;
  value: string;
}

export interface PaperText extends UnseenText {
  kind: 'letter' | 'postcard' | 'envelope';
  /** A vertical (縦書き) heading, read top to bottom. */
  vertical?: string;
  table?: PaperRow[];
  /** Text after the table. */
  after?: string;
}

export const PAPER_TEXTS: readonly PaperText[] = [
  {
    id: 'paper-registration-fee', kind: 'letter', sender: '一般社団法人 個人番号保護推進センター', subject: 'マイナンバー登録に関する重要なお知らせ', intent: 'scam.fee_demand', vertical: '重要書類在中',
    body: '拝啓 時下ますますご清祥のこととお喜び申し上げます。\nこのたび、お客様のマイナンバー登録が完了していないことが確認されました。下記の期限までに登録手数料をお振込みいただけない場合、各種の行政サービスがご利用いただけなくなります。',
    table: [{ label: 'お客様番号', value: 'MN-4027-8815' }, { label: '登録手数料', value: '5,000円' }, { label: 'お振込期限', value: '12月18日' }, { label: 'お問合せ', value: '03-5319-2846' }],
    after: '本状と行き違いでお手続き済みの場合はご容赦ください。',
  },
  {
    id: 'paper-expiry-genuine', kind: 'letter', sender: 'みどり市 市民課', subject: 'マイナンバーカード有効期限のお知らせ', intent: 'faq.card_procedures', vertical: '有効期限通知',
    body: 'あなたのマイナンバーカードは、下記の日に有効期限を迎えます。更新の手続きは、有効期限の3か月前から市役所の窓口でできます。手数料はかかりません。',
    table: [{ label: '有効期限', value: '2027年3月14日' }, { label: '持ち物', value: 'この通知書、いまのカード' }, { label: '窓口', value: '市役所1階 市民課' }],
    after: 'この手続きのために市の職員がお電話やご訪問をすることはありません。',
  },
  {
    id: 'paper-lawsuit-postcard', kind: 'postcard', sender: '債権訴訟通知センター', subject: '未払い料金に関する訴訟の最終通知', intent: 'scam.unpaid_lawsuit',
    body: 'このたびご通知いたしましたのは、貴方の利用された契約会社から未納料金に関する民事訴訟が提出されたことです。\n裁判取下げの最終期日は12月11日です。ご連絡なき場合は、給与や動産の差押えを執行いたします。\n取下げのご相談は下記まで\n03-6279-5518',
  },
  {
    id: 'paper-refund-envelope', kind: 'envelope', sender: '年金給付センター', subject: '還付金のお知らせ在中', intent: 'scam.refund_atm', vertical: '還付金のお知らせ在中',
    body: '〒236-0042\n横浜市金沢区釜利谷東6-14-3\n田中 和子 様\n親展\n受取期限 12月20日 ATMにてお受け取りください\n照会先 045-392-7146',
  },
  {
    id: 'paper-insurance-switch', kind: 'letter', sender: '健康保険証切替支援センター', subject: '健康保険証の切替についてのご案内', intent: 'scam.health_insurance',
    body: '現在お使いの健康保険証は使えなくなります。マイナ保険証への切替を当センターで代行いたします。\n手続きには代行手数料が必要です。下記の電話番号までご連絡のうえ、口座番号をお知らせください。',
    table: [{ label: '代行手数料', value: '8,800円' }, { label: 'ご連絡先', value: '0120-846-392' }, { label: '受付時間', value: '平日9時から17時' }],
  },
  {
    id: 'paper-tax-notice', kind: 'letter', sender: 'みどり市 税務課', subject: '市民税・県民税 納税通知書の送付について', intent: 'meta.out_of_scope', vertical: '納税通知',
    body: '令和8年度の市民税・県民税の納税通知書をお送りします。納期限までに、同封の納付書で金融機関またはコンビニエンスストアにて納めてください。口座振替の方はお手続き不要です。',
    table: [{ label: '第3期 納期限', value: '12月26日' }, { label: '第4期 納期限', value: '1月31日' }],
  },
];
