/** A link to the place on the site that teaches a point ("Read: T1.4 correction: memory for QLoRA"). */
import React from 'react';
import Link from '@docusaurus/Link';
import type {LinkTarget} from '@site/src/data/questions/types';

export default function SiteLink({target, prefix = 'Read: '}: {target: LinkTarget; prefix?: string}): React.JSX.Element {
  return (
    <Link to={`${target.path}#${target.anchor}`}>
      {prefix}
      {target.label}
    </Link>
  );
}
