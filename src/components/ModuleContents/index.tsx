import React, {useEffect} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {moduleSections, sectionForSeedAnchor} from '@site/src/data/sections';

/**
 * The module's table of contents. Each item carries the seed's anchor id, so
 * /t1/#t14-… lands on the right entry without JavaScript and, with it, goes
 * straight on to that section's page.
 */
export default function ModuleContents(): React.JSX.Element {
  const location = useLocation();
  const history = useHistory();
  useEffect(() => {
    const section = sectionForSeedAnchor(decodeURIComponent(location.hash.replace(/^#/, '')));
    if (section) history.replace(section.path);
  }, [location.hash, history]);

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
