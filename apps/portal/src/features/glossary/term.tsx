import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Trans, useLingui } from '@lingui/react/macro';
import { glossaryTerm, type GlossaryTermId } from './terms';

/**
 * A term of art with its explanation one tap away: the label, then a small button that shows the
 * short explanation below it (on hover its title shows the same), with a link to the glossary.
 * A disclosure rather than a floating tooltip, so it works by touch and keyboard and never
 * spills off a phone's screen.
 */
export function Term({ id, children }: { id: GlossaryTermId; children?: ReactNode }) {
  const { i18n, t } = useLingui();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const entry = glossaryTerm(id);
  const term = i18n._(entry.term);
  const short = i18n._(entry.short);
  return (
    <span className="term">
      {children}
      <button
        type="button"
        className="term__button"
        aria-expanded={open}
        aria-controls={panelId}
        title={short}
        onClick={() => setOpen((value) => !value)}
        data-testid={`term-${id}`}
      >
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t`What is “${term}”?`}</span>
      </button>
      <span id={panelId} className="term__panel" hidden={!open} role="note">
        {short}{' '}
        <Link to={`/glossary#${id}`}>
          <Trans>More in the glossary</Trans>
        </Link>
      </span>
    </span>
  );
}
