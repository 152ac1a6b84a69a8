import { css } from 'lit';

/**
 * One colour and one pattern per share, used by the bar and its legend alike, so that "who
 * pays" never depends on colour alone. Colours are tokens a hospital can set.
 *
 * @cssprop [--futan-color-patient=#c2410c] - the patient's share
 * @cssprop [--futan-color-insurer=#1d4ed8] - the insurer's share
 * @cssprop [--futan-color-supplementary=#0f766e] - the 付加給付
 * @cssprop [--futan-color-research=#7e22ce] - research funds
 * @cssprop [--futan-color-sponsor=#4d7c0f] - a trial sponsor
 * @cssprop [--futan-color-private-insurance=#a16207] - a private rider
 */
export const shareStyles = css`
  .share-patient { --_share: var(--futan-color-patient, light-dark(#c2410c, #fdba74)); }
  .share-insurer { --_share: var(--futan-color-insurer, light-dark(#1d4ed8, #93c5fd)); }
  .share-supplementary { --_share: var(--futan-color-supplementary, light-dark(#0f766e, #5eead4)); }
  .share-research { --_share: var(--futan-color-research, light-dark(#7e22ce, #d8b4fe)); }
  .share-sponsor { --_share: var(--futan-color-sponsor, light-dark(#4d7c0f, #bef264)); }
  .share-privateInsurance { --_share: var(--futan-color-private-insurance, light-dark(#a16207, #fde047)); }
  .swatch {
    display: inline-block;
    width: 1.1em;
    height: 1.1em;
    vertical-align: -0.15em;
    border: 0.0625em solid var(--_text);
    border-radius: 0.15em;
    background: var(--_share);
  }
  .swatch.share-insurer { background: repeating-linear-gradient(45deg, var(--_share) 0 0.25em, var(--_surface) 0.25em 0.35em); }
  .swatch.share-supplementary { background: repeating-linear-gradient(0deg, var(--_share) 0 0.25em, var(--_surface) 0.25em 0.35em); }
  .swatch.share-research { background: radial-gradient(circle, var(--_surface) 0.1em, var(--_share) 0.12em) 0 0 / 0.35em 0.35em; }
  .swatch.share-sponsor { background: repeating-linear-gradient(90deg, var(--_share) 0 0.25em, var(--_surface) 0.25em 0.35em); }
  .swatch.share-privateInsurance { background: repeating-linear-gradient(-45deg, var(--_share) 0 0.25em, var(--_surface) 0.25em 0.35em); }
  @media (forced-colors: active) {
    .swatch { forced-color-adjust: none; border-color: CanvasText; }
  }
`;
