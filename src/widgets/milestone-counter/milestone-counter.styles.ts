/**
 * Styles of `<asskomm-milestone-counter>`: a grid of figures that falls to one column in a
 * narrow container (auto-fit columns of a minimum width), tabular digits, and a reserved number
 * width so the count-up moves nothing. With fallback text the error is a small line under it;
 * on paper, which never scrolls into view, the final values are printed.
 * (No comments inside the CSS: they would ship in the bundle.)
 */
import { css } from 'lit';

export const counterStyles = css`
  .metrics {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--asskomm-counter-column-min, 13rem)), 1fr));
    gap: var(--asskomm-counter-gap, 1.5rem 2rem);
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
    font-family: var(--asskomm-counter-number-font, inherit);
    font-size: var(--asskomm-counter-number-size, 2.5rem);
    font-weight: var(--asskomm-counter-number-weight, 700);
    line-height: 1.1;
    color: var(--asskomm-counter-number-color, #00457d);
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
  .number > span {
    grid-area: 1 / 1;
    justify-self: end;
    white-space: nowrap;
  }
  .reserve {
    visibility: hidden;
  }
  .label {
    margin-top: 0.25em;
    font-size: var(--asskomm-counter-label-size, 1.125rem);
    font-weight: 600;
    color: var(--asskomm-counter-label-color, inherit);
  }
  .delta {
    margin-top: 0.25em;
    font-weight: 600;
    color: var(--asskomm-counter-delta-color, #1a6b32);
  }
  .date {
    margin-top: 0.25em;
    font-size: 0.875em;
    color: var(--asskomm-counter-date-color, var(--asskomm-muted, #555));
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
