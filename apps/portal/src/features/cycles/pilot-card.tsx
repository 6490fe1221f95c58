import { i18n } from '@lingui/core';
import { Link } from 'react-router';
import type { PilotFieldsFragment } from '@polisee/graphql';
import { DemoBadge, developmentAreaLabels, KpiChart, kpiStatusBadge, kpiStatusLabels, pilotStatusLabels } from '@polisee/ui';
import { cycleStrings as t } from './strings';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** A pilot action with its KPIs: a chart (and table) and the domain's achievement for each. */
export function PilotCard({ pilot: p, cycle, headingLevel = 2 }: { pilot: PilotFieldsFragment; cycle?: { id: string; title: string } | null; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="subcard" data-testid="pilot-card">
      <H>
        {p.title} <span className="badge badge--muted">{i18n._(pilotStatusLabels[p.status])}</span> {p.isDemo ? <DemoBadge /> : null}
      </H>
      <p className="muted">
        {p.region?.name} ({p.region?.country}) · {t.lead}: {p.leadPartner?.name}
        {p.participants.length ? ` + ${p.participants.map((x) => x.name).join(', ')}` : ''}
        {p.startsOn ? ` · ${t.period}: ${p.startsOn} – ${p.endsOn ?? '…'}` : ''}
        {p.budgetEur != null ? ` · ${t.budget}: ${money.format(p.budgetEur)}` : ''}
      </p>
      <p>{p.areas.map((a) => i18n._(developmentAreaLabels[a])).join(' · ')}</p>
      {p.description ? <p>{p.description}</p> : null}
      {cycle ? (
        <p>
          {t.partOf}: <Link to={`/cycles/${cycle.id}`}>{cycle.title}</Link>
        </p>
      ) : null}
      <div className="kpi-grid">
        {p.kpis.map((k) =>
          k.indicator.baseline != null && k.indicator.target != null ? (
            <div key={k.indicator.id}>
              <KpiChart name={k.indicator.name} unit={k.indicator.unit} baseline={k.indicator.baseline} target={k.indicator.target} readings={k.readings} />
              <p data-testid="kpi-achievement">
                {t.achievement}: {k.achievement == null ? '–' : percent.format(k.achievement)}{' '}
                {k.status ? <span className={kpiStatusBadge[k.status]}>{i18n._(kpiStatusLabels[k.status])}</span> : null}
              </p>
            </div>
          ) : null,
        )}
      </div>
    </article>
  );
}
