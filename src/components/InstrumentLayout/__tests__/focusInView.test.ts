import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {FOCUS_MARGIN_PX, overlapHorizontally, scrollToClear} from '../focusInView';

// A 844 px phone screen: a 60 px navbar at the top, a summary bar from 740 px down.
const NAVBAR = 60;
const BAR_TOP = 740;

describe('scrollToClear', () => {
  it('leaves a control that is clear of both alone', () => {
    expect(scrollToClear({top: 300, bottom: 340}, NAVBAR, BAR_TOP)).toBe(0);
  });

  it('scrolls down by just enough to lift a control out from under the bar', () => {
    // Bottom at 760: 20 px under the bar's top, plus the margin.
    expect(scrollToClear({top: 720, bottom: 760}, NAVBAR, BAR_TOP)).toBe(20 + FOCUS_MARGIN_PX);
  });

  it('scrolls up to bring a control out from under the navbar', () => {
    expect(scrollToClear({top: 30, bottom: 70}, NAVBAR, BAR_TOP)).toBe(30 - NAVBAR - FOCUS_MARGIN_PX);
  });

  it('shows the start of a control taller than the room between navbar and bar', () => {
    expect(scrollToClear({top: 500, bottom: 1500}, NAVBAR, BAR_TOP)).toBe(500 - NAVBAR - FOCUS_MARGIN_PX);
  });

  it('always leaves a control that fits the room inside it, and a taller one starting at its top', () => {
    fc.assert(
      fc.property(
        fc.integer({min: -3000, max: 3000}),
        fc.integer({min: 1, max: 2000}),
        fc.integer({min: 0, max: 200}),
        fc.integer({min: 300, max: 1200}),
        (top, height, above, below) => {
          const control = {top, bottom: top + height};
          const scroll = scrollToClear(control, above, below);
          const after = {top: control.top - scroll, bottom: control.bottom - scroll};
          const roomTop = above + FOCUS_MARGIN_PX;
          const roomBottom = below - FOCUS_MARGIN_PX;
          if (height <= roomBottom - roomTop) {
            expect(after.top).toBeGreaterThanOrEqual(roomTop);
            expect(after.bottom).toBeLessThanOrEqual(roomBottom);
          } else {
            expect(after.top).toBe(roomTop);
          }
        },
      ),
    );
  });
});

describe('overlapHorizontally', () => {
  it('tells a bar under the controls from a panel beside them', () => {
    const control = {left: 333, right: 738};
    expect(overlapHorizontally({left: 333, right: 1002}, control)).toBe(true);
    expect(overlapHorizontally({left: 762, right: 1002}, control)).toBe(false);
  });
});
