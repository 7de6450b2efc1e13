/**
 * Side effects on the build-time SVG of the T1.2 diagram: marks the reader's
 * path on the drawing that is already in the page (no re-render, no Mermaid
 * runtime). The look lives in styles.module.css; this file only sets
 * attributes and adds the step numbers and the "you are here" frame.
 */
import {DECISION_DIAGRAM_ID} from './decisionTree';
import type {DiagramMarks} from './decisionFlow';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Everything added to the SVG carries this class, so clearing is exact. */
const ADDED_CLASS = 'decision-flow-mark';
const PATH_ATTRIBUTE = 'data-decision-path';
const STEP_ATTRIBUTE = 'data-decision-step';
/** Referenced by id from styles.module.css. */
const PATH_ARROW_ID = `${DECISION_DIAGRAM_ID}-path-arrowhead`;

export function findDecisionDiagram(root: ParentNode = document): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>(`svg[data-diagram="${DECISION_DIAGRAM_ID}"]`);
}

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** Removes every mark this file added. */
export function clearDiagramPath(svg: SVGSVGElement): void {
  svg.querySelectorAll(`.${ADDED_CLASS}`).forEach((element) => element.remove());
  svg.querySelectorAll(`[${PATH_ATTRIBUTE}]`).forEach((element) => {
    element.removeAttribute(PATH_ATTRIBUTE);
    element.removeAttribute(STEP_ATTRIBUTE);
  });
  svg.removeAttribute('data-decision-active');
}

/**
 * Marks the path: each node on it gets `data-decision-path="taken"` (or
 * "current" for the last) and a numbered badge; the current node also gets a
 * dashed frame; the edges and edge labels taken get `data-decision-path`.
 * Shape and number cues, not colour alone.
 */
export function markDiagramPath(svg: SVGSVGElement, marks: DiagramMarks): void {
  clearDiagramPath(svg);
  svg.setAttribute('data-decision-active', 'true');

  // The drawing's arrowheads grow with the stroke; thick path edges get a fixed-size one (see styles.module.css).
  const arrow = svgElement('marker', {
    class: `${ADDED_CLASS} decision-flow-arrow`,
    id: PATH_ARROW_ID,
    markerWidth: 10,
    markerHeight: 7,
    refX: 9,
    refY: 3.5,
    orient: 'auto',
    markerUnits: 'userSpaceOnUse',
  });
  arrow.append(svgElement('polygon', {points: '0 0, 10 3.5, 0 7'}));
  (svg.querySelector('defs') ?? svg).append(arrow);

  for (const mark of marks.nodes) {
    const group = svg.querySelector(`g.node[data-id="${CSS.escape(mark.id)}"]`);
    if (!group) continue;
    group.setAttribute(PATH_ATTRIBUTE, mark.current ? 'current' : 'taken');
    group.setAttribute(STEP_ATTRIBUTE, String(mark.step));

    const shape = group.querySelector('rect');
    if (!shape) continue;
    const x = Number(shape.getAttribute('x'));
    const y = Number(shape.getAttribute('y'));
    const width = Number(shape.getAttribute('width'));
    const height = Number(shape.getAttribute('height'));
    if (![x, y, width, height].every(Number.isFinite)) continue;

    if (mark.current) {
      const gap = 5;
      group.append(
        svgElement('rect', {
          class: `${ADDED_CLASS} decision-flow-here`,
          x: x - gap,
          y: y - gap,
          width: width + 2 * gap,
          height: height + 2 * gap,
          rx: 4,
          'aria-hidden': 'true',
        }),
      );
    }

    const badge = svgElement('g', {class: `${ADDED_CLASS} decision-flow-step`, 'aria-hidden': 'true'});
    badge.append(svgElement('circle', {cx: x, cy: y, r: 9}));
    const number = svgElement('text', {x, y, dy: '0.35em', 'text-anchor': 'middle'});
    number.textContent = String(mark.step);
    badge.append(number);
    group.append(badge);
  }

  for (const edge of marks.edges) {
    const selector = `[data-from="${CSS.escape(edge.from)}"][data-to="${CSS.escape(edge.to)}"]`;
    svg.querySelectorAll(`polyline.edge${selector}, g.edge-label${selector}`).forEach((element) => {
      element.setAttribute(PATH_ATTRIBUTE, 'taken');
    });
  }
}

/**
 * On a narrow screen the diagram scrolls sideways in its box: bring the
 * current node into view there, without scrolling the page.
 */
export function revealCurrentNode(svg: SVGSVGElement): void {
  const box = svg.parentElement;
  const current = svg.querySelector(`g.node[${PATH_ATTRIBUTE}="current"]`);
  if (!box || !current || box.scrollWidth <= box.clientWidth) return;
  const boxRect = box.getBoundingClientRect();
  const nodeRect = current.getBoundingClientRect();
  if (nodeRect.left >= boxRect.left && nodeRect.right <= boxRect.right) return;
  const nodeCentre = nodeRect.left + nodeRect.width / 2 - boxRect.left + box.scrollLeft;
  box.scrollLeft = Math.max(0, nodeCentre - box.clientWidth / 2);
}
