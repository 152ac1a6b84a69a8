import { html, nothing } from 'lit';
import { ELDERLY_BRACKETS, SCHEMES, UNDER70_BRACKETS, type Scheme } from '../../engine/index.js';
import { checkedOf, TYPED_FIELDS, valueOf, type SectionContext } from './context.js';
import { certificateName, coversKind, missingField, monthsOf, PROGRAM_KINDS, PROGRAM_TIERS, newProgram, type DraftPeriod, type DraftPerson, type DraftProgram } from './draft.js';
import { changesInWords, renderChanges, suggestedMonth } from './changes-field.js';
import { keptProgramFacts } from './real-year-facts.js';
import { amountField } from './amount-field.js';
import { bracketOptionOf } from './bracket-option.js';
import { LIMITS, limitNote } from './field-limits.js';
import { MAX_PROGRAMS } from './read-plan.js';
import { japaneseIn, languageOption, mixedText, plus, spokenName } from '../japanese-text.js';

/**
 * What is particular to one person, folded away until needed: certificates of public
 * programmes (指定難病, 小児慢性特定疾病, 特定疾病, a municipal subsidy) with their tier and months,
 * the person's own income bracket and role, and another insurer when they have one.
 */
export function renderPersonDetails(ctx: SectionContext, person: DraftPerson, name: string) {
  const { msg, lang } = ctx;
  const open = ctx.openPeople.has(person.key);
  return html`<details class="person-details" ?open=${open} @toggle=${(e: Event) => ctx.togglePerson(person.key, (e.target as HTMLDetailsElement).open)}>
    <summary part="summary">${mixedText(msg.personDetails(name), lang)}<span class="summary-line">${mixedText(personSummary(ctx, person), lang)}</span></summary>
    ${open ? renderOpen(ctx, person) : nothing}
  </details>`;
}

/** A one-line summary of what is set, so nothing folded away is out of sight. */
function personSummary(ctx: SectionContext, person: DraftPerson): string {
  const { msg } = ctx;
  const parts = person.programs.map((p) => certificateName(ctx.msg, p) + (p.tier ? ` ${p.tier}` : '') + (p.tiers.some((t) => t.value) ? `（${changesInWords(ctx, p.tiers)}）` : ''));
  if (person.bracket) parts.push(msg.ownBracketShort(person.bracket));
  if (person.brackets.some((b) => b.value)) parts.push(`${msg.bracketChanges} ${changesInWords(ctx, person.brackets)}`);
  if (person.otherInsurer) parts.push(msg.otherInsurerShort);
  return parts.join(msg.listSeparator) || msg.nothingSet;
}

function renderOpen(ctx: SectionContext, person: DraftPerson) {
  const { msg, lang } = ctx;
  const focus = `person-${person.key}`;
  const change = (patch: Partial<DraftPerson>, typing?: boolean) => ctx.changePerson(person.key, patch, typing);
  const bracketOption = (b: string, selected: string) => bracketOptionOf(ctx, selected)(b);
  const full = person.programs.length >= MAX_PROGRAMS;
  return html`
    <div class="programs">
      ${person.programs.map((program) => renderProgram(ctx, person, program))}
      <div class="add" role="group" aria-label=${msg.addProgram}>
        ${PROGRAM_KINDS.map((kind) => html`<button type="button" data-focus="${focus}-add-${kind}" ?disabled=${full} aria-describedby=${full ? `${focus}-programs-limit` : nothing} @click=${() => {
          const program = newProgram(kind, person.programs);
          change({ programs: [...person.programs, program] });
          // Focus goes to what the new certificate asks first, not back to the button below it.
          ctx.focusLater(`${focus}-program-${program.key}-${firstField(program)}`);
        }}>${mixedText(plus(lang) + msg.programKinds[kind], lang)}</button>`)}
      </div>
      ${full ? html`<p class="hint" id="${focus}-programs-limit">${msg.programsLimit(MAX_PROGRAMS)}</p>` : nothing}
    </div>
    <div class="fields">
      ${person.otherInsurer ? nothing : html`<label>${msg.ownBracket}
        <select data-focus="${focus}-bracket" @change=${(e: Event) => change({ bracket: valueOf(e) })}>
          <option value="" ?selected=${person.bracket === ''}>${msg.sameBracket}</option>
          <optgroup label=${msg.under70}>${UNDER70_BRACKETS.map((b) => bracketOption(b, person.bracket))}</optgroup>
          <optgroup label=${msg.seventyPlus}>${ELDERLY_BRACKETS.map((b) => bracketOption(b, person.bracket))}</optgroup>
        </select>
      </label>`}
      <label>${msg.role}
        <select data-focus="${focus}-role" @change=${(e: Event) => change({ role: valueOf(e) as DraftPerson['role'] })}>
          ${(['', 'insured', 'dependent'] as const).map((r) => languageOption(r, msg.roles[r], person.role === r, lang))}
        </select>
      </label>
    </div>
    ${!person.brackets.length && (person.otherInsurer || !person.bracket) ? nothing : renderChanges(ctx, {
      kind: 'bracket', focus: `${focus}-brackets`, periods: person.brackets, path: planPath(ctx, person, 'brackets'),
      options: (selected) => html`<optgroup label=${msg.under70}>${UNDER70_BRACKETS.map((b) => bracketOption(b, selected))}</optgroup><optgroup label=${msg.seventyPlus}>${ELDERLY_BRACKETS.map((b) => bracketOption(b, selected))}</optgroup>`,
      suggest: () => suggestedMonth(monthsOf(ctx.draft), ctx.draft.scheme, person.brackets),
      onChange: (brackets: DraftPeriod[], typing?: boolean) => change({ brackets }, typing),
      // Under the person's own bracket: a change of the household's is set under 「詳細」.
      hint: false,
    })}
    <label class="check"><input type="checkbox" data-focus="${focus}-otherInsurer" .checked=${person.otherInsurer}
      @change=${(e: Event) => change({ otherInsurer: checkedOf(e) })} /> ${mixedText(msg.otherInsurer, lang)}</label>
    ${person.otherInsurer ? html`<div class="fields indent">
      <label>${msg.scheme}<select data-focus="${focus}-otherScheme" @change=${(e: Event) => change({ otherScheme: valueOf(e) as Scheme | '' })}>
        <option value="" ?selected=${person.otherScheme === ''}>${msg.chooseScheme}</option>
        ${SCHEMES.map((s) => languageOption(s, msg.schemes[s], person.otherScheme === s, lang))}</select></label>
      <label>${msg.bracket}<select data-focus="${focus}-otherBracket" aria-invalid=${person.otherBracket ? 'false' : 'true'}
        aria-describedby=${person.otherBracket ? nothing : `${focus}-otherBracket-missing`} @change=${(e: Event) => change({ otherBracket: valueOf(e) })}>
        <option value="" ?selected=${person.otherBracket === ''}>${msg.chooseBracket}</option>
        <optgroup label=${msg.under70}>${UNDER70_BRACKETS.map((b) => bracketOption(b, person.otherBracket))}</optgroup>
        <optgroup label=${msg.seventyPlus}>${ELDERLY_BRACKETS.map((b) => bracketOption(b, person.otherBracket))}</optgroup>
      </select></label>
      ${person.otherBracket ? nothing : html`<p class="error wide" id="${focus}-otherBracket-missing">${msg.otherBracketMissing}</p>`}
    </div>` : nothing}
  `;
}

/** Where a person's field is in the plan (issues name it so); undefined while the person is not in it. */
function planPath(ctx: SectionContext, person: DraftPerson, field: string): string | undefined {
  const index = ctx.personKeys.indexOf(person.key);
  return index < 0 ? undefined : `people[${index}].${field}`;
}

/** Where a certificate is in the plan: only those with what they need are in it. */
function programPath(ctx: SectionContext, person: DraftPerson, program: DraftProgram): string | undefined {
  const at = planPath(ctx, person, 'programs');
  const index = person.programs.filter((p) => !missingField(p)).indexOf(program);
  return at === undefined || index < 0 ? undefined : `${at}[${index}]`;
}

/** The first field of a certificate's form: the one it still needs, or its months. */
const firstField = (program: DraftProgram) => (program.kind === 'nanbyo' || program.kind === 'shoman' ? 'tier' : program.kind === 'local' ? 'label' : 'from');

/** One certificate: its tier, the months it is valid, and what the kind of programme asks for. */
function renderProgram(ctx: SectionContext, person: DraftPerson, program: DraftProgram) {
  const { msg, lang } = ctx;
  const focus = `person-${person.key}-program-${program.key}`;
  // A certificate's text fields are typed key by key: one step of the history for each field's typing.
  const change = (patch: Partial<DraftProgram>, typing = TYPED_FIELDS.has(Object.keys(patch)[0])) =>
    ctx.changePerson(person.key, { programs: person.programs.map((p) => (p.key === program.key ? { ...p, ...patch } : p)) }, typing);
  const flag = (key: 'highCostLongTerm' | 'ventilator' | 'severe' | 'dialysisHighIncome') => html`<label class="check"><input type="checkbox"
    data-focus="${focus}-${key}" .checked=${program[key]} @change=${(e: Event) => change({ [key]: checkedOf(e) })} /> ${mixedText(msg.programFlags[key], lang)}</label>`;
  const hasTier = program.kind === 'nanbyo' || program.kind === 'shoman';
  const missing = missingField(program);
  const missingId = `${focus}-missing`;
  // The field still to be chosen says so in words (not only in colour), and is marked invalid.
  const invalid = (field: 'tier' | 'rate') => (missing === field ? 'true' : 'false');
  const described = (field: 'tier' | 'rate') => (missing === field ? missingId : nothing);
  return html`<fieldset class="program">
    <legend>${mixedText(certificateName(ctx.msg, program), lang)}</legend>
    ${missing ? html`<p class="error" id=${missingId}>${mixedText(msg.certificateMissing(certificateName(ctx.msg, program), missing), lang)}</p>` : nothing}
    <div class="fields">
      ${hasTier ? html`<label>${mixedText(msg.programTier, lang)}<select data-focus="${focus}-tier" aria-invalid=${invalid('tier')} aria-describedby=${described('tier')}
        @change=${(e: Event) => change({ tier: valueOf(e) })}>
        <option value="" ?selected=${program.tier === ''}>${msg.chooseTier}</option>
        ${PROGRAM_TIERS.map((t) => languageOption(t, t, program.tier === t, lang))}</select></label>` : nothing}
      ${program.kind === 'local' ? renderLocalCharge(ctx, program, focus, change, invalid('rate'), described('rate'), programPath(ctx, person, program)) : nothing}
      <label>${msg.programFrom}<input type="text" data-focus="${focus}-from" maxlength=${LIMITS.text} .value=${program.from} placeholder=${msg.optional} @input=${(e: Event) => change({ from: valueOf(e) })} />${limitNote(msg, program.from, LIMITS.text)}</label>
      <label>${msg.programTo}<input type="text" data-focus="${focus}-to" maxlength=${LIMITS.text} .value=${program.to} placeholder=${msg.optional} @input=${(e: Event) => change({ to: valueOf(e) })} />${limitNote(msg, program.to, LIMITS.text)}</label>
    </div>
    ${hasTier && program.tier ? renderChanges(ctx, {
      kind: 'tier', focus: `${focus}-tiers`, periods: program.tiers, path: programPath(ctx, person, program) && `${programPath(ctx, person, program)}.tiers`,
      options: (selected) => html`${PROGRAM_TIERS.map((t) => languageOption(t, t, selected === t, lang))}`,
      suggest: () => '',
      onChange: (tiers: DraftPeriod[], typing?: boolean) => change({ tiers }, typing ?? false),
    }) : nothing}
    ${program.kind === 'local' ? renderLocalMore(ctx, program, focus, change, programPath(ctx, person, program)) : nothing}
    ${program.kind === 'nanbyo' ? html`${flag('highCostLongTerm')}${flag('ventilator')}` : nothing}
    ${keptProgramFacts(ctx, program).map((fact) => html`<p class="hint kept">${mixedText(`${msg.keptNote}${fact}`, lang)}</p>`)}
    ${program.kind === 'shoman' ? html`${flag('severe')}${flag('ventilator')}` : nothing}
    ${program.kind === 'tokutei' ? flag('dialysisHighIncome') : nothing}
    ${program.coversCare
      ? html`<p class="hint">${mixedText(msg.programCoversHint(coversKind(program, 'meals')), lang)}</p>`
      : html`<p class="hint">${msg.programLinesHint}</p>
        <button type="button" data-focus="${focus}-coversCare" @click=${() => change({ coversCare: true })}>${msg.programCoverAll}</button>`}
    <button type="button" class="remove" aria-label=${spokenName(msg.removeProgramLabel(certificateName(ctx.msg, program)), lang)}
      @click=${() => ctx.changePerson(person.key, { programs: person.programs.filter((p) => p.key !== program.key) })}>${msg.remove}</button>
  </fieldset>`;
}


type ProgramChange = (patch: Partial<DraftProgram>) => void;

/** Why a field of a certificate is refused, by its path in the plan; the id describes the field. */
function fieldIssue(ctx: SectionContext, path: string | undefined, id: string) {
  const found = path === undefined ? [] : ctx.issues.filter((i) => i.path === path);
  return { id: found.length ? id : undefined, text: found.length ? html`<span class="error" id=${id}>${found.map((i) => i.message[ctx.lang]).join(' ')}</span>` : nothing };
}

/** A municipal subsidy's name and what the patient pays under it: a share, or a fixed charge per visit (day) up to so many a month. */
function renderLocalCharge(ctx: SectionContext, program: DraftProgram, focus: string, change: ProgramChange, invalid: string, described: string | typeof nothing, path: string | undefined) {
  const { msg, lang } = ctx;
  const visits = fieldIssue(ctx, path && `${path}.visitsCharged`, `${focus}-visitsCharged-error`);
  const rate = fieldIssue(ctx, path && `${path}.rate`, `${focus}-rate-error`);
  return html`
    <label>${msg.programLabel}<input type="text" data-focus="${focus}-label" lang=${japaneseIn(program.label, lang) ?? nothing} maxlength=${LIMITS.name} .value=${program.label} @input=${(e: Event) => change({ label: valueOf(e) })} />${limitNote(msg, program.label, LIMITS.name)}</label>
    <label>${msg.localCharge}<select data-focus="${focus}-charge" @change=${(e: Event) => change({ charge: valueOf(e) as DraftProgram['charge'] })}>
      ${(['rate', 'perVisit'] as const).map((c) => html`<option value=${c} ?selected=${program.charge === c}>${msg.localCharges[c]}</option>`)}</select></label>
    ${program.charge === 'perVisit' ? html`
      <div>${amountField(msg.perVisit, program.perVisit, (text) => change({ perVisit: text }), `${focus}-perVisit`)}</div>
      <label>${msg.visitsCharged}<input type="text" inputmode="numeric" data-focus="${focus}-visitsCharged" maxlength=${LIMITS.text} .value=${program.visitsCharged}
        aria-invalid=${visits.id ? 'true' : 'false'} aria-describedby=${visits.id ?? `${focus}-visitsCharged-hint`} @input=${(e: Event) => change({ visitsCharged: valueOf(e) })} />
        <span class="hint" id="${focus}-visitsCharged-hint">${msg.visitsChargedHint}</span>${visits.text}</label>` : html`
      <label>${msg.programRate}<input type="text" inputmode="decimal" data-focus="${focus}-rate" maxlength=${LIMITS.text} .value=${program.rate} placeholder="0"
        aria-invalid=${rate.id ? 'true' : invalid} aria-describedby=${rate.id ?? described} @input=${(e: Event) => change({ rate: valueOf(e) })} />${limitNote(msg, program.rate, LIMITS.text)}${rate.text}</label>`}
    <div>${amountField(msg.programMonthlyCap, program.monthlyCap, (text) => change({ monthlyCap: text }), `${focus}-monthlyCap`, { hint: msg.optional })}</div>`;
}

/**
 * A subsidy's rarer conditions, folded: caps on outpatient and inpatient care, meals, and
 * 償還払い. Open while any is set, so nothing set is out of sight; its summary says what is.
 */
function renderLocalMore(ctx: SectionContext, program: DraftProgram, focus: string, change: ProgramChange, path: string | undefined) {
  const { msg, lang } = ctx;
  const set = [
    program.outpatientCap.trim() && `${msg.outpatientCap} ${program.outpatientCap.trim()}`,
    program.inpatientCap.trim() && `${msg.inpatientCap} ${program.inpatientCap.trim()}`,
    program.coversMeals && msg.localMeals,
    program.reimbursed && msg.localReimbursedShort,
  ].filter(Boolean);
  const payment = fieldIssue(ctx, path && `${path}.payment`, `${focus}-payment-error`);
  return html`<details class="local-more" ?open=${set.length > 0}>
    <summary>${msg.localMore}<span class="summary-line">${mixedText(set.join(msg.listSeparator) || msg.nothingSet, lang)}</span></summary>
    <div class="fields">
      <div>${amountField(msg.outpatientCap, program.outpatientCap, (text) => change({ outpatientCap: text }), `${focus}-outpatientCap`, { hint: msg.optional })}</div>
      <div>${amountField(msg.inpatientCap, program.inpatientCap, (text) => change({ inpatientCap: text }), `${focus}-inpatientCap`, { hint: msg.optional })}</div>
    </div>
    <label class="check"><input type="checkbox" data-focus="${focus}-meals" .checked=${program.coversMeals} @change=${(e: Event) => change({ coversMeals: checkedOf(e) })} /> ${mixedText(msg.localMeals, lang)}</label>
    <label class="check"><input type="checkbox" data-focus="${focus}-reimbursed" .checked=${program.reimbursed} aria-describedby=${payment.id ?? nothing}
      @change=${(e: Event) => change({ reimbursed: checkedOf(e) })} /> ${mixedText(msg.localReimbursed, lang)}</label>${payment.text}
  </details>`;
}
