import React, {useEffect} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {moduleSections, sectionForSeedAnchor} from '@site/src/data/sections';

/**
 * The module's table of contents. Each item carries the seed's anchor id, so
 * /t1/#t14-… lands on the right entry without JavaScript and, with it, goes
 * straight on to that section's page.
 */
export default function ModuleContents(): React.JSX.Element {
  const location = useLocation();
  const history = useHistory();
  const {withBaseUrl} = useBaseUrlUtils();
  const {trailingSlash} = useDocusaurusContext().siteConfig;
  useEffect(() => {
    const section = sectionForSeedAnchor(decodeURIComponent(location.hash.replace(/^#/, '')));
    // The page's address as Link writes it (base URL, trailing slash), so the reader lands without a redirect.
    if (section) history.replace(withBaseUrl(trailingSlash ? `${section.path}/` : section.path));
  }, [location.hash, history, withBaseUrl, trailingSlash]);

  return (
    <ol>
      {moduleSections.map((section) => (
        <li key={section.seedAnchor} id={section.seedAnchor}>
          <Link to={section.path}>{section.title}</Link>
        </li>
      ))}
    </ol>
  );
}
