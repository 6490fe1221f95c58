import { useLingui } from '@lingui/react/macro';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { CompletePeerReviewMutation, PeerMatchesQuery, PracticePickerQuery, SavePeerReviewMutation, SelectPracticesMutation, type PeerReviewFieldsFragment } from '@polisee/graphql';
import { commonMessages, DemoBadge, ErrorAlert, Field, useFormat } from '@polisee/ui';
import type { SectionProps } from './cycle-page';
import { lines, useAction, useCycleFormats } from './use-action';
import { messageForReason } from '../../app/error-messages';
import { useDebouncedValue } from '../../app/use-debounced-value';
import { MultiComboBox, type ComboOption } from '../../kit/multi-combobox';


export function PeerLearningSection({ cycle, editable, refresh }: SectionProps) {
  const { t } = useLingui();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  return (
    <section className="stage-section" aria-labelledby="peer-title" data-current={cycle.stage === 'PEER_LEARNING'}>
      <h2 id="peer-title">{t`Peer learning: peer reviews and policy examples`}</h2>
      {cycle.peerReviews.map((r) =>
        editing === r.id ? (
          <PeerReviewForm key={r.id} cycleId={cycle.id} review={r} refresh={refresh} onDone={() => setEditing(null)} />
        ) : (
          <PeerReviewCard key={r.id} review={r} editable={editable} refresh={refresh} onEdit={() => setEditing(r.id)} />
        ),
      )}
      {editable && editing === 'new' ? <PeerReviewForm cycleId={cycle.id} review={null} refresh={refresh} onDone={() => setEditing(null)} /> : null}
      {editable && editing === null ? (
        <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
          {t`New peer review`}
        </button>
      ) : null}
      {editable ? (
        <PracticePicker cycle={cycle} refresh={refresh} />
      ) : cycle.selectedPracticeIds.length ? (
        <>
          <h3>{t`Selected policy examples`}</h3>
          <ul data-testid="selected-practices">
            {cycle.selectedPracticeIds.map((id) => {
              const p = cycle.selectedPractices.find((x) => x.id === id);
              return <li key={id}>{p ? <Link to={`/practices/${p.id}`}>{p.title}</Link> : id}</li>;
            })}
          </ul>
        </>
      ) : null}
      {cycle.benchmarkSnapshot?.chosenGaps.length ? <PeerMatches cycleId={cycle.id} /> : null}
    </section>
  );
}

/** Picks published policy examples (a server search as one types); each pick or removal is saved at once. */
function PracticePicker({ cycle, refresh }: Pick<SectionProps, 'cycle' | 'refresh'>) {
  const { t } = useLingui();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 250);
  const { data } = useQuery(PracticePickerQuery, { variables: { query: query || null }, fetchPolicy: 'cache-and-network' });
  const [select] = useMutation(SelectPracticesMutation);
  const action = useAction(refresh);
  const [picked, setPicked] = useState<string[]>(cycle.selectedPracticeIds);
  const options = useMemo(() => {
    const found: ComboOption[] = (data?.practices.edges ?? []).map((e) => ({ id: e.node.id, label: `${e.node.title} (${e.node.countryName})` }));
    const chosen: ComboOption[] = cycle.selectedPractices.map((p) => ({ id: p.id, label: `${p.title} (${p.countryName})` }));
    const seen = new Set<string>();
    return [...found, ...chosen].filter((o) => (seen.has(o.id) ? false : (seen.add(o.id), true)));
  }, [data, cycle.selectedPractices]);
  // Saves run one after another, so quick picks and removals reach the API in the order made.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [pending, setPending] = useState(0);
  function change(next: string[]) {
    const before = picked;
    setPicked(next);
    setPending((n) => n + 1);
    queue.current = queue.current.then(async () => {
      const ok = await action.run(() => select({ variables: { input: { cycleId: cycle.id, practiceIds: next } } }));
      if (!ok) setPicked(before);
      setPending((n) => n - 1);
    });
  }
  return (
    <div data-testid="practice-picker" aria-busy={pending > 0}>
      <h3>{t`Selected policy examples`}</h3>
      {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
      <MultiComboBox
        label={t`Policy examples to learn from`}
        hint={t`Published policy examples. Type words of the title or text to search; each choice is saved at once.`}
        options={options}
        value={picked}
        onChange={change}
        onInputChange={setText}
        placeholder={t`Type to search…`}
        emptyText={t`Nothing matches.`}
        selectedLabel={t`Selected policy examples`}
        removeLabel={(option) => t`Remove ${option}`}
        openLabel={t`Show policy examples`}
        testId="pick-practices"
      />
      {action.done ? <span role="status">{t`Saved.`}</span> : null}
    </div>
  );
}

function PeerReviewCard({ review: r, editable, refresh, onEdit }: { review: PeerReviewFieldsFragment; editable: boolean; refresh: () => Promise<unknown>; onEdit: () => void }) {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const peerCountries = format.list(r.peerCountries.map((code) => (/^[A-Z]{2}$/.test(code) ? format.country(code) : code)));
  const [complete] = useMutation(CompletePeerReviewMutation);
  const action = useAction(refresh);
  return (
    <div className="subcard" data-testid="peer-review">
      <h3>
        {r.topic} <span className={r.status === 'COMPLETED' ? 'badge badge--success' : 'badge badge--muted'}>{r.status === 'COMPLETED' ? t`Completed` : t`Planned`}</span>{' '}
        {r.isDemo ? <DemoBadge /> : null}
      </h3>
      <p className="muted">
        {r.hostRegion?.name} · {r.hostPartner?.name}
        {r.startsOn ? ` · ${r.startsOn}${r.endsOn ? ` – ${r.endsOn}` : ''}` : ''}
      </p>
      <p>{peerCountries ? t`Peers from: ${peerCountries}` : t`Peers from: no other country yet`}</p>
      {r.peers.length ? (
        <ul>
          {r.peers.map((p, i) => (
            <li key={i}>
              {p.name}, {p.organisation} ({p.country})
            </li>
          ))}
        </ul>
      ) : null}
      {r.peerAnalysis ? <p>{r.peerAnalysis}</p> : null}
      {r.recommendations.length ? (
        <ol>
          {r.recommendations.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ol>
      ) : null}
      {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
      {editable ? (
        <div className="form-actions">
          <button type="button" className="button button--secondary button--small" onClick={onEdit}>
            {i18n._(commonMessages.edit)}
          </button>
          {r.status !== 'COMPLETED' ? (
            <button
              type="button"
              className="button button--small"
              disabled={action.busy || r.completionBlockers.length > 0}
              aria-describedby={r.completionBlockers.length ? `blockers-${r.id}` : undefined}
              onClick={() => void action.run(() => complete({ variables: { id: r.id } }))}
            >
              {t`Mark the review completed`}
            </button>
          ) : null}
        </div>
      ) : null}
      {r.status !== 'COMPLETED' && r.completionBlockers.length ? (
        <div id={`blockers-${r.id}`}>
          {t`Cannot be completed yet:`}
          <ul className="cycle-move__reasons">
            {r.completionBlockers.map((b) => (
              <li key={b.guard} data-guard={b.guard}>
                {messageForReason(b.guard, b.message)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function PeerReviewForm({ cycleId, review, refresh, onDone }: { cycleId: string; review: PeerReviewFieldsFragment | null; refresh: () => Promise<unknown>; onDone: () => void }) {
  const { t, i18n } = useLingui();
  const [save] = useMutation(SavePeerReviewMutation);
  const action = useAction(refresh);
  const [topic, setTopic] = useState(review?.topic ?? '');
  const [startsOn, setStartsOn] = useState(review?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(review?.endsOn ?? '');
  const [peers, setPeers] = useState(review?.peers.map((p) => `${p.name}; ${p.organisation}; ${p.country}`).join('\n') ?? '');
  const [selfAssessment, setSelf] = useState(review?.selfAssessment ?? '');
  const [peerAnalysis, setAnalysis] = useState(review?.peerAnalysis ?? '');
  const [recommendations, setRecs] = useState(review?.recommendations.join('\n') ?? '');
  const [todos, setTodos] = useState(review?.todos.map((x) => x.text).join('\n') ?? '');
  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await action.run(() =>
      save({
        variables: {
          input: {
            ...(review ? { id: review.id } : {}),
            cycleId,
            topic,
            ...(startsOn ? { startsOn } : {}),
            ...(endsOn ? { endsOn } : {}),
            peers: lines(peers).map((l) => {
              const [name = '', organisation = '', country = ''] = l.split(';').map((x) => x.trim());
              return { name, organisation, country: country.toUpperCase() };
            }),
            selfAssessment,
            peerAnalysis,
            recommendations: lines(recommendations),
            todos: lines(todos),
          },
        },
      }),
    );
    if (ok) onDone();
  }
  return (
    <form className="subcard inline-form" onSubmit={(e) => void submit(e)} aria-label={review ? i18n._(commonMessages.edit) : t`New peer review`}>
      {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
      <Field label={t`Topic`} required className="field--wide" error={action.fieldErrors.topic}>
        {(c) => <input {...c} className="input" value={topic} onChange={(e) => setTopic(e.target.value)} />}
      </Field>
      <Field label={t`From`}>{(c) => <input {...c} className="input" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />}</Field>
      <Field label={t`To`} error={action.fieldErrors.endsOn}>
        {(c) => <input {...c} className="input" type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />}
      </Field>
      <Field label={t`Peers (one per line: name; organisation; country code)`} hint={t`Peers come from at least two countries other than the host’s.`} className="field--wide">
        {(c) => <textarea {...c} className="textarea" rows={3} value={peers} onChange={(e) => setPeers(e.target.value)} />}
      </Field>
      <Field label={t`Host’s self-assessment`} className="field--wide">
        {(c) => <textarea {...c} className="textarea" rows={3} value={selfAssessment} onChange={(e) => setSelf(e.target.value)} />}
      </Field>
      <Field label={t`Peers’ analysis`} className="field--wide">
        {(c) => <textarea {...c} className="textarea" rows={3} value={peerAnalysis} onChange={(e) => setAnalysis(e.target.value)} />}
      </Field>
      <Field label={t`Recommendations (one per line)`} className="field--wide">
        {(c) => <textarea {...c} className="textarea" rows={3} value={recommendations} onChange={(e) => setRecs(e.target.value)} />}
      </Field>
      <Field label={t`To-do list (one item per line)`} className="field--wide">
        {(c) => <textarea {...c} className="textarea" rows={3} value={todos} onChange={(e) => setTodos(e.target.value)} />}
      </Field>
      <div className="form-actions field--wide">
        <button type="submit" className="button" disabled={action.busy}>
          {t`Save the peer review`}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {i18n._(commonMessages.cancel)}
        </button>
      </div>
    </form>
  );
}

function PeerMatches({ cycleId }: { cycleId: string }) {
  const { t } = useLingui();
  const { number } = useCycleFormats();
  const { data } = useQuery(PeerMatchesQuery, { variables: { cycleId }, fetchPolicy: 'cache-and-network' });
  const matches = data?.peerMatches ?? [];
  return (
    <>
      <h3>{t`Suggested peers`}</h3>
      <p className="muted">{t`Structurally similar regions that perform better on the chosen gaps.`}</p>
      {matches.length ? (
        <ol data-testid="peer-matches">
          {matches.map((m) => (
            <li key={m.region.code}>
              <strong>
                {m.region.name} ({m.region.code})
              </strong>
              : {m.reason}
              {m.betterOn.length ? (
                <span className="visually-hidden">{m.betterOn.map((b) => `${b.indicatorName} ${number.format(b.value)}`).join(', ')}</span>
              ) : null}
              {m.partners.length ? <div className="muted">{m.partners.map((p) => p.name).join(', ')}</div> : null}
              {m.pilots.length ? (
                <div className="muted">
                  {t`Pilot actions`}: {m.pilots.map((p) => p.title).join('; ')}
                </div>
              ) : null}
              {m.practices.length ? (
                <div>
                  {t`Policy examples on the same development areas`}:
                  <ul data-testid="match-practices">
                    {m.practices.map((p) => (
                      <li key={p.id}>
                        <Link to={`/practices/${p.id}`}>{p.title}</Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t`Choose gaps in benchmarking to get suggestions.`}</p>
      )}
    </>
  );
}
