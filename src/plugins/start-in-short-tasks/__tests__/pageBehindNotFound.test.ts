import {describe, expect, it} from 'vitest';
// The router Docusaurus 3 bundles (react-router 5), whose matchPath @docusaurus/router re-exports.
import {matchPath} from 'react-router-dom';
import {pageBehindNotFound, type RouteLike} from '../pageBehindNotFound';

// The shape of .docusaurus/routes.js with trailingSlash: true: nested layout routes, exact leaves, a catch-all.
const routes: RouteLike[] = [
  {path: '/search/', exact: true},
  {
    path: '/t1/',
    routes: [{path: '/t1/', routes: [{path: '/t1/', exact: true}, {path: '/t1/lora-qlora/', exact: true}]}],
  },
  {path: '/', exact: true},
  {path: '*'},
];

const behind = (pathname: string, isNotFoundDocument = true) => pageBehindNotFound(routes, pathname, isNotFoundDocument, matchPath);

describe('pageBehindNotFound', () => {
  it.each([
    ['/t1/lora-qlora.html', '/t1/lora-qlora/'],
    ['/t1/lora-qlora', '/t1/lora-qlora/'],
    ['/t1.html', '/t1/'],
    ['/t1/index.html', '/t1/'],
    ['/search.html', '/search/'],
    ['/index.html', '/'],
  ])('sends %s, answered with the 404 page, on to %s', (pathname, page) => {
    expect(behind(pathname)).toBe(page);
  });

  it.each(['/t1/lora-qlora-v2/', '/t1/no-such-page.html', '/no/such/page', '/404.html'])('leaves %s, which is missing, on the 404 page', (pathname) => {
    expect(behind(pathname)).toBeNull();
  });

  it('never sends a real page elsewhere', () => {
    expect(behind('/t1/lora-qlora.html', false)).toBeNull();
    expect(behind('/t1/lora-qlora/', false)).toBeNull();
  });

  it('does not loop on the page’s own address', () => {
    expect(behind('/t1/lora-qlora/')).toBeNull();
  });
});
