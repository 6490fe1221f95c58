import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { Trans, useLingui } from '@lingui/react/macro';
import { useDocumentTitle } from '@polisee/ui';
import { GLOSSARY } from './terms';

/** Every term of art of the platform, with its short and its full explanation. */
export function GlossaryPage() {
  const { i18n, t } = useLingui();
  useDocumentTitle(t`Glossary`);
  const { hash } = useLocation();
  // A link to one term (`/glossary#rank-interval`) scrolls to it once the page has rendered.
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
  const sorted = [...GLOSSARY].sort((a, b) => i18n._(a.term).localeCompare(i18n._(b.term), i18n.locale));
  return (
    <div className="container section glossary">
      <h1>
        <Trans>Glossary</Trans>
      </h1>
      <p className="lead">
        <Trans>
          The terms of art used by the platform’s tools, in plain words. The method behind them is the one of the Regional Innovation Scoreboard and the JRC S3
          Platform; you can try each one in <Link to="/benchmarking">smart benchmarking</Link>.
        </Trans>
      </p>
      <dl className="glossary__list">
        {sorted.map((entry) => (
          <div key={entry.id} id={entry.id} className="glossary__entry" tabIndex={-1}>
            <dt>{i18n._(entry.term)}</dt>
            <dd>
              <p className="glossary__short">{i18n._(entry.short)}</p>
              <p>{i18n._(entry.long)}</p>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
