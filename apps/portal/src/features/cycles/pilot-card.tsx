import { useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import type { PilotFieldsFragment } from '@polisee/graphql';
import { DemoBadge, developmentAreaLabels, KpiChart, kpiStatusBadge, kpiStatusLabels, pilotStatusLabels, useFormat } from '@polisee/ui';


/** A pilot action with its KPIs: a chart (and table) and the domain's achievement for each. */
export function PilotCard({ pilot: p, cycle, headingLevel = 2 }: { pilot: PilotFieldsFragment; cycle?: { id: string; title: string } | null; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const { t, i18n } = useLingui();
  const format = useFormat();
  return (
    <article className="subcard" data-testid="pilot-card">
      <H>
        {p.title} <span className="badge badge--muted">{i18n._(pilotStatusLabels[p.status])}</span> {p.isDemo ? <DemoBadge /> : null}
      </H>
      <p className="muted">
        {p.region?.name} ({p.region?.country}) · {t`Lead partner`}: {p.leadPartner?.name}
        {p.participants.length ? ` + ${p.participants.map((x) => x.name).join(', ')}` : ''}
        {p.startsOn ? ` · ${t`Period`}: ${p.startsOn} – ${p.endsOn ?? '…'}` : ''}
        {p.budgetEur != null ? ` · ${t`Budget`}: ${format.currency(p.budgetEur)}` : ''}
      </p>
      <p>{p.areas.map((a) => i18n._(developmentAreaLabels[a])).join(' · ')}</p>
      {p.description ? <p>{p.description}</p> : null}
      {cycle ? (
        <p>
          {t`Part of the cycle`}: <Link to={`/cycles/${cycle.id}`}>{cycle.title}</Link>
        </p>
      ) : null}
      <div className="kpi-grid">
        {p.kpis.map((k) =>
          k.indicator.baseline != null && k.indicator.target != null ? (
            <div key={k.indicator.id}>
              <KpiChart name={k.indicator.name} unit={k.indicator.unit} baseline={k.indicator.baseline} target={k.indicator.target} readings={k.readings} />
              <p data-testid="kpi-achievement">
                {t`Achievement`}: {k.achievement == null ? '–' : format.percent(k.achievement)}{' '}
                {k.status ? <span className={kpiStatusBadge[k.status]}>{i18n._(kpiStatusLabels[k.status])}</span> : null}
              </p>
            </div>
          ) : null,
        )}
      </div>
    </article>
  );
}
