/** The public shapes of the engine: what a caller gives (`CarePlan`) and gets (`Breakdown`). */

/** Whole yen: a safe integer number or a canonical decimal string such as "4136390". */
export type YenInput = number | string;
/** A canonical whole-yen decimal string, e.g. "4136390". */
export type Yen = string;
/** 'YYYY-MM', the month of care (診療月). */
export type MonthText = string;

export type Under70Bracket = 'ア' | 'イ' | 'ウ' | 'エ' | 'オ';
export type ElderlyBracket = '現役並みⅢ' | '現役並みⅡ' | '現役並みⅠ' | '一般' | '低所得Ⅱ' | '低所得Ⅰ';
export type Bracket = Under70Bracket | ElderlyBracket;
/** Brackets as typed, ASCII Roman numerals included ('現役並みIII', '低所得II'). */
export type BracketInput = Bracket | '現役並みIII' | '現役並みII' | '現役並みI' | '低所得II' | '低所得I';

export type CareKind =
  | 'insured'
  | 'advanced'
  | 'patientRequested'
  | 'trial'
  | 'selected'
  | 'free'
  | 'meals'
  | 'other';
export type Payer = 'patient' | 'research' | 'sponsor' | 'privateInsurance';
export type Setting = 'inpatient' | 'outpatient';

export interface Supplementary {
  /** The insurer's monthly deductible per person and receipt, e.g. 25000. */
  deductible: YenInput;
  /** Payouts are rounded down to this unit (default 100). */
  roundingUnit?: YenInput;
  /** Nothing is paid below this amount (default 0; some insurers use 1000). */
  minimumPayout?: YenInput;
}

/** The kind of public insurance; it decides how income brackets are told and whether 付加給付 can exist. */
export type Scheme = 'kyokai' | 'kumiai' | 'kyosai' | 'kokuho' | 'kouki';

/**
 * A bracket from a month on (RULES.md §9): 国保 and 後期 redetermine the 所得区分 each August,
 * 健保 set a new 標準報酬月額 each September. It holds until the next period's month.
 */
export interface BracketPeriod {
  /** The first month it holds, 'YYYY-MM'. */
  from: MonthText;
  /** The bracket from then on; a person's own periods take a bracket only. */
  bracket?: BracketInput;
  /** The 標準報酬月額 from then on (the household's or a member's own insurer only). */
  monthlyRemuneration?: YenInput;
}

/** Whether the card is shown at one window, or in some months, or both. */
export interface CardShown {
  /** A facility, or an outside pharmacy (`CareItem.pharmacy`); every window where absent. */
  facility?: string;
  /** The months it holds, 'YYYY-MM' inclusive; open where absent. */
  from?: MonthText;
  to?: MonthText;
  shown: boolean;
}

export interface Insurance {
  /** 協会けんぽ, 健康保険組合, 共済組合, 国民健康保険 or 後期高齢者医療 (for the brackets' income guide). */
  scheme?: Scheme;
  /**
   * Income bracket (区分). Either this or `monthlyRemuneration` is needed, for the months before
   * the first of `brackets` (not needed when `brackets` starts by the plan's first month).
   */
  bracket?: BracketInput;
  /** 標準報酬月額, to choose the finer bands of the planned 2027-08 table. */
  monthlyRemuneration?: YenInput;
  /**
   * The bracket (or 標準報酬月額) from a month on, for a plan across a redetermination: e.g.
   * `[{ from: '2026-08', bracket: 'エ' }]`. Every cap, 多数回 (counted on: the insurer is the same)
   * and the meal charge use the bracket in force in the month; the annual cap that of the year's
   * last month in the plan. Without it the bracket holds for every month.
   */
  brackets?: BracketPeriod[];
  /** Months ('YYYY-MM') before the plan in which a 高額療養費 benefit was paid (多数回). */
  priorHighCostMonths?: MonthText[];
  /**
   * The prior benefit months were at other facilities. By default they count as at the facility
   * of the plan's first insured line, whose window then charges the 多数回 amount from the 4th.
   */
  priorElsewhere?: boolean;
  /**
   * Copays counted toward the annual cap (年間上限, August to July) before the plan's first month,
   * in the year that contains it: the insured person's (or the household's, when counted so).
   */
  annualCountedBefore?: YenInput;
  /** マイナ保険証 (with consent) or 限度額適用認定証: the window charges at most the cap. Default true. */
  capAtWindow?: boolean;
  /**
   * The card where it differs by window or month (RULES.md §9): shown at the hospital and not at a
   * clinic, or only from the month the 認定証 arrived. The last rule that matches a window (a
   * facility, or an outside pharmacy's name) and a month decides; elsewhere `capAtWindow`. It
   * changes what each window charges and what comes back later, never the final cost.
   */
  cardShown?: CardShown[];
  /** 付加給付 of a 健保組合 or 共済; absent means none (協会けんぽ, 国保). */
  supplementary?: Supplementary;
}

/** 階層区分 of a 指定難病 or 小児慢性 certificate (RULES.md §8). */
export type ProgramTier = '生活保護' | '低所得Ⅰ' | '低所得Ⅱ' | '一般所得Ⅰ' | '一般所得Ⅱ' | '上位所得';

/** A certificate's 階層区分 from a month on ('YYYY-MM'), within the certificate's months. */
export interface TierPeriod {
  from: MonthText;
  tier: ProgramTier;
}

/** The months a certificate is valid, 'YYYY-MM' inclusive; open where absent. */
interface ProgramPeriod {
  from?: MonthText;
  to?: MonthText;
}

/**
 * A public programme (公費) or 特定疾病 that covers the lines marked with its key
 * (`CareItem.program`): 'nanbyo', 'shoman', 'tokutei', or a local programme's `id`.
 */
export type PublicProgram =
  | (ProgramPeriod & {
      kind: 'nanbyo';
      tier: ProgramTier;
      /** The 階層区分 from a month on (a renewal, a change of income): before the first, `tier`. */
      tiers?: TierPeriod[];
      /**
       * 高額かつ長期. true: held from the start of the plan (months before it made it); absent:
       * derived from the plan's months, from the month after the sixth month in twelve with a
       * 10割 fee over 50,000 for the disease (RULES.md §8); false: not had during the plan.
       */
      highCostLongTerm?: boolean;
      ventilator?: boolean;
    })
  | (ProgramPeriod & { kind: 'shoman'; tier: ProgramTier; tiers?: TierPeriod[]; severe?: boolean; ventilator?: boolean })
  | (ProgramPeriod & { kind: 'tokutei'; dialysisHighIncome?: boolean })
  | (ProgramPeriod & {
      kind: 'local';
      id: string;
      label?: string;
      /** The patient's share of the 10割 fee, a decimal string ('0', '0.1'); default '0'. */
      rate?: string;
      /** The patient's monthly cap under the programme; none when absent. */
      monthlyCap?: YenInput;
      /**
       * A fixed charge per visit (per day in hospital) instead of a rate, e.g. 200: the lines it
       * covers say how many visits or days they stand for (`CareItem.visits`).
       */
      perVisit?: YenInput;
      /** Visits (days) a month that are charged `perVisit`; after them nothing (e.g. 4). */
      visitsCharged?: number;
      /** Monthly caps on outpatient and on inpatient care, beside or instead of `monthlyCap`. */
      outpatientCap?: YenInput;
      inpatientCap?: YenInput;
      /** The caps are per facility (and month), not across facilities. */
      perFacility?: boolean;
      /** The visits charged are counted per facility (e.g. 2 days a month at each), not across facilities. */
      visitsPerFacility?: boolean;
      /** The programme pays the hospital meal charge of the meal lines it covers. Default false. */
      meals?: boolean;
      /**
       * How the subsidy reaches the patient (RULES.md §9): 'window' (default), the window charges
       * what is left after it; 'reimbursement' (償還払い, e.g. care outside the prefecture), the
       * window charges the copay as if there were no subsidy, and the municipality pays the subsidy
       * back later on an application (`LaterPayment` 'localReimbursement'). The final cost and every
       * share are the same either way: only the cash flow moves.
       */
      payment?: 'window' | 'reimbursement';
    });

export interface Person {
  id: string;
  /** 'YYYY-MM-DD'. Either this or `age`. */
  birthDate?: string;
  /** Age in whole years, taken as constant over the plan when no birth date is given. */
  age?: number;
  /** Copay rate override as a decimal string ('0.1', '0.2', '0.3', or '0' for a municipal subsidy). */
  copayRate?: string;
  /**
   * The person's own income bracket, e.g. a 72-year-old parent in an under-70 earner's
   * household. Without it a 70–74 dependent under 健保 of an under-70 insured person is 一般.
   */
  bracket?: BracketInput;
  /** The person's own bracket from a month on (e.g. a 後期 parent redetermined in August); before the first, `bracket`. */
  brackets?: BracketPeriod[];
  /** 'insured' (被保険者) or 'dependent' (被扶養者); default: the first person insured, the others dependents. */
  role?: 'insured' | 'dependent';
  /**
   * A member under another insurer (a spouse's own 健保): never combined with the plan's
   * household for 世帯合算 or 多数回; their own 多数回 history, 付加給付 and annual cap count.
   */
  insurance?: Insurance;
  /** 指定難病, 小児慢性特定疾病, 特定疾病 and local subsidies the person holds a certificate for. */
  programs?: PublicProgram[];
  label?: string;
}

export interface CareItem {
  month: MonthText;
  kind: CareKind;
  /** The fee: for `insured` the full 10割 fee; otherwise what is charged, tax included. */
  amount?: YenInput;
  /** For `meals`: a number of meals instead of an amount (priced from the table). */
  meals?: number;
  /** For `meals` counted by number, the lower rate after 90 days in hospital (低所得Ⅱ/非課税). */
  afterNinetyDays?: boolean;
  setting?: Setting;
  /** Facility name: 高額療養費 counts per facility. An outside pharmacy uses its prescriber's name. */
  facility?: string;
  /**
   * Dispensed at an outside pharmacy of this name on a prescription of `facility` (outpatient
   * insured care only). It counts with the prescriber's outpatient receipt for 高額療養費 (RULES.md
   * §3), but the pharmacy's own window charges its own copay, at most its own 特定疾病 cap (10,000)
   * and, with the card, its own 高額療養費 cap: what it charged above the receipt's cap comes back
   * later. Without it a pharmacy line under the prescriber's name is charged as the prescriber's.
   */
  pharmacy?: string;
  /** Visits (outpatient) or days (inpatient) the line stands for: needed under a local programme that charges per visit. */
  visits?: number;
  /** Dental care is counted apart from medical care. */
  dental?: boolean;
  /** A person id from `people`; default the patient (the first person). */
  person?: string;
  /** Who pays a fee outside insurance. */
  payer?: Payer;
  /**
   * For `payer: 'privateInsurance'`: 'reimbursement' (default) when the patient pays the fee at
   * the window and the insurer pays it back later; 'direct' when the insurer pays the hospital.
   */
  riderPayment?: 'reimbursement' | 'direct';
  /** Day of the month, needed only to split the month of a 75th birthday between insurers. */
  day?: number;
  /** A fee outside insurance quoted without consumption tax: the engine adds it. Default false. */
  taxExcluded?: boolean;
  /** Overrides whether an item counts for the medical expense deduction (医療費控除). */
  deductible?: boolean;
  /** Items of different courses of treatment are not one course for the mixed-billing rule. */
  course?: string;
  /**
   * The programme that covers this line ('nanbyo', 'shoman', 'tokutei' or a local id), or several
   * (['tokutei', 'nanbyo'], ['shoman', 'kodomo']): insured care and meals only. Several apply one
   * after another whatever the order given: 特定疾病 (insurance) first, then 指定難病 or 小慢,
   * then local programmes in the order the person's `programs` lists them (RULES.md §9).
   */
  program?: string | string[];
  label?: string;
}

/** A payment to the patient, e.g. a trial sponsor's 負担軽減費. */
export interface Receipt {
  month: MonthText;
  amount: YenInput;
  from: 'sponsor' | 'research' | 'privateInsurance';
  /**
   * The lines (indexes into `items`) a private insurance payout paid for: the 医療費控除 sets it
   * against their cost only. Without it, it is set against the year's counted costs (and said so).
   */
  forItems?: number[];
  label?: string;
}

export interface TaxInput {
  /** 総所得金額等 of the year, for the 5% threshold. */
  totalIncome?: YenInput;
  /** 課税される所得金額 before this deduction, for the marginal rate. */
  taxableIncome?: YenInput;
}

/** Values a hospital sets for itself without changing the code. */
export interface RuleOverrides {
  /** The patient's per-meal charge (入院時食事療養 標準負担額). */
  mealPerMeal?: YenInput;
  /** Counts the annual cap per household instead of per person (not published; default person). */
  annualCapPerHousehold?: boolean;
}

export interface CarePlan {
  insurance: Insurance;
  /** The patient first, then household members under the same insurer. */
  people?: Person[];
  items: CareItem[];
  receipts?: Receipt[];
  tax?: TaxInput;
  overrides?: RuleOverrides;
  /**
   * Courses (`CareItem.course`; 'main' for lines that name none) that the counselor has
   * confirmed are one course with the 自由診療 in them, i.e. 混合診療: each such course that mixes
   * `free` with insured care is computed as self-pay, its insured care and meals included, at
   * their full fee and with no 高額療養費 (健康保険法86条). A course named here that has no lines,
   * or no 自由診療 beside insured care, changes nothing.
   */
  selfPayCourses?: string[];
  title?: string;
}

export interface Message {
  ja: string;
  en: string;
}

export interface PlanIssue {
  /** Where in the plan, e.g. 'items[2].amount'. */
  path: string;
  code: string;
  message: Message;
}

export interface Shares {
  patient: Yen;
  insurer: Yen;
  research: Yen;
  sponsor: Yen;
  privateInsurance: Yen;
  supplementary: Yen;
  /** 公費: what public programmes (指定難病, 小児慢性, local subsidies) pay. */
  public: Yen;
}

export type CapKind = 'under70' | 'elderlyOutpatient' | 'elderlyHousehold' | 'elderlyPerson' | 'specificDisease';

export interface AppliedCap {
  kind: CapKind;
  /** The person, for per-person caps; absent for a household cap. */
  person?: string;
  bracket: Bracket;
  /** The cap in yen for this month. */
  amount: Yen;
  /** The insured fee the 1% term was computed on, where there is one. */
  feeBasis?: Yen;
  manyTimes: boolean;
  halvedFor75thBirthday: boolean;
  tableId: string;
  /** Why this cap, in words. */
  explanation: Message;
  /** Whether it bound (the copays reached it). */
  binding: boolean;
}

/** 'localReimbursement': a municipal subsidy paid by reimbursement (償還払い), from the city. */
export type LaterReason = 'highCost' | 'manyTimes' | 'household' | 'supplementary' | 'annualCap' | 'outpatientYearly' | 'privateInsurance' | 'localReimbursement';

export interface LaterPayment {
  reason: LaterReason;
  amount: Yen;
  /** Roughly when it arrives, 'YYYY-MM'. */
  expectedMonth: MonthText;
  note: Message;
  /**
   * When the plan has several people: whose care it is for, where all of it is for one person's.
   * Absent on a month's refund for the care of several (世帯合算 of their receipts, or refunds of
   * the same kind for two people): that is the household's, and the insurer pays it to the
   * insured person (被保険者; under 国保 the head of the household, 世帯主), whoever's care it was
   * for. `PersonMonth.later` splits it by whose care it is for.
   */
  person?: string;
}

export interface OutsideInsurance {
  patient: Yen;
  research: Yen;
  sponsor: Yen;
  privateInsurance: Yen;
  /** Consumption tax contained in the fees outside insurance. */
  consumptionTax: Yen;
}

export interface PersonMonth {
  person: string;
  insuredFee: Yen;
  copay: Yen;
  benefit: Yen;
  atWindow: Yen;
  supplementary: Yen;
  /** 公費 paid for this person this month. */
  public: Yen;
  patient: Yen;
  /**
   * What comes back later for this person's care of the month, each with `person`: atWindow less
   * these is `patient`. A household refund is split by the receipts it lowered, as `patient` is.
   */
  later: LaterPayment[];
}

/** A public programme in one month: its cap, how much of it the patient used, what it paid. */
export interface ProgramMonth {
  person: string;
  /** 'nanbyo', 'shoman' or the local programme's id. */
  program: string;
  kind: 'nanbyo' | 'shoman' | 'local';
  label?: string;
  /** The patient's monthly cap under the programme; null when it has none. */
  cap: Yen | null;
  /** What the patient paid toward the cap this month. */
  used: Yen;
  /**
   * What the programme paid of insured care. Meals under 指定難病 or 小慢 are charged at the
   * reduced rate and the insurer pays the rest: no programme pays for them (RULES.md §8).
   */
  paid: Yen;
  /** The meal charge a local programme that covers meals paid this month (`meals: true`); absent when none. */
  meals?: Yen;
  /**
   * 世帯按分 (RULES.md §8): several people of the household hold a 指定難病 or 小慢 certificate
   * this month, so `cap` is the household's cap (the highest of theirs) times this certificate's
   * own cap over the sum of their caps. Absent when the certificate's own cap is used.
   */
  shared?: { ownCap: Yen; householdCap: Yen; sumOfCaps: Yen };
  /**
   * 高額かつ長期 lowers a 指定難病 cap: 'certificate' as the certificate says, 'derived' from the
   * plan's months (six months in twelve with a 10割 fee over 50,000 for the disease).
   */
  highCostLongTerm?: 'certificate' | 'derived';
  /** Why the cap is what it is, where 世帯按分 or 高額かつ長期 made it so. */
  explanation?: Message;
}

export interface MonthBreakdown {
  month: MonthText;
  /** The 10割 fee of the insured care of the month. */
  insuredFee: Yen;
  /** The copay before 高額療養費 (1–3割, rounded to 10 yen per receipt). */
  copay: Yen;
  caps: AppliedCap[];
  /** 高額療養費 for the month, all of it (at the window and later). */
  benefit: Yen;
  manyTimes: boolean;
  /** What the patient pays at the hospital's window this month, everything included. */
  atWindow: Yen;
  later: LaterPayment[];
  outsideInsurance: OutsideInsurance;
  meals: Yen;
  other: Yen;
  /**
   * 付加給付 the insurer pays for the month. It comes before a programme (保険優先): where a
   * programme paid at the window, part of it goes back to the programme rather than to the patient
   * (`later` says what reaches the patient).
   */
  supplementary: Yen;
  /** 公費 paid this month. */
  public: Yen;
  /** Each programme used this month. */
  programs: ProgramMonth[];
  /** What this month finally costs the patient after the month's own refunds. */
  patient: Yen;
  /** Per person, when the plan has several. */
  people?: PersonMonth[];
}

export interface YearlyRefund {
  reason: 'annualCap' | 'outpatientYearly';
  /** 'YYYY-08' to 'YYYY-07'. */
  from: MonthText;
  to: MonthText;
  person?: string;
  cap: Yen;
  /** Everything counted in the year, `countedBefore` included. */
  counted: Yen;
  /** Counted before the plan's first month (`insurance.annualCountedBefore`). */
  countedBefore?: Yen;
  amount: Yen;
  /** A refund counted per household: the part of it that lowers each person's copays. */
  byPerson?: { person: string; amount: Yen }[];
  expectedMonth: MonthText;
  note: Message;
}

/**
 * One person's year of August to July under the yearly outpatient cap (外来年間合算: 70 and over,
 * 一般 and 低所得Ⅱ from 2026-08), for each year in which the person has outpatient care in the
 * plan while the cap applies to them, whether or not it is reached.
 */
export interface OutpatientYear {
  person: string;
  /** 'YYYY-08' to 'YYYY-07'. */
  from: MonthText;
  to: MonthText;
  /** The yearly cap (that of the year's last month in the plan). */
  cap: Yen;
  /**
   * The outpatient copays the person still bears after the monthly benefits, 付加給付 and 公費,
   * over the plan's months of the year. Copays before the plan are not counted: the plan has no
   * figure for them (`annualCountedBefore` is the annual cap's).
   */
  counted: Yen;
  /** The month in which the count first reaches the cap; absent when it does not. */
  reachedIn?: MonthText;
  /** What comes back after the year (counted − cap); '0' when the cap is not passed. */
  refund: Yen;
  /** Roughly when the refund arrives, where there is one. */
  expectedMonth?: MonthText;
}

export interface DeductionEstimate {
  year: number;
  /** What the patient paid for costs that count, after reimbursements. */
  counted: Yen;
  threshold: Yen | null;
  deduction: Yen | null;
  incomeTaxSaved: Yen | null;
  reconstructionSurtaxSaved: Yen | null;
  residentTaxSaved: Yen | null;
  totalSaved: Yen | null;
  /** Inputs that are missing for the figures left null. */
  missing: ('totalIncome' | 'taxableIncome')[];
  note: Message;
}

export interface RuleReference {
  id: string;
  title: Message;
  effectiveFrom: MonthText;
  effectiveTo?: MonthText;
  status: 'law' | 'planned' | 'unconfirmed' | 'override';
  sources: string[];
}

export type WarningCode =
  | 'mixed-billing'
  | 'planned-rules'
  | 'unconfirmed-rule'
  | 'assumption'
  | 'private-rider-excludes'
  | 'refund-later';

export interface PlanWarning {
  code: WarningCode;
  message: Message;
  /** Months concerned, where it is about months. */
  months?: MonthText[];
  /**
   * mixed-billing: what the patient pays if the whole course is self-pay. For a course confirmed
   * as one (`CarePlan.selfPayCourses`) that is what the breakdown computes: `shares.patient`.
   */
  patientIfSelfPay?: Yen;
  /**
   * mixed-billing, only for a course confirmed as one (`CarePlan.selfPayCourses`): what the
   * patient would pay were the 自由診療 a separate course, the rest of the plan as it is.
   */
  patientIfSeparate?: Yen;
  ruleId?: string;
}

export interface CashFlowMonth {
  month: MonthText;
  paid: Yen;
  refunded: Yen;
  /** Payments to the patient: receipts, and private insurance paying back a fee. */
  received: Yen;
  /** paid − refunded − received: the patient's net movement of money this month. */
  net: Yen;
}

export interface Breakdown {
  total: Yen;
  shares: Shares;
  months: MonthBreakdown[];
  yearly: YearlyRefund[];
  /** Each person's year under the yearly outpatient cap (外来年間合算), reached or not. */
  outpatientYears: OutpatientYear[];
  /** Payments made to the patient (負担軽減費); not part of `total`. */
  received: Yen;
  /** The patient's share less what they received. May be negative. */
  patientNet: Yen;
  cashFlow: CashFlowMonth[];
  deduction: DeductionEstimate[];
  rules: RuleReference[];
  warnings: PlanWarning[];
}
