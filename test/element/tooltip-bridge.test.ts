import { expect } from '@open-wc/testing';
import { bridgeProps } from '../../src/element/tooltip-bridge.js';

describe('bridgeProps', () => {
  const box = { left: 112, top: 212, width: 200, height: 100 };

  it('spans the gap from near a point above and left of the tooltip to its corner', () => {
    expect(bridgeProps({ x: 100, y: 200 }, box)).to.deep.equal({
      '--bridge-left': '-10px',
      '--bridge-width': '9px',
      '--bridge-top': '-10px',
      '--bridge-height': '9px',
    });
  });

  it('counts from the far edge for a point right of the tooltip, so a tooltip placed by `right` meets it', () => {
    expect(bridgeProps({ x: 326 }, box)).to.deep.equal({
      '--bridge-right': '-12px',
      '--bridge-width': '11px',
      '--bridge-top': '-1px',
      '--bridge-height': 'calc(100% + 2px)',
    });
  });

  it('is a strip around the point where the point lies within the tooltip’s span', () => {
    expect(bridgeProps({ x: 150, y: 340 }, box)).to.deep.equal({
      '--bridge-left': '30.5px',
      '--bridge-width': '13px',
      '--bridge-bottom': '-26px',
      '--bridge-height': '25px',
    });
  });
});
