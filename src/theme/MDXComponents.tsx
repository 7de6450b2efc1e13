// Wraps (does not replace) the theme's MDX map: build-time diagrams appear on many pages.
import MDXComponents from '@theme-original/MDXComponents';
import BuildTimeDiagram from '@site/src/components/BuildTimeDiagram';

export default {
  ...MDXComponents,
  BuildTimeDiagram,
};
