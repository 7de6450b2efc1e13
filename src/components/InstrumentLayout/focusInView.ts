/**
 * How far to scroll so that a focused control is not hidden under something stuck to the screen (the site's navbar
 * at the top, a widget's summary bar at the bottom): WCAG 2.2, focus not obscured. Pure, so it is unit-tested.
 */

export interface VerticalSpan {
  top: number;
  bottom: number;
}

/** Room left between what sticks at the top and what sticks at the bottom, kept clear around the control. */
export const FOCUS_MARGIN_PX = 8;

/**
 * The scroll (positive: down) that brings `control` into the clear band between `coveredAbove` (the bottom edge of
 * whatever sticks at the top) and `coveredBelow` (the top edge of whatever sticks at the bottom); 0 when it is clear.
 * A control taller than the band is aligned at the band's top, so its start (label, first option) shows.
 */
export function scrollToClear(control: VerticalSpan, coveredAbove: number, coveredBelow: number, margin = FOCUS_MARGIN_PX): number {
  const bandTop = coveredAbove + margin;
  const bandBottom = coveredBelow - margin;
  if (control.top < bandTop) return control.top - bandTop;
  if (control.bottom > bandBottom) return Math.min(control.bottom - bandBottom, control.top - bandTop);
  return 0;
}

/** Whether two boxes share any horizontal extent: a side panel beside the controls covers none of them. */
export function overlapHorizontally(a: {left: number; right: number}, b: {left: number; right: number}): boolean {
  return a.left < b.right && b.left < a.right;
}
