/**
 * The chart under a strict Content-Security-Policy: no inline styles, Trusted Types for
 * scripts. This file runs in a page of its own, so the policy does not touch other tests.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/progress-chart/define.js';
import type { ProgressChart } from '../../../src/widgets/progress-chart/define.js';
import { GOOD_FEED } from '../../helpers/conformance.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`));
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
document.head.append(meta);

describe('<asskomm-progress-chart> under a strict CSP', () => {
  it('renders, sizes and shows its tooltip without a single violation', async () => {
    const container = document.createElement('div');
    container.style.setProperty('width', '600px');
    document.body.append(container);
    const element = document.createElement('asskomm-progress-chart') as ProgressChart;
    element.setAttribute('src', GOOD_FEED);
    element.setAttribute('height', '300');
    container.append(element);
    await element.whenReady();
    for (let i = 0; i < 20 && !element.shadowRoot!.querySelector('.plot svg'); i++) {
      await new Promise(requestAnimationFrame);
      await element.updateComplete;
    }
    const plotArea = element.shadowRoot!.querySelector('.plot-area')!;
    expect(Math.round(plotArea.getBoundingClientRect().height), 'height set through the CSSOM').to.equal(300);
    element.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    const tooltip = element.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(getComputedStyle(tooltip).left).not.to.equal('auto');
    expect(violations).to.deep.equal([]);
    container.remove();
  });

  it('reports a blocked inline style (the check itself works)', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await new Promise((resolve) => document.addEventListener('securitypolicyviolation', resolve, { once: true }));
    expect(violations.some((v) => v.startsWith('style-src'))).to.be.true;
    probe.remove();
  });
});
