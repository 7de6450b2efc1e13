import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLocation} from '@docusaurus/router';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {searchWordsFromPath} from './searchWords';

/**
 * The "page not found" page (build/404.html, which hosts send for any missing path): where to go instead. The search
 * link carries the missing address's words once the page has hydrated, so the server-rendered HTML, the same for
 * every path, hydrates cleanly.
 */
export default function NotFoundContent({className}: Props): React.JSX.Element {
  // False while hydrating: the first render matches the HTML, the next one adds the words.
  const isBrowser = useIsBrowser();
  const {pathname} = useLocation();
  const words = isBrowser ? searchWordsFromPath(pathname) : '';
  const {title} = useDocusaurusContext().siteConfig;

  return (
    // The marker tells the client entry that this document is the 404 page (src/plugins/start-in-short-tasks/pageBehindNotFound.ts).
    <main className={clsx('container margin-vert--xl', className)} data-page-not-found="">
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            Page not found
          </Heading>
          <p>There is no page at this address. It may have been mistyped, or the link that brought you here is out of date.</p>
          <ul>
            <li>
              <Link to="/t1/">
                Start the module {title}
              </Link>
            </li>
            <li>
              <Link to={words ? `/search/?q=${encodeURIComponent(words)}` : '/search/'}>
                {words ? `Search the module for “${words}”` : 'Search the module'}
              </Link>
            </li>
            <li>
              <Link to="/">Go to the home page</Link>
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
