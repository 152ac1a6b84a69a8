import type { Breakdown, CarePlan, LaterReason, Message } from '../types.js';

/**
 * What the patient has to do, from the plan and its breakdown: the card to show or the
 * certificate to apply for, the applications that bring money back, the rider's claim, the
 * receipts to keep for the tax return. Printed on the handout as a checklist. Pure and
 * table-driven: each entry says when it applies and what it says.
 */
export type ChecklistId = 'confirm-course' | 'show-card' | 'get-card' | 'show-certificate' | 'apply-high-cost' | 'apply-yearly' | 'apply-city' | 'rider-claim' | 'keep-receipts';

export interface ChecklistItem {
  id: ChecklistId;
  message: Message;
}

/** What the checklist is decided on, read once from the plan and the breakdown. */
interface Facts {
  /** 自由診療 sits in a course with insured care, and nobody has said whether it is one course. */
  courseOpen: boolean;
  /** A monthly cap (高額療養費) was reached in some month. */
  capBinds: boolean;
  /** The plan says the patient shows a マイナ保険証 or 限度額適用認定証 at a window. */
  cardUsed: boolean;
  /** The plan says the patient does not show one at some window (`capAtWindow: false` or a `cardShown` rule). */
  cardMissing: boolean;
  /** The health insurer pays money back later for some month of care. */
  insurerRefundsLater: boolean;
  /** A refund over a year of care (年間上限, 外来年間合算). */
  yearlyRefund: boolean;
  /** A municipality pays a subsidy back later (償還払い) for some month of care. */
  cityRefundsLater: boolean;
  /** A private insurer (a rider) pays for some of the care, or pays the patient. */
  riderPays: boolean;
  /** The calendar years whose tax return will likely get a 医療費控除. */
  deductionYears: number[];
  /** A 指定難病 or 小児慢性 certificate with a monthly cap is used: its 上限管理票 is kept at each visit. */
  certificateWithCap: boolean;
}

/**
 * The deduction's threshold is the lower of 100,000 yen and 5% of income, so more than 100,000
 * yen counted gives a deduction whatever the income; with the income known the engine says so.
 */
const THRESHOLD_CEILING = 100_000n;

/** Where the card is shown, from the plan's own `capAtWindow` and `cardShown` rules (own properties only). */
function cardFacts(insurance: CarePlan['insurance']): Pick<Facts, 'cardUsed' | 'cardMissing'> {
  const everywhere = insurance.capAtWindow !== false;
  const rules = Object.hasOwn(insurance, 'cardShown') && Array.isArray(insurance.cardShown) ? insurance.cardShown : [];
  const shown = rules.map((rule) => (typeof rule === 'object' && rule !== null && Object.hasOwn(rule, 'shown') ? rule.shown : undefined));
  return { cardUsed: everywhere || shown.includes(true), cardMissing: !everywhere || shown.includes(false) };
}

/** Later payments that are not the insurer's 高額療養費 (付加給付 comes without an application). */
const NOT_THE_INSURER: ReadonlySet<LaterReason> = new Set(['supplementary', 'privateInsurance', 'localReimbursement']);

function factsOf(plan: CarePlan, breakdown: Breakdown): Facts {
  return {
    // A course confirmed as one (selfPayCourses) has its warning carry the separate figure.
    courseOpen: breakdown.warnings.some((w) => w.code === 'mixed-billing' && w.patientIfSeparate === undefined),
    capBinds: breakdown.months.some((m) => m.caps.some((c) => c.binding)),
    ...cardFacts(plan.insurance),
    insurerRefundsLater: breakdown.months.some((m) => m.later.some((l) => !NOT_THE_INSURER.has(l.reason) && l.amount !== '0')),
    yearlyRefund: breakdown.yearly.some((r) => r.amount !== '0'),
    cityRefundsLater: breakdown.months.some((m) => m.later.some((l) => l.reason === 'localReimbursement' && l.amount !== '0')),
    riderPays: breakdown.shares.privateInsurance !== '0' || (plan.receipts ?? []).some((r) => r.from === 'privateInsurance'),
    deductionYears: breakdown.deduction
      .filter((d) => (d.deduction === null ? BigInt(d.counted) > THRESHOLD_CEILING : BigInt(d.deduction) > 0n))
      .map((d) => d.year),
    certificateWithCap: breakdown.months.some((m) => (m.programs ?? []).some((p) => p.kind === 'nanbyo' || p.kind === 'shoman')),
  };
}

const CHECKS: { id: ChecklistId; applies(f: Facts): boolean; message(f: Facts): Message }[] = [
  {
    id: 'confirm-course',
    applies: (f) => f.courseOpen,
    message: () => ({
      ja: '自由診療（保険のきかない治療）が、保険診療と同じ一連の治療の一部にあたるかを主治医に確かめてください。同じ治療の一部であれば、保険診療の分も含めて全額自己負担になります。',
      en: 'Ask your doctor whether the self-paid care (not covered by insurance) is part of the same course of treatment as your insured care. If it is, the whole course, insured care included, is self-pay.',
    }),
  },
  {
    id: 'show-card',
    applies: (f) => f.capBinds && f.cardUsed,
    message: () => ({
      ja: '受診のたびに、マイナ保険証（または限度額適用認定証）を窓口で出してください。窓口での支払いが、ひと月の上限までになります。',
      en: 'At every visit, show your My Number health insurance card (or the limit certificate, 限度額適用認定証) at the cashier: you then pay no more than the monthly cap.',
    }),
  },
  {
    id: 'get-card',
    applies: (f) => f.capBinds && f.cardMissing,
    message: () => ({
      ja: 'マイナ保険証を使うか、加入している健康保険に限度額適用認定証を申請してください。ないと窓口でひと月の上限を超えて払い、差額はあとで戻ります（この見込みはその場合です）。',
      en: 'Use your My Number health insurance card, or apply to your health insurer for the limit certificate (限度額適用認定証). Without one you pay more than the monthly cap at the cashier and get the difference back later (as this plan assumes).',
    }),
  },
  {
    id: 'show-certificate',
    applies: (f) => f.certificateWithCap,
    message: () => ({
      ja: '受診のたびに、医療受給者証と自己負担上限額管理票を窓口で出してください。ひと月の支払いが受給者証の上限までになるよう、病院や薬局が管理票に記入します。',
      en: 'At every visit, show the medical certificate (医療受給者証) and its monthly record (自己負担上限額管理票) at the cashier: the hospital or pharmacy writes in it so you pay no more than the certificate’s monthly limit.',
    }),
  },
  {
    id: 'apply-high-cost',
    applies: (f) => f.insurerRefundsLater,
    message: () => ({
      ja: '高額療養費の払い戻しを申請してください。加入している健康保険から届く案内や申請書で手続きします（自動で振り込む保険者もあります）。',
      en: 'Apply for the refund of high-cost medical expenses (高額療養費) with the notice or form your health insurer sends (some insurers pay it without one).',
    }),
  },
  {
    id: 'apply-yearly',
    applies: (f) => f.yearlyRefund,
    message: () => ({
      ja: '年間の上限による払い戻しは、8月から翌年7月までの1年が終わってから、加入している健康保険に申請します。',
      en: 'The refund for the yearly cap is applied for with your health insurer once the year from August to July is over.',
    }),
  },
  {
    id: 'apply-city',
    applies: (f) => f.cityRefundsLater,
    message: () => ({
      ja: '医療費助成（子ども医療費、ひとり親、重度心身障害者など）が償還払いの分は、窓口でいったん払い、あとで受給者証のある市区町村に領収書を添えて申請してください。払い戻しは申請から2〜3か月ほどです（高額療養費の決定通知を求める市区町村もあります）。',
      en: 'Where your municipal medical subsidy (for children, single parents, disabilities…) is paid by reimbursement (償還払い), you pay at the cashier, then apply to the city or town that issued your certificate with the receipts. It is paid back about 2–3 months later (some cities ask for the high-cost benefit notice first).',
    }),
  },
  {
    id: 'rider-claim',
    applies: (f) => f.riderPays,
    message: () => ({
      ja: '民間保険（先進医療特約など）の保険会社から請求書類を取り寄せ、診断書と領収書を添えて請求してください。',
      en: 'Ask your private insurer (for example for an advanced-care rider) for the claim form, and send it with the medical certificate and the receipts.',
    }),
  },
  {
    id: 'keep-receipts',
    applies: (f) => f.deductionYears.length > 0,
    message: (f) => ({
      ja: `領収書はすべて保管してください。${f.deductionYears.join('年・')}年分の確定申告で医療費控除を受けられる見込みです（ご家族の医療費や通院の交通費も合わせられます）。`,
      en: `Keep every receipt: you can likely claim the medical expense deduction (医療費控除) in your tax return for ${f.deductionYears.join(' and ')} (your family's medical costs and travel to hospital count too).`,
    }),
  },
];

/** The checklist for a plan, in the order a patient meets the steps. */
export function checklistOf(plan: CarePlan, breakdown: Breakdown): ChecklistItem[] {
  const facts = factsOf(plan, breakdown);
  return CHECKS.filter((c) => c.applies(facts)).map((c) => ({ id: c.id, message: c.message(facts) }));
}
