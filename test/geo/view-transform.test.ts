import { expect } from '@open-wc/testing';
import { FRAME } from '../../src/geo/geometry.js';
import {
  centreOn,
  constrain,
  fitBounds,
  IDENTITY,
  isInView,
  MAX_ZOOM,
  panBy,
  placeAt,
  scaleBy,
  toDrawing,
  type ZoomState,
} from '../../src/geo/view-transform.js';

/** Where a point of the drawing appears on screen under `view`. */
const onScreen = ([x, y]: [number, number], view: ZoomState): [number, number] => [x * view.k + view.x, y * view.k + view.y];

describe('constrain', () => {
  it('keeps the scale between the whole frame and MAX_ZOOM', () => {
    expect(constrain({ x: 0, y: 0, k: 0.2 }).k).to.equal(1);
    expect(constrain({ x: 0, y: 0, k: 99 }).k).to.equal(MAX_ZOOM);
  });

  it('never lets an empty margin into the frame', () => {
    expect(constrain({ x: 50, y: 30, k: 2 })).to.deep.equal({ x: 0, y: 0, k: 2 });
    expect(constrain({ x: -5000, y: -5000, k: 2 })).to.deep.equal({ x: -FRAME.width, y: -FRAME.height, k: 2 });
    expect(constrain({ x: -100, y: -100, k: 1 })).to.deep.equal(IDENTITY);
  });
});

describe('scaleBy', () => {
  it('zooms around the centre by default', () => {
    const view = scaleBy(IDENTITY, 2);
    expect(view.k).to.equal(2);
    expect(onScreen([FRAME.width / 2, FRAME.height / 2], view)).to.deep.equal([FRAME.width / 2, FRAME.height / 2]);
  });

  it('keeps the point under the pointer in place', () => {
    const start = { x: -200, y: -100, k: 2 };
    const pointer: [number, number] = [300, 250];
    const under = toDrawing(pointer, start);
    const view = scaleBy(start, 1.5, pointer);
    expect(view.k).to.equal(3);
    const [sx, sy] = onScreen(under, view);
    expect(sx).to.be.closeTo(pointer[0], 1e-9);
    expect(sy).to.be.closeTo(pointer[1], 1e-9);
  });

  it('returns to the whole frame when zoomed out far enough', () => {
    expect(scaleBy({ x: -300, y: -300, k: 2 }, 0.1)).to.deep.equal(IDENTITY);
  });
});

describe('placeAt', () => {
  it('puts a point of the drawing at a point of the screen (the rule of a pinch)', () => {
    const view = placeAt([480, 350], [100, 200], 4);
    expect(onScreen([480, 350], view)).to.deep.equal([100, 200]);
  });
});

describe('panBy and centreOn', () => {
  it('moves by a distance on screen, within the limits', () => {
    expect(panBy({ x: -100, y: -100, k: 2 }, 30, -20)).to.deep.equal({ x: -70, y: -120, k: 2 });
    expect(panBy(IDENTITY, 30, 30)).to.deep.equal(IDENTITY);
  });

  it('centres a point where the limits allow', () => {
    const view = centreOn({ x: 0, y: 0, k: 4 }, [480, 350]);
    expect(onScreen([480, 350], view)).to.deep.equal([480, 350]);
    expect(centreOn({ x: 0, y: 0, k: 4 }, [0, 0])).to.deep.equal({ x: 0, y: 0, k: 4 });
  });
});

describe('fitBounds', () => {
  it('shows a small place large, in the middle, up to maxZoom', () => {
    const view = fitBounds(
      [
        [470, 340],
        [490, 360],
      ],
      6,
    );
    expect(view.k).to.equal(6);
    expect(onScreen([480, 350], view)).to.deep.equal([480, 350]);
  });

  it('shows the whole frame for bounds as large as the frame', () => {
    expect(
      fitBounds([
        [0, 0],
        [FRAME.width, FRAME.height],
      ]),
    ).to.deep.equal(IDENTITY);
  });
});

describe('isInView', () => {
  it('tells whether a point appears inside the frame with a margin', () => {
    const view = { x: -960, y: -700, k: 2 };
    expect(isInView(view, [480, 350], 40)).to.be.false;
    expect(isInView(view, [700, 500], 40)).to.be.true;
  });
});
