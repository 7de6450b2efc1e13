/**
 * A host sends its 404 page (build/404.html) for any address it has no file for. Some of those addresses are a real
 * page to Docusaurus's router, which reads /t1/lora-qlora.html as /t1/lora-qlora/: a host that does not guess .html
 * answers it with the 404 page, and so does a host that does not redirect folders (an S3 REST endpoint) for
 * /t1/lora-qlora. Hydrating that 404 HTML as the real page is a mismatch (React error #418). Instead the reader is
 * sent, before anything starts, to the page's own address, which every host serves.
 */

/** The parts of a Docusaurus route (@generated/routes) this reads. */
export interface RouteLike {
  path?: string | string[];
  exact?: boolean;
  strict?: boolean;
  routes?: RouteLike[];
}

/** react-router's matchPath (from @docusaurus/router), passed in so this stays free of the bundle's aliases. */
export type MatchPath = (pathname: string, options: {path?: string | string[]; exact?: boolean; strict?: boolean}) => unknown;

/** The marker the site's "page not found" content carries (src/theme/NotFound/Content). */
export const NOT_FOUND_MARKER = 'data-page-not-found';

/** The exact route the router will render for `pathname` (after its own .html stripping), or undefined. */
function exactRouteFor(routes: readonly RouteLike[], pathname: string, matchPath: MatchPath): RouteLike | undefined {
  // As react-router-config's matchRoutes, which Docusaurus's router uses: the first match at each level, then its children.
  const route = routes.find((candidate) => matchPath(pathname, {path: candidate.path, exact: candidate.exact, strict: candidate.strict}));
  if (!route) return undefined;
  if (route.exact) return route;
  return route.routes ? exactRouteFor(route.routes, pathname, matchPath) : undefined;
}

/**
 * When the document is the 404 page but the router knows the address as a page: that page's own address (its
 * route path, slash form, base URL included). Otherwise null.
 */
export function pageBehindNotFound(
  routes: readonly RouteLike[],
  pathname: string,
  isNotFoundDocument: boolean,
  matchPath: MatchPath,
): string | null {
  if (!isNotFoundDocument) return null;
  const routerPath = pathname.trim().replace(/(?:\/index)?\.html$/, '') || '/';
  const route = exactRouteFor(routes, routerPath, matchPath);
  return typeof route?.path === 'string' && route.path !== pathname ? route.path : null;
}
