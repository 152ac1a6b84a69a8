import { html, nothing } from 'lit';
import { valueOf, type SectionContext } from './context.js';
import { dateInput, dateReadBack } from './date-field.js';
import { LIMITS, limitNote, noteOrLimit } from './field-limits.js';
import { MAX_LINES, MAX_PEOPLE } from './read-plan.js';
import { renderPersonDetails } from './person-details.js';
import { japaneseIn, mixedText, plus } from '../japanese-text.js';

/** Household members under the same insurer, for 世帯合算. The patient is always the first. */
export function renderHousehold(ctx: SectionContext) {
  const { draft, msg, lang } = ctx;
  const members = draft.people.slice(1);
  const full = draft.people.length >= MAX_PEOPLE;
  return html`
    <section class="section" aria-labelledby="household-title">
      <h2 id="household-title" part="heading">${msg.householdSection}</h2>
      <p class="hint">${mixedText(msg.householdHint, lang)}</p>
      ${members.length ? html`<ol class="members">
        ${members.map((p, i) => {
          const index = i + 1;
          const inPlan = ctx.personKeys.indexOf(p.key);
          const issues = inPlan < 0 ? [] : ctx.issues.filter((issue) => issue.path.startsWith(`people[${inPlan}]`));
          return html`<li><fieldset class="line">
            <legend>${mixedText(msg.personName(index, p.label), lang)}</legend>
            <div class="fields">
              <label>${msg.relation}<input type="text" data-focus="person-${p.key}-label" lang=${japaneseIn(p.label, lang) ?? nothing} maxlength=${LIMITS.name} .value=${p.label} @input=${(e: Event) => ctx.changePerson(p.key, { label: valueOf(e) })} />${limitNote(msg, p.label, LIMITS.name)}</label>
              <label>${msg.birthDate}${dateInput(p.birthDate, noteOrLimit(msg, p.birthDate, LIMITS.text, dateReadBack(p.birthDate, lang)), (text) => ctx.changePerson(p.key, { birthDate: text }), `person-${p.key}-birthDate`)}</label>
              <label>${msg.age}<input type="text" inputmode="numeric" autocomplete="off" data-focus="person-${p.key}-age" maxlength=${LIMITS.text} .value=${p.age} ?disabled=${p.birthDate.trim() !== ''}
                @input=${(e: Event) => ctx.changePerson(p.key, { age: valueOf(e) })} /><span class="hint">${noteOrLimit(msg, p.age, LIMITS.text, msg.ageHint)}</span></label>
            </div>
            ${renderPersonDetails(ctx, p, msg.personName(index, p.label))}
            ${issues.map((issue) => html`<p class="error">${issue.message[lang]}</p>`)}
            <div class="member-actions">
              <button type="button" data-focus="add-line-${p.key}" ?disabled=${!ctx.linesLeft} aria-describedby=${ctx.linesLeft ? nothing : 'lines-limit'}
                @click=${() => ctx.addLine('insured', p.id)}>${mixedText(msg.addLineFor(msg.personName(index, p.label)), lang)}</button>
              <button type="button" class="remove" aria-label=${msg.removePersonLabel(msg.personName(index, p.label))} @click=${() => ctx.removePerson(p.key)}>${msg.remove}</button>
            </div>
          </fieldset></li>`;
        })}
      </ol>` : nothing}
      ${members.length && !ctx.linesLeft ? html`<p class="hint">${msg.linesLimit(MAX_LINES)}</p>` : nothing}
      <button type="button" data-focus="add-person" ?disabled=${full} aria-describedby=${full ? 'people-limit' : nothing} @click=${() => ctx.addPerson()}>${plus(lang) + msg.addPerson}</button>
      ${full ? html`<p class="hint" id="people-limit">${msg.peopleLimit(MAX_PEOPLE)}</p>` : nothing}
    </section>
  `;
}
