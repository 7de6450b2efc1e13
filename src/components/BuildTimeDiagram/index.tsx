import React from 'react';
import styles from './styles.module.css';

export interface BuildTimeDiagramProps {
  /** Unique on the page; the SVG's ids and `data-diagram` derive from it. */
  id: string;
  /** Shown as the caption and used as the scroll region's name. */
  title: string;
  /** SVG markup rendered at build time by src/plugins/remark-build-time-mermaid. */
  svg: string;
  /** Natural size of the drawing in CSS pixels. */
  width: string;
  height: string;
}

/**
 * A diagram drawn at build time. It scales down to the column, but not below
 * a legible size: past that the box scrolls sideways instead of the page.
 */
export default function BuildTimeDiagram({id, title, svg, width, height}: BuildTimeDiagramProps): React.JSX.Element {
  if (!title) throw new Error(`BuildTimeDiagram ${id} needs a title.`);
  const naturalWidth = Number(width);
  // Text stays legible down to 70 % of its drawn size; narrower screens scroll.
  const minWidth = Math.min(naturalWidth, Math.max(300, Math.round(naturalWidth * 0.7)));
  return (
    <figure className={styles.figure} id={id}>
      <div
        className={styles.scroll}
        tabIndex={0}
        role="group"
        aria-label={`${title} (diagram, scrolls sideways on narrow screens)`}
        style={
          {
            '--diagram-natural-width': `${naturalWidth}px`,
            '--diagram-min-width': `${minWidth}px`,
            '--diagram-aspect': `${naturalWidth} / ${Number(height)}`,
          } as React.CSSProperties
        }
        dangerouslySetInnerHTML={{__html: svg}}
      />
      <figcaption className={styles.caption}>{title}</figcaption>
    </figure>
  );
}
