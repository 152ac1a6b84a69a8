import { html, nothing } from 'lit';
import { valueOf, type SectionContext } from './context.js';
import { dateInput, dateReadBack } from './date-field.js';
import { renderPersonDetails } from './person-details.js';

/** Household members under the same insurer, for 世帯合算. The patient is always the first. */
export function renderHousehold(ctx: SectionContext) {
  const { draft, msg, lang } = ctx;
  const members = draft.people.slice(1);
  return html`
    <section class="section" aria-labelledby="household-title">
      <h2 id="household-title">${msg.householdSection}</h2>
      <p class="hint">${msg.householdHint}</p>
      ${members.length ? html`<ol class="members">
        ${members.map((p, i) => {
          const index = i + 1;
          const inPlan = ctx.personKeys.indexOf(p.key);
          const issues = inPlan < 0 ? [] : ctx.issues.filter((issue) => issue.path.startsWith(`people[${inPlan}]`));
          return html`<li><fieldset class="line">
            <legend>${msg.personName(index, p.label)}</legend>
            <div class="fields">
              <label>${msg.relation}<input type="text" data-focus="person-${p.key}-label" .value=${p.label} @input=${(e: Event) => ctx.changePerson(p.key, { label: valueOf(e) })} /></label>
              <label>${msg.birthDate}${dateInput(p.birthDate, dateReadBack(p.birthDate, lang), (text) => ctx.changePerson(p.key, { birthDate: text }), `person-${p.key}-birthDate`)}</label>
              <label>${msg.age}<input type="text" inputmode="numeric" autocomplete="off" data-focus="person-${p.key}-age" .value=${p.age} ?disabled=${p.birthDate.trim() !== ''}
                @input=${(e: Event) => ctx.changePerson(p.key, { age: valueOf(e) })} /><span class="hint">${msg.ageHint}</span></label>
            </div>
            ${renderPersonDetails(ctx, p, msg.personName(index, p.label))}
            ${issues.map((issue) => html`<p class="error">${issue.message[lang]}</p>`)}
            <div class="member-actions">
              <button type="button" data-focus="add-line-${p.key}" @click=${() => ctx.addLine('insured', p.id)}>${msg.addLineFor(msg.personName(index, p.label))}</button>
              <button type="button" class="remove" aria-label=${msg.removePersonLabel(msg.personName(index, p.label))} @click=${() => ctx.removePerson(p.key)}>${msg.remove}</button>
            </div>
          </fieldset></li>`;
        })}
      </ol>` : nothing}
      <button type="button" data-focus="add-person" @click=${() => ctx.addPerson()}>＋ ${msg.addPerson}</button>
    </section>
  `;
}
