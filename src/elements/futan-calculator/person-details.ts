import { html, nothing } from 'lit';
import { ELDERLY_BRACKETS, SCHEMES, UNDER70_BRACKETS, type Scheme } from '../../engine/index.js';
import { checkedOf, valueOf, type SectionContext } from './context.js';
import { missingField, PROGRAM_KINDS, PROGRAM_TIERS, newProgram, type DraftPerson, type DraftProgram } from './draft.js';
import { amountField } from './patient-section.js';
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
  const parts = person.programs.map((p) => programName(ctx, p) + (p.tier ? ` ${p.tier}` : ''));
  if (person.bracket) parts.push(msg.ownBracketShort(person.bracket));
  if (person.otherInsurer) parts.push(msg.otherInsurerShort);
  return parts.join(msg.listSeparator) || msg.nothingSet;
}

export function programName(ctx: SectionContext, program: DraftProgram): string {
  return program.kind === 'local' ? program.label || ctx.msg.programKinds.local : ctx.msg.programKinds[program.kind];
}

function renderOpen(ctx: SectionContext, person: DraftPerson) {
  const { msg, lang } = ctx;
  const focus = `person-${person.key}`;
  const change = (patch: Partial<DraftPerson>) => ctx.changePerson(person.key, patch);
  const bracketOption = (b: string, selected: string) => languageOption(b, msg.bracketOption(b, ctx.draft.scheme), selected === b, lang);
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

/** The first field of a certificate's form: the one it still needs, or its months. */
const firstField = (program: DraftProgram) => (program.kind === 'nanbyo' || program.kind === 'shoman' ? 'tier' : program.kind === 'local' ? 'label' : 'from');

/** One certificate: its tier, the months it is valid, and what the kind of programme asks for. */
function renderProgram(ctx: SectionContext, person: DraftPerson, program: DraftProgram) {
  const { msg, lang } = ctx;
  const focus = `person-${person.key}-program-${program.key}`;
  const change = (patch: Partial<DraftProgram>) =>
    ctx.changePerson(person.key, { programs: person.programs.map((p) => (p.key === program.key ? { ...p, ...patch } : p)) });
  const flag = (key: 'highCostLongTerm' | 'ventilator' | 'severe' | 'dialysisHighIncome') => html`<label class="check"><input type="checkbox"
    data-focus="${focus}-${key}" .checked=${program[key]} @change=${(e: Event) => change({ [key]: checkedOf(e) })} /> ${mixedText(msg.programFlags[key], lang)}</label>`;
  const hasTier = program.kind === 'nanbyo' || program.kind === 'shoman';
  const missing = missingField(program);
  const missingId = `${focus}-missing`;
  // The field still to be chosen says so in words (not only in colour), and is marked invalid.
  const invalid = (field: 'tier' | 'rate') => (missing === field ? 'true' : 'false');
  const described = (field: 'tier' | 'rate') => (missing === field ? missingId : nothing);
  return html`<fieldset class="program">
    <legend>${mixedText(programName(ctx, program), lang)}</legend>
    ${missing ? html`<p class="error" id=${missingId}>${mixedText(msg.certificateMissing(programName(ctx, program), missing), lang)}</p>` : nothing}
    <div class="fields">
      ${hasTier ? html`<label>${mixedText(msg.programTier, lang)}<select data-focus="${focus}-tier" aria-invalid=${invalid('tier')} aria-describedby=${described('tier')}
        @change=${(e: Event) => change({ tier: valueOf(e) })}>
        <option value="" ?selected=${program.tier === ''}>${msg.chooseTier}</option>
        ${PROGRAM_TIERS.map((t) => languageOption(t, t, program.tier === t, lang))}</select></label>` : nothing}
      ${program.kind === 'local' ? html`
        <label>${msg.programLabel}<input type="text" data-focus="${focus}-label" lang=${japaneseIn(program.label, lang) ?? nothing} maxlength=${LIMITS.name} .value=${program.label} @input=${(e: Event) => change({ label: valueOf(e) })} />${limitNote(msg, program.label, LIMITS.name)}</label>
        <label>${msg.programRate}<input type="text" inputmode="decimal" data-focus="${focus}-rate" maxlength=${LIMITS.text} .value=${program.rate} placeholder="0"
          aria-invalid=${invalid('rate')} aria-describedby=${described('rate')} @input=${(e: Event) => change({ rate: valueOf(e) })} />${limitNote(msg, program.rate, LIMITS.text)}</label>
        <div>${amountField(msg.programMonthlyCap, program.monthlyCap, (text) => change({ monthlyCap: text }), `${focus}-monthlyCap`, { hint: msg.optional })}</div>` : nothing}
      <label>${msg.programFrom}<input type="text" data-focus="${focus}-from" maxlength=${LIMITS.text} .value=${program.from} placeholder=${msg.optional} @input=${(e: Event) => change({ from: valueOf(e) })} />${limitNote(msg, program.from, LIMITS.text)}</label>
      <label>${msg.programTo}<input type="text" data-focus="${focus}-to" maxlength=${LIMITS.text} .value=${program.to} placeholder=${msg.optional} @input=${(e: Event) => change({ to: valueOf(e) })} />${limitNote(msg, program.to, LIMITS.text)}</label>
    </div>
    ${program.kind === 'nanbyo' ? html`${flag('highCostLongTerm')}${flag('ventilator')}` : nothing}
    ${program.kind === 'shoman' ? html`${flag('severe')}${flag('ventilator')}` : nothing}
    ${program.kind === 'tokutei' ? flag('dialysisHighIncome') : nothing}
    ${program.coversCare
      ? html`<p class="hint">${mixedText(msg.programCoversHint(program.kind === 'nanbyo' || program.kind === 'shoman'), lang)}</p>`
      : html`<p class="hint">${msg.programLinesHint}</p>
        <button type="button" data-focus="${focus}-coversCare" @click=${() => change({ coversCare: true })}>${msg.programCoverAll}</button>`}
    <button type="button" class="remove" aria-label=${spokenName(msg.removeProgramLabel(programName(ctx, program)), lang)}
      @click=${() => ctx.changePerson(person.key, { programs: person.programs.filter((p) => p.key !== program.key) })}>${msg.remove}</button>
  </fieldset>`;
}

