import type { PatientMessages } from './patient-messages.js';

const BRACKET_WORDS: Record<string, string> = {
  ア: 'Yearly income about ¥11.6M or more (bracket ア)',
  イ: 'Yearly income about ¥7.7M–11.6M (bracket イ)',
  ウ: 'Yearly income about ¥3.7M–7.7M (bracket ウ)',
  エ: 'Yearly income up to about ¥3.7M (bracket エ)',
  オ: 'Household exempt from resident tax (bracket オ)',
  現役並みⅢ: 'Yearly income about ¥11.6M or more (現役並みⅢ)',
  現役並みⅡ: 'Yearly income about ¥7.7M–11.6M (現役並みⅡ)',
  現役並みⅠ: 'Yearly income about ¥3.7M–7.7M (現役並みⅠ)',
  一般: 'Yearly income about ¥1.56M–3.7M (一般)',
  一般Ⅱ: 'Yearly income about ¥2M–3.7M, paying 20% at the hospital (一般Ⅱ)',
  低所得Ⅱ: 'Household exempt from resident tax (低所得Ⅱ)',
  低所得Ⅰ: 'Exempt from resident tax, pension up to ¥800,000, etc. (低所得Ⅰ)',
};

const RATE_WORDS: Record<string, string> = { '0': 'Nothing at the hospital (¥0)', '0.1': '10%', '0.2': '20%' };

export const patientEn: PatientMessages = {
  patientTitle: 'What will I pay?',
  careGiven: (title, total) => `Care: ${title} (total fees ${total})`,
  questionOf: (n, of) => `Question ${n} of ${of}`,
  back: 'Previous question',
  change: 'Change',
  dontKnow: 'I don’t know',
  yourAnswers: 'Your answers',
  whoseQuestion: 'Whose treatment are you looking up?',
  whoseSelf: 'My own',
  whoseFamily: 'A family member’s',
  ageQuestion: (family) => (family ? 'How old is your family member?' : 'How old will you be during the treatment?'),
  ageBands: { under70: 'Under 70', '70to74': '70 to 74', '75plus': '75 or over' },
  bracketQuestion: 'What is the household’s income, roughly?',
  bracketWhere: 'You can also choose the bracket printed on your limit certificate (限度額適用認定証) or shown in Mynaportal (限度額情報).',
  bracketWords: (bracket) => BRACKET_WORDS[bracket] ?? bracket,
  bracketDontKnow: 'I don’t know (show the lowest and the highest)',
  certificateQuestion: (family) => (family ? 'Does your family member hold a medical certificate?' : 'Do you hold a medical certificate?'),
  certificates: {
    none: 'No',
    nanbyo: 'Designated intractable disease (指定難病)',
    shoman: 'Pediatric chronic disease (小児慢性特定疾病)',
    tokutei: 'Specified disease (特定疾病: dialysis, hemophilia…)',
    local: 'A city’s medical subsidy (children, single parents, disability…)',
  },
  certificateDontKnow: 'I don’t know',
  capQuestion: (kind) => (kind === 'local' ? 'With the subsidy, what part of the fee do you pay at the hospital?' : 'What monthly limit does the certificate show?'),
  capHint: (kind) => {
    if (kind === 'nanbyo') return 'If it says 高額かつ長期 (high cost over a long time), choose that limit: a lower one for those with many costly months.';
    if (kind === 'shoman') return 'If it says 重症 (severe), choose that limit.';
    if (kind === 'tokutei') return 'It is ¥20,000 for dialysis patients under 70 with a high income.';
    return 'It differs by city: check the subsidy’s notice or your certificate.';
  },
  capWords: (kind, cap, yen) => (kind === 'local' ? RATE_WORDS[cap] ?? cap : `${yen} a month`),
  whenQuestion: 'When does the treatment start?',
  startMonth: 'First month',
  monthsCount: 'Number of months',
  monthsOption: (n) => `${n} month${n === 1 ? '' : 's'}`,
  seeAnswer: 'Show my estimate',
  rangeBecause: (unknowns) => `A range, since the ${unknowns.join(' and the ')} ${unknowns.length > 1 ? 'are' : 'is'} not known.`,
  unknownWords: { age: 'age', bracket: 'income', cap: 'certificate’s limit' },
  certificateMayLower: 'With a medical certificate you may pay less.',
  estimateTitle: 'Your estimated cost',
  estimateRange: (low, high) => `${low} – ${high}`,
  highCaseNote: 'The monthly amounts are those of the highest case.',
  provisional: (text) => `With your answers so far: ${text}`,
  assumedCard: 'This assumes you show your My Number health insurance card (or the limit certificate) at every visit.',
  mealsIncluded: (meals) => `Hospital meals are included (${meals} meals: ${Math.ceil(meals / 3)} days at three a day).`,
  todoTitle: 'What to do',
  notIncludedTitle: 'Not included in this estimate',
  notIncluded: {
    meals: (perDay) => `Hospital meals (about ${perDay} a day)`,
    room: 'Extra room charges (a private room, if you ask for one)',
    daily: 'Gowns, daily necessities, diapers',
    travel: 'Travel to hospital, yours and a companion’s',
    advanced: (amount, payer) => `The advanced-medicine fee of ${amount} (assumed paid by ${payer}; if it is not, you pay all of it)`,
  },
  isEstimate: 'This is an estimate. What you pay is set by the hospital’s bill and your health insurer’s decision.',
  contactTitle: 'Questions and advice',
  contactFallback: 'Ask the hospital’s advice desk (medical social worker, cancer information and support center).',
  printHandout: 'Save as PDF or print',
  toWorkspace: 'Work it out in detail with a counselor',
  sourcesLink: 'How this is worked out (rules and sources)',
  noAnswerYet: 'The cost of this care cannot be worked out yet. Please ask the hospital’s advice desk.',
};
