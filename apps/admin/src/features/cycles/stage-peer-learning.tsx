import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { CompletePeerReviewMutation, PeerMatchesQuery, SavePeerReviewMutation, type PeerReviewFieldsFragment } from '@polisee/graphql';
import { DemoBadge, ErrorAlert, Field } from '@polisee/ui';
import type { SectionProps } from './cycle-page';
import { cycleStrings as t } from './strings';
import { lines, useAction } from './use-action';

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

export function PeerLearningSection({ cycle, editable, refresh }: SectionProps) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  return (
    <section className="stage-section" aria-labelledby="peer-title" data-current={cycle.stage === 'PEER_LEARNING'}>
      <h2 id="peer-title">{t.peerTitle}</h2>
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
          {t.newPeerReview}
        </button>
      ) : null}
      {cycle.selectedPracticeIds.length ? (
        <>
          <h3>{t.practicesTitle}</h3>
          <ul>
            {cycle.selectedPracticeIds.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      ) : null}
      {cycle.benchmarkSnapshot?.chosenGaps.length ? <PeerMatches cycleId={cycle.id} /> : null}
    </section>
  );
}

function PeerReviewCard({ review: r, editable, refresh, onEdit }: { review: PeerReviewFieldsFragment; editable: boolean; refresh: () => Promise<unknown>; onEdit: () => void }) {
  const [complete] = useMutation(CompletePeerReviewMutation);
  const action = useAction(refresh);
  return (
    <div className="subcard" data-testid="peer-review">
      <h3>
        {r.topic} <span className={r.status === 'COMPLETED' ? 'badge badge--success' : 'badge badge--muted'}>{r.status === 'COMPLETED' ? t.reviewCompleted : t.reviewPlanned}</span>{' '}
        {r.isDemo ? <DemoBadge /> : null}
      </h3>
      <p className="muted">
        {r.hostRegion?.name} · {r.hostPartner?.name}
        {r.startsOn ? ` · ${r.startsOn}${r.endsOn ? ` – ${r.endsOn}` : ''}` : ''}
      </p>
      <p>{t.peerCountries(r.peerCountries.join(', '))}</p>
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
            {t.editPeerReview}
          </button>
          {r.status !== 'COMPLETED' ? (
            <button
              type="button"
              className="button button--small"
              disabled={action.busy || r.completionBlockers.length > 0}
              aria-describedby={r.completionBlockers.length ? `blockers-${r.id}` : undefined}
              onClick={() => void action.run(() => complete({ variables: { id: r.id } }))}
            >
              {t.completeReview}
            </button>
          ) : null}
        </div>
      ) : null}
      {r.status !== 'COMPLETED' && r.completionBlockers.length ? (
        <div id={`blockers-${r.id}`}>
          {t.blockers}
          <ul className="cycle-move__reasons">
            {r.completionBlockers.map((b) => (
              <li key={b.guard} data-guard={b.guard}>
                {b.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function PeerReviewForm({ cycleId, review, refresh, onDone }: { cycleId: string; review: PeerReviewFieldsFragment | null; refresh: () => Promise<unknown>; onDone: () => void }) {
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
    <form className="subcard inline-form" onSubmit={(e) => void submit(e)} aria-label={review ? t.editPeerReview : t.newPeerReview}>
      {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
      <Field label={t.topic} required className="field--wide" error={action.fieldErrors.topic}>
        {(c) => <input {...c} className="input" value={topic} onChange={(e) => setTopic(e.target.value)} />}
      </Field>
      <Field label={t.startsOn}>{(c) => <input {...c} className="input" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />}</Field>
      <Field label={t.endsOn} error={action.fieldErrors.endsOn}>
        {(c) => <input {...c} className="input" type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />}
      </Field>
      <Field label={t.peers} hint={t.peersHint} className="field--wide">
        {(c) => <textarea {...c} className="textarea" rows={3} value={peers} onChange={(e) => setPeers(e.target.value)} />}
      </Field>
      <Field label={t.selfAssessment} className="field--wide">
        {(c) => <textarea {...c} className="textarea" rows={3} value={selfAssessment} onChange={(e) => setSelf(e.target.value)} />}
      </Field>
      <Field label={t.peerAnalysis} className="field--wide">
        {(c) => <textarea {...c} className="textarea" rows={3} value={peerAnalysis} onChange={(e) => setAnalysis(e.target.value)} />}
      </Field>
      <Field label={t.recommendations} className="field--wide">
        {(c) => <textarea {...c} className="textarea" rows={3} value={recommendations} onChange={(e) => setRecs(e.target.value)} />}
      </Field>
      <Field label={t.todos} className="field--wide">
        {(c) => <textarea {...c} className="textarea" rows={3} value={todos} onChange={(e) => setTodos(e.target.value)} />}
      </Field>
      <div className="form-actions field--wide">
        <button type="submit" className="button" disabled={action.busy}>
          {t.saveReview}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

function PeerMatches({ cycleId }: { cycleId: string }) {
  const { data } = useQuery(PeerMatchesQuery, { variables: { cycleId }, fetchPolicy: 'cache-and-network' });
  const matches = data?.peerMatches ?? [];
  return (
    <>
      <h3>{t.matchesTitle}</h3>
      <p className="muted">{t.matchesIntro}</p>
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
              {m.pilots.length ? <div className="muted">{m.pilots.map((p) => p.title).join('; ')}</div> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t.noMatches}</p>
      )}
    </>
  );
}
