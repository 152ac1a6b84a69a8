/** Where each rule comes from, as cited in RULES.md; shown beside every result. */
export const SOURCES = {
  ordinance42: '健康保険法施行令42条 (高額療養費算定基準額)',
  mhlw2026: 'MHLW 「高額療養費制度の見直しについて（令和8年8月診療分から）」 mhlw.go.jp/content/001726232.pdf',
  kyoukai2026: '協会けんぽ 高額療養費 kyoukaikenpo.or.jp/benefit/high_cost_medical_expenses/002/',
  transcriptions: 'fiestared/keiri-tools, ke-iwata/hasokon-home, YAMSITA-SIT/medical-expense-agent (agree to the yen)',
  mhlwPlan2027: 'MHLW 令和9年8月以降の見直し案 (planned, not yet law on 2026-11-21)',
  mhlwExamplesH27: 'MHLW 高額療養費 計算事例 (平成27年1月)',
  mhlwElderlyH30: 'MHLW 高額療養費 計算事例 (高齢受給者, 平成30年8月)',
  act75: '健康保険法75条 (一部負担金の10円未満の端数処理)',
  act86: '健康保険法86条; 最高裁 平成23年10月25日 (平成22(行ツ)19)',
  act74: '健康保険法74条; 高齢者の医療の確保に関する法律67条 (一部負担金割合)',
  fractionsAct: '国等の債権債務等の金額の端数計算に関する法律',
  jiliAdvanced: '生命保険文化センター jili.or.jp/lifeplan/lifesecurity/1204.html',
  mealsNotice: '入院時食事療養費 標準負担額 (厚生労働省告示; municipal notices)',
  consumptionTax: '消費税法 別表第二 (保険診療は非課税); 総額表示',
  deduction: '所得税法73条 (医療費控除); 地方税法 (住民税 10%); 復興特別所得税 2.1%',
  incomeTax: '所得税法89条 (税率表)',
  nanbyo: '難病の患者に対する医療等に関する法律; 東京医科大学病院 難病医療費助成制度; 大阪市 指定難病医療費助成制度の概要 (2025-04); lysolife.jp',
  nanbyoMeals: '指定難病患者の入院時食事療養標準負担額 (埼玉県国保連, 玉東町 notices)',
  shoman: '児童福祉法 (小児慢性特定疾病); shouman.jp (小児慢性特定疾病情報センター); 石川県立中央病院; kagawa-colorful.com',
  shomanMeals: '小児慢性特定疾病の入院時食事療養標準負担額 (埼玉県国保連; g-kenpo)',
  bracketChanges: '健康保険法41条 (定時決定)・43条 (随時改定); 国民健康保険・後期高齢者医療の所得区分 (8月から前年の所得で判定)',
  apportionment: '奈良県 小児慢性特定疾病医療費 世帯按分; lysolife.jp (難病の医療費助成 世帯内に複数の受給者)',
  tokutei: '健康保険法施行令41条9項 (特定疾病療養); 狛江市, 小川町, 五霞町, 柳井市, 富山県医師国保',
} as const;

/** Programs the figures were checked against: a cross-check for developers, not a source a patient can look up. */
const CROSS_CHECKS: ReadonlySet<string> = new Set([SOURCES.transcriptions]);

/** Whether a rule's source is one to print for a patient (a law, a notice, an insurer's page). */
export const isPublicSource = (source: string): boolean => !CROSS_CHECKS.has(source);
