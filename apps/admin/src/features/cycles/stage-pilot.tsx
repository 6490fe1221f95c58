import { useLingui } from '@lingui/react/macro';
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddKpiReadingMutation,
  CycleFormOptionsQuery,
  DeleteKpiReadingMutation,
  SavePilotActionMutation,
  type DevelopmentArea,
  type PilotFieldsFragment,
  type PilotStatus,
} from '@polisee/graphql';
import {
  commonMessages,
  ConfirmDialog,
  DemoBadge,
  developmentAreaLabels,
  ErrorAlert,
  Field,
  KpiChart,
  kpiStatusBadge,
  kpiStatusLabels,
  optionsOf,
  pilotStatusLabels,
  TableScroll,
} from '@polisee/ui';
import type { SectionProps } from './cycle-page';
import { numberOrNull, useAction, useCycleFormats } from './use-action';
import { ComboBoxField } from '../../kit/combobox';
import { MultiComboBox } from '../../kit/multi-combobox';


export function PilotSection({ cycle, editable, refresh, pilotsEditable }: SectionProps & { pilotsEditable: boolean }) {
  const { t, i18n } = useLingui();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  return (
    <section className="stage-section" aria-labelledby="pilot-title" data-current={cycle.stage === 'PILOT'}>
      <h2 id="pilot-title">{t`Pilot actions and KPIs`}</h2>
      {cycle.pilots.length === 0 ? <p className="muted">{t`No pilot action yet.`}</p> : null}
      {cycle.pilots.map((p) =>
        pilotsEditable && editing === p.id ? (
          <PilotForm key={p.id} cycle={cycle} pilot={p} refresh={refresh} onDone={() => setEditing(null)} />
        ) : (
          <div key={p.id}>
            <PilotCard pilot={p} readingsEditable={editable} refresh={refresh} measureTitle={cycle.measures.find((m) => m.id === p.measureId)?.title ?? ''} />
            {pilotsEditable && editing === null ? (
              <button type="button" className="button button--secondary button--small" onClick={() => setEditing(p.id)} aria-label={`${i18n._(commonMessages.edit)}: ${p.title}`}>
                {i18n._(commonMessages.edit)}
              </button>
            ) : null}
          </div>
        ),
      )}
      {pilotsEditable && editing === 'new' ? <PilotForm cycle={cycle} pilot={null} refresh={refresh} onDone={() => setEditing(null)} /> : null}
      {pilotsEditable && editing === null ? (
        <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
          {t`New pilot action`}
        </button>
      ) : null}
    </section>
  );
}

export function PilotCard({ pilot: p, readingsEditable, refresh, measureTitle }: { pilot: PilotFieldsFragment; readingsEditable: boolean; refresh: () => Promise<unknown>; measureTitle: string }) {
  const { t, i18n } = useLingui();
  const { percent, money } = useCycleFormats();
  return (
    <div className="subcard" data-testid="pilot">
      <h3>
        {p.title} <span className="badge badge--muted">{i18n._(pilotStatusLabels[p.status])}</span> {p.isDemo ? <DemoBadge /> : null}
      </h3>
      <p className="muted">
        {measureTitle ? `${t`Measure tested`}: ${measureTitle} · ` : ''}
        {t`Lead partner`}: {p.leadPartner?.name}
        {p.participants.length ? ` + ${p.participants.map((x) => x.name).join(', ')}` : ''} · {p.region?.name}
        {p.startsOn ? ` · ${p.startsOn} – ${p.endsOn ?? '…'}` : ''}
        {p.budgetEur != null ? ` · ${money.format(p.budgetEur)}` : ''}
      </p>
      <p>{p.areas.map((a) => i18n._(developmentAreaLabels[a])).join(' · ')}</p>
      <div className="kpi-grid">
        {p.kpis.map((k) => (
          <div key={k.indicator.id}>
            {k.indicator.baseline != null && k.indicator.target != null ? (
              <KpiChart name={k.indicator.name} unit={k.indicator.unit} baseline={k.indicator.baseline} target={k.indicator.target} readings={k.readings} />
            ) : (
              <p>{k.indicator.name}</p>
            )}
            <p data-testid="kpi-achievement">
              {t`Achievement`}: {k.achievement == null ? '–' : percent.format(k.achievement)}{' '}
              {k.status ? <span className={kpiStatusBadge[k.status]}>{i18n._(kpiStatusLabels[k.status])}</span> : null}
            </p>
          </div>
        ))}
      </div>
      {readingsEditable && p.kpis.some((k) => k.readings.length) ? <ReadingsTable pilot={p} refresh={refresh} /> : null}
      {readingsEditable && p.kpis.length ? <ReadingForm pilot={p} refresh={refresh} /> : null}
    </div>
  );
}

type Reading = PilotFieldsFragment['kpis'][number]['readings'][number];

/** The pilot's readings, newest last per KPI, each with a delete (confirmed) for correcting a wrong entry. */
function ReadingsTable({ pilot, refresh }: { pilot: PilotFieldsFragment; refresh: () => Promise<unknown> }) {
  const { t, i18n } = useLingui();
  const { number } = useCycleFormats();
  const [remove] = useMutation(DeleteKpiReadingMutation);
  const action = useAction(refresh);
  const [removing, setRemoving] = useState<{ kpi: string; reading: Reading } | null>(null);
  const rows = pilot.kpis.flatMap((k) => k.readings.map((r) => ({ kpi: k.indicator.name, unit: k.indicator.unit, reading: r })));
  const removingValue = removing ? number.format(removing.reading.value) : '';
  const removingKpi = removing?.kpi ?? '';
  const removingDate = removing?.reading.date ?? '';
  const pilotTitle = pilot.title;
  const deleteLabel = (kpi: string, date: string) => t`Delete the reading of ${kpi} on ${date}`;
  return (
    <>
      {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
      <TableScroll>
        <table className="table table--compact" data-testid="kpi-readings">
          <caption>{t`KPI readings: ${pilotTitle}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t`KPI`}</th>
              <th scope="col">{t`Date`}</th>
              <th scope="col">{t`Value`}</th>
              <th scope="col">{t`Note`}</th>
              <th scope="col">
                <span className="visually-hidden">{t`Actions`}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ kpi, unit, reading: r }) => (
              <tr key={r.id}>
                <th scope="row">{kpi}</th>
                <td>{r.date}</td>
                <td>
                  {number.format(r.value)} {unit}
                </td>
                <td>{r.evidenceUrl ? <a href={r.evidenceUrl}>{r.note || r.evidenceUrl}</a> : r.note}</td>
                <td>
                  <button
                    type="button"
                    className="button button--danger button--small"
                    onClick={() => setRemoving({ kpi, reading: r })}
                    aria-label={deleteLabel(kpi, r.date)}
                  >
                    {t`Delete`}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ConfirmDialog
        open={removing !== null}
        title={t`Delete this KPI reading?`}
        confirmLabel={t`Delete the reading`}
        cancelLabel={i18n._(commonMessages.cancel)}
        danger
        busy={action.busy}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const r = removing!;
          void action.run(() => remove({ variables: { id: r.reading.id } })).then(() => setRemoving(null));
        }}
      >
        <p>{removing ? t`The reading of ${removingKpi} on ${removingDate} (${removingValue}) no longer counts towards the KPI achievement.` : null}</p>
      </ConfirmDialog>
    </>
  );
}

function ReadingForm({ pilot, refresh }: { pilot: PilotFieldsFragment; refresh: () => Promise<unknown> }) {
  const { t } = useLingui();
  const [add] = useMutation(AddKpiReadingMutation);
  const action = useAction(refresh);
  const [indicator, setIndicator] = useState(pilot.kpis[0]?.indicator.id ?? '');
  const [date, setDate] = useState('');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState('');
  async function submit(e: FormEvent) {
    e.preventDefault();
    const v = numberOrNull(value);
    const ok = await action.run(() =>
      add({ variables: { input: { pilotId: pilot.id, measureIndicatorId: indicator, date, value: v ?? Number.NaN, note, ...(evidence.trim() ? { evidenceUrl: evidence.trim() } : {}) } } }),
    );
    if (ok) {
      setValue('');
      setNote('');
      setEvidence('');
    }
  }
  const fe = action.fieldErrors;
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label={`${t`Enter a KPI reading`}: ${pilot.title}`}>
      <h4 className="field--wide">{t`Enter a KPI reading`}</h4>
      {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
      <Field label={t`KPI`}>
        {(c) => (
          <select {...c} className="select" value={indicator} onChange={(e) => setIndicator(e.target.value)}>
            {pilot.kpis.map((k) => (
              <option key={k.indicator.id} value={k.indicator.id}>
                {k.indicator.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t`Date`} required error={fe.date}>{(c) => <input {...c} className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
      <Field label={t`Value`} required error={fe.value}>{(c) => <input {...c} className="input" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />}</Field>
      <Field label={t`Note`}>{(c) => <input {...c} className="input" value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
      <Field label={t`Evidence link`} error={fe.evidenceUrl}>{(c) => <input {...c} className="input" type="url" value={evidence} onChange={(e) => setEvidence(e.target.value)} />}</Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={action.busy}>
          {t`Add the reading`}
        </button>
      </div>
    </form>
  );
}

function PilotForm({ cycle, pilot, refresh, onDone }: { cycle: SectionProps['cycle']; pilot: PilotFieldsFragment | null; refresh: () => Promise<unknown>; onDone: () => void }) {
  const { t, i18n } = useLingui();
  const [save] = useMutation(SavePilotActionMutation);
  const action = useAction(refresh);
  const [title, setTitle] = useState(pilot?.title ?? '');
  const [measureId, setMeasureId] = useState(pilot?.measureId ?? cycle.measures[0]?.id ?? '');
  const [description, setDescription] = useState(pilot?.description ?? '');
  const [areas, setAreas] = useState<DevelopmentArea[]>(pilot?.areas ?? []);
  const [startsOn, setStartsOn] = useState(pilot?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(pilot?.endsOn ?? '');
  const [budget, setBudget] = useState(pilot?.budgetEur == null ? '' : String(pilot.budgetEur));
  const [status, setStatus] = useState<PilotStatus>(pilot?.status ?? 'RUNNING');
  const [participants, setParticipants] = useState<string[]>(pilot?.participantPartnerIds ?? []);
  const [regionCode, setRegionCode] = useState<string | null>(pilot?.region?.code ?? cycle.region?.code ?? null);
  const { data: optionsData } = useQuery(CycleFormOptionsQuery);
  const partnerOptions = useMemo(
    () => (optionsData?.partners.edges ?? []).map((e) => e.node).filter((p) => p.id !== (pilot?.leadPartnerId ?? cycle.partner?.id)).map((p) => ({ id: p.id, label: `${p.name} (${p.acronym}, ${p.country})` })),
    [optionsData, cycle.partner?.id, pilot?.leadPartnerId],
  );
  const regionOptions = useMemo(() => (optionsData?.regions ?? []).map((r) => ({ id: r.code, label: `${r.name} (${r.code})` })), [optionsData]);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const b = numberOrNull(budget);
    const ok = await action.run(() =>
      save({
        variables: {
          input: {
            ...(pilot ? { id: pilot.id, leadPartnerId: pilot.leadPartnerId } : {}),
            cycleId: cycle.id,
            measureId,
            title,
            description,
            areas,
            participantPartnerIds: participants,
            ...(regionCode ? { regionCode } : {}),
            ...(startsOn ? { startsOn } : {}), ...(endsOn ? { endsOn } : {}), ...(b !== null ? { budgetEur: b } : {}), status },
        },
      }),
    );
    if (ok) onDone();
  }
  const fe = action.fieldErrors;
  const leadName = pilot?.leadPartner?.name ?? cycle.partner?.name ?? '';
  return (
    <form className="subcard inline-form" onSubmit={(e) => void submit(e)} aria-label={pilot ? `${i18n._(commonMessages.edit)}: ${pilot.title}` : t`New pilot action`}>
      {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
      <Field label={t`Pilot action`} required className="field--wide" error={fe.title}>
        {(c) => <input {...c} className="input" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t`Measure tested`} required error={fe.measureId}>
        {(c) => (
          <select {...c} className="select" value={measureId} onChange={(e) => setMeasureId(e.target.value)}>
            <option value="">{t`Choose a measure`}</option>
            {cycle.measures.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t`Status`}>
        {(c) => (
          <select {...c} className="select" value={status} onChange={(e) => setStatus(e.target.value as PilotStatus)}>
            {optionsOf(pilotStatusLabels).map((o) => (
              <option key={o.value} value={o.value}>
                {i18n._(o.label)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t`From`}>{(c) => <input {...c} className="input" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />}</Field>
      <Field label={t`To`} error={fe.endsOn}>{(c) => <input {...c} className="input" type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />}</Field>
      <Field label={t`Budget (EUR)`} error={fe.budgetEur}>{(c) => <input {...c} className="input" inputMode="decimal" value={budget} onChange={(e) => setBudget(e.target.value)} />}</Field>
      <Field label={t`Description`} className="field--wide">
        {(c) => <textarea {...c} className="textarea" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <div className="field--wide">
        <MultiComboBox
          label={t`Participant partners`}
          hint={t`Besides the lead partner (${leadName}). Type to search; choose as many as you need.`}
          options={partnerOptions}
          value={participants}
          onChange={setParticipants}
          placeholder={t`Type to search…`}
          emptyText={t`Nothing matches.`}
          selectedLabel={t`Chosen participant partners`}
          removeLabel={(option) => t`Remove ${option}`}
          openLabel={t`Show partners`}
          testId="pilot-participants"
        />
      </div>
      <div className="field--wide">
        <ComboBoxField
          key={regionOptions.length}
          label={t`Pilot region`}
          hint={t`Where the pilot runs; the cycle's region unless you choose another.`}
          options={regionOptions}
          value={regionCode}
          onChange={setRegionCode}
          placeholder={t`Type to search…`}
          emptyText={t`Nothing matches.`}
          openLabel={t`Show regions`}
          error={fe.regionCode}
          testId="pilot-region"
        />
      </div>
      <fieldset className="field--wide">
        <legend>{t`Development areas`}</legend>
        {optionsOf(developmentAreaLabels).map((o) => (
          <label key={o.value} className="check-option">
            <input type="checkbox" checked={areas.includes(o.value)} onChange={(e) => setAreas(e.target.checked ? [...areas, o.value] : areas.filter((a) => a !== o.value))} /> {i18n._(o.label)}
          </label>
        ))}
      </fieldset>
      <div className="form-actions field--wide">
        <button type="submit" className="button" disabled={action.busy}>
          {t`Save the pilot action`}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {i18n._(commonMessages.cancel)}
        </button>
      </div>
    </form>
  );
}
