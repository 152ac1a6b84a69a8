import type { Breakdown, CarePlan } from '../../engine/index.js';
import { formatMonth, formatYen } from '../../i18n/format.js';
import type { Lang } from '../../i18n/locale.js';
import { changesInWords } from './changes-field.js';
import { certificateName, missingField, type Draft, type DraftPerson } from './draft.js';
import { own } from './read-own.js';
import { cardFacts, keptFlag, pharmacyFact, type Words } from './real-year-facts.js';
import { HANDOUT_FACT_WORDS } from '../../i18n/handout-fact-words.js';
import { amountFields, type DraftProgram } from './draft.js';

/*
 * The handout's list of a real year's facts: a module of the handout's own, loaded with it when
 * the page is idle, not with the workspace's first answer.
 */

/** A rate as a counselor says it: '0.1' is 1割 (10 %), '0' is 0割. As given where it is not a rate. */
function rateInWords(rate: string, lang: Lang): string {
  const text = rate.normalize('NFKC').trim();
  const match = /^0?\.(\d{1,4})$|^0$/.exec(text);
  if (!match) return text;
  const digits = (match[1] ?? '').padEnd(4, '0');
  const [whole, rest] = lang === 'ja' ? [digits.slice(0, 1), digits.slice(1)] : [digits.slice(0, 2), digits.slice(2)];
  const fraction = rest.replace(/0+$/, '');
  return `${Number(whole)}${fraction ? `.${fraction}` : ''}${lang === 'ja' ? '割' : '%'}`;
}

/** An amount as typed, as the handout shows one ('2000' → ￥2,000); as typed where it cannot be read. */
const yenOf = (typed: string) => {
  const read = amountFields(typed);
  return read.amount ? formatYen(read.amount) : typed.trim();
};


/** A municipal subsidy's shape in words. */
function localInWords({ msg, lang }: Words, program: DraftProgram): string {
  const w = HANDOUT_FACT_WORDS[lang];
  const set = (text: string) => (text.trim() ? yenOf(text) : undefined);
  const perVisit = program.charge === 'perVisit' ? set(program.perVisit) : undefined;
  return w.factLocal({
    name: certificateName(msg, program),
    rate: program.charge === 'rate' && program.rate.trim() ? rateInWords(program.rate, lang) : undefined,
    perVisit,
    visits: perVisit && program.visitsCharged.trim() ? program.visitsCharged.normalize('NFKC').trim().replace(/回$/, '') : undefined,
    monthlyCap: set(program.monthlyCap),
    outpatientCap: set(program.outpatientCap),
    inpatientCap: set(program.inpatientCap),
    perFacility: keptFlag(program, 'perFacility'),
    visitsPerFacility: keptFlag(program, 'visitsPerFacility'),
    meals: program.coversMeals,
    reimbursed: program.reimbursed,
  });
}

/** The first month the engine found 高額かつ長期 from the plan's months, for a person's 指定難病. */
function derivedLongTerm(breakdown: Breakdown | undefined, person: string): string | undefined {
  return breakdown?.months.find((m) => m.programs.some((p) => p.person === person && p.kind === 'nanbyo' && p.highCostLongTerm === 'derived'))?.month;
}

/**
 * Every fact of a real year in force, for the handout's 計算の前提: bracket changes with their
 * month, tier changes, each subsidy's shape, programmes used together, 償還払い and when it comes
 * back, the card per window, 高額かつ長期, an outside pharmacy.
 */
export function planFacts(words: Words, draft: Draft, plan: CarePlan | undefined, breakdown: Breakdown | undefined): string[] {
  const { msg, lang } = words;
  const w = HANDOUT_FACT_WORDS[lang];
  const facts: string[] = [];
  const name = (index: number) => msg.personName(index, draft.people[index]?.label ?? '');
  // The bracket before the first change, then each change: 「ウ、2027年8月から エ」.
  const fromStart = (first: string, changes: string) => (first ? w.changesAfter(first, changes) : changes);
  if (draft.brackets.some((p) => p.value)) facts.push(w.factBracket(msg.schemes[draft.scheme], fromStart(draft.bracket, changesInWords(words, draft.brackets))));
  draft.people.forEach((person, index) => {
    if (person.brackets.some((p) => p.value)) facts.push(w.factBracket(name(index), fromStart(person.bracket, changesInWords(words, person.brackets))));
    for (const program of counted(person)) {
      const certificate = draft.people.length > 1 ? `${name(index)}・${certificateName(msg, program)}` : certificateName(msg, program);
      if (program.tiers.some((t) => t.value)) facts.push(w.factTier(certificate, fromStart(program.tier, changesInWords(words, program.tiers))));
      if (program.kind === 'local') facts.push(localInWords(words, program));
      if (program.kind === 'nanbyo') {
        const derived = program.highCostLongTerm || (program.kept && own(program.kept, 'highCostLongTerm') === false) ? undefined : derivedLongTerm(breakdown, person.id);
        if (program.highCostLongTerm) facts.push(w.factLongTermHeld(certificate));
        else if (program.kept && own(program.kept, 'highCostLongTerm') === false) facts.push(msg.factLongTermNever(certificate));
        else if (derived) facts.push(w.factLongTermDerived(certificate, formatMonth(derived, lang)));
      }
    }
    facts.push(...stackedFacts(words, draft, person, index, plan));
  });
  const back = [...new Set(breakdown?.months.flatMap((m) => m.later.filter((l) => l.reason === 'localReimbursement' && l.amount !== '0').map((l) => l.expectedMonth)) ?? [])].sort();
  if (back.length) facts.push(w.factReimbursedBack(back.map((m) => formatMonth(m, lang)).join(msg.listSeparator)));
  facts.push(...cardFacts(words, draft));
  const pharmacies = new Set(draft.lines.map((l) => pharmacyFact(words, l)).filter(Boolean));
  facts.push(...pharmacies);
  return facts;
}

/** The certificates counted (those with what they need). */
const counted = (person: DraftPerson) => person.programs.filter((p) => !missingField(p));

/** The programmes a person's lines use together, once each combination. */
function stackedFacts({ msg, lang }: Words, draft: Draft, person: DraftPerson, index: number, plan: CarePlan | undefined): string[] {
  const combos = new Set<string>();
  for (const item of plan?.items ?? []) {
    if ((item.person ?? draft.people[0].id) === person.id && Array.isArray(item.program) && item.program.length > 1) combos.add(item.program.join('\u0000'));
  }
  const nameOf = (key: string) => {
    const program = person.programs.find((p) => (p.kind === 'local' ? p.id : p.kind) === key);
    return program ? certificateName(msg, program) : key;
  };
  return [...combos].map((combo) => {
    const keys = combo.split('\u0000');
    const local = keys.filter((k) => person.programs.some((p) => p.kind === 'local' && p.id === k));
    const national = keys.filter((k) => !local.includes(k));
    return HANDOUT_FACT_WORDS[lang].factStacked(msg.personName(index, person.label), national.map(nameOf).join(msg.listSeparator), local.map(nameOf).join(msg.listSeparator));
  });
}
