/**
 * Styles of `<asskomm-milestone-counter>`: a grid of figures that falls to one column in a
 * narrow container (auto-fit columns of a minimum width), tabular digits, and a reserved number
 * width so the count-up moves nothing. With fallback text the error is a small line under it;
 * on paper, which never scrolls into view, the final values are printed.
 * (No comments inside the CSS: they would ship in the bundle.)
 */
import { css, unsafeCSS } from 'lit';
import { tokenDeclarations } from '../../element/tokens.js';
import { MILESTONE_COUNTER_TOKENS } from './tokens.js';

export const counterStyles = css`
  ${unsafeCSS(tokenDeclarations(MILESTONE_COUNTER_TOKENS))}
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  .metrics {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_counter-column-min)), 1fr));
    gap: var(--_counter-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .metric {
    min-width: 0;
  }
  .shown > p {
    margin: 0;
  }
  .figure {
    font-family: var(--_counter-number-font);
    font-size: var(--_counter-number-size);
    font-weight: var(--_counter-number-weight);
    line-height: 1.1;
    color: var(--_counter-number-color);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .qualifier,
  .unit {
    font-size: 0.5em;
    font-weight: 600;
  }
  .number {
    display: inline-grid;
  }
  /* The running number starts where the final one does and grows to the right: a number that
     grew to the left would move its start in each frame, which browsers count as a layout shift. */
  .number > span {
    grid-area: 1 / 1;
    justify-self: start;
    white-space: nowrap;
  }
  .reserve {
    visibility: hidden;
  }
  .label {
    margin-top: 0.25em;
    font-size: var(--_counter-label-size);
    font-weight: 600;
    color: var(--_counter-label-color);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .delta {
    margin-top: 0.25em;
    font-weight: 600;
    color: var(--_counter-delta-color);
  }
  .date {
    margin-top: 0.25em;
    font-size: 0.875em;
    color: var(--_counter-date-color);
  }
  .with-fallback .state.error {
    min-height: 0;
    margin-top: 0.5em;
    padding: 0.4em 0.6em;
    flex-direction: row;
    flex-wrap: wrap;
    justify-content: flex-start;
    text-align: start;
    font-size: 0.875em;
  }
  .with-fallback .state.error button {
    padding: 0.15em 0.6em;
  }
  @media print {
    .final {
      visibility: visible;
    }
    .current {
      visibility: hidden;
    }
  }
`;
