import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import {
  CloseForesightRoundMutation,
  DeleteForesightStatementMutation,
  ForesightConsoleQuery,
  ForesightExerciseChangedSubscription,
  InviteForesightPanellistsMutation,
  ModerateForesightCommentMutation,
  OpenForesightRoundMutation,
  PublishForesightResultsMutation,
  RevokeForesightInvitationMutation,
  SaveForesightExerciseMutation,
  SaveForesightStatementMutation,
  type ForesightItemKind,
  type ResultOf,
} from '@polisee/graphql';
import { CopyButton, DemoBadge, ErrorAlert, Field, LoadError, Loading, foresightItemKindLabels, foresightMethodLabels, foresightStatusLabels, useDocumentTitle, useFormat } from '@polisee/ui';
import { readApiError } from '../../app/api-error';

type Exercise = NonNullable<ResultOf<typeof ForesightConsoleQuery>['foresightExercise']>;

const KINDS: ForesightItemKind[] = ['PROBABILITY', 'DESIRABILITY', 'IMPACT', 'YEAR'];

function ApiProblem({ error }: { error: unknown }) {
  if (!error) return null;
  return <ErrorAlert>{readApiError(error).message}</ErrorAlert>;
}

function SettingsForm({ exercise, onSaved }: { exercise: Exercise; onSaved: () => void }) {
  const { t } = useLingui();
  const [save, saving] = useMutation(SaveForesightExerciseMutation);
  const [title, setTitle] = useState(exercise.title);
  const [topic, setTopic] = useState(exercise.topic);
  const [horizon, setHorizon] = useState(exercise.horizonYear);
  const [maxIqr, setMaxIqr] = useState(exercise.consensusRule.maxIqr ?? 1);
  const [minTop, setMinTop] = useState(Math.round((exercise.consensusRule.minTopShare ?? 0.75) * 100));
  const [done, setDone] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await save({
      variables: {
        input: {
          id: exercise.id,
          title,
          topic,
          method: exercise.method,
          horizonYear: horizon,
          regionCode: exercise.regionCode ?? null,
          areas: exercise.areas,
          language: exercise.language,
          consensusRule: { maxIqr, minTopShare: minTop / 100, minResponses: exercise.consensusRule.minResponses, combine: exercise.consensusRule.combine },
        },
      },
    }).catch(() => null);
    setDone(Boolean(r?.data));
    if (r?.data) onSaved();
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="fx-settings">
      <h2 id="fx-settings">{t`Exercise`}</h2>
      <Field label={t`Title`} required>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />}
      </Field>
      <Field label={t`Topic`} required>
        {(p) => <textarea {...p} value={topic} rows={3} onChange={(e) => setTopic(e.target.value)} maxLength={2000} />}
      </Field>
      <Field label={t`Horizon year`}>{(p) => <input {...p} type="number" min={2026} max={2100} value={horizon} onChange={(e) => setHorizon(Number(e.target.value))} />}</Field>
      <Field label={t`Consensus: interquartile range at most`}>
        {(p) => <input {...p} type="number" min={0} max={10} step={0.5} value={maxIqr} onChange={(e) => setMaxIqr(Number(e.target.value))} />}
      </Field>
      <Field label={t`Consensus: share of answers in the top two categories at least (%)`}>
        {(p) => <input {...p} type="number" min={0} max={100} step={5} value={minTop} onChange={(e) => setMinTop(Number(e.target.value))} />}
      </Field>
      <ApiProblem error={saving.error} />
      <button type="submit" className="button" disabled={saving.loading}>
        {t`Save`}
      </button>
      <span role="status">{done ? ` ${t`Saved.`}` : ''}</span>
    </form>
  );
}

function Statements({ exercise, onChanged }: { exercise: Exercise; onChanged: () => void }) {
  const { t, i18n } = useLingui();
  const [save, saving] = useMutation(SaveForesightStatementMutation);
  const [remove, removing] = useMutation(DeleteForesightStatementMutation);
  const [theme, setTheme] = useState('');
  const [text, setText] = useState('');
  const [codes, setCodes] = useState('');
  const [kinds, setKinds] = useState<ForesightItemKind[]>(['PROBABILITY', 'DESIRABILITY']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const indicatorCodes = codes
      .split(/[\s,]+/)
      .map((c) => c.trim())
      .filter(Boolean);
    const r = await save({ variables: { input: { exerciseId: exercise.id, theme, text, indicatorCodes, items: kinds.map((kind) => ({ kind })) } } }).catch(() => null);
    if (r?.data) {
      setText('');
      onChanged();
    }
  };
  return (
    <section aria-labelledby="fx-statements">
      <h2 id="fx-statements">{t`Statements`}</h2>
      <ol>
        {exercise.statements.map((s) => {
          const questions = s.items.map((i) => i18n._(foresightItemKindLabels[i.kind])).join(', ');
          return (
            <li key={s.id}>
              <strong>{s.theme}:</strong> {s.text} <span className="muted">({questions})</span>{' '}
              <button
                type="button"
                className="button button--danger-quiet button--small"
                disabled={removing.loading}
                onClick={() => void remove({ variables: { id: s.id } }).then(onChanged).catch(() => undefined)}
              >
                {t`Delete`}
              </button>
            </li>
          );
        })}
      </ol>
      <ApiProblem error={removing.error} />
      <form onSubmit={(e) => void submit(e)} className="card" aria-label={t`Add a statement`}>
        <Field label={t`Theme`} required>
          {(p) => <input {...p} value={theme} onChange={(e) => setTheme(e.target.value)} maxLength={200} />}
        </Field>
        <Field label={t`Statement`} required>
          {(p) => <textarea {...p} value={text} rows={2} onChange={(e) => setText(e.target.value)} maxLength={2000} />}
        </Field>
        <Field label={t`Indicator codes it concerns (comma-separated)`}>{(p) => <input {...p} value={codes} onChange={(e) => setCodes(e.target.value)} />}</Field>
        <fieldset>
          <legend>{t`Questions`}</legend>
          {KINDS.map((k) => (
            <label key={k} className="checkbox-field">
              <input type="checkbox" checked={kinds.includes(k)} onChange={(e) => setKinds((x) => (e.target.checked ? [...x, k] : x.filter((y) => y !== k)))} />
              {i18n._(foresightItemKindLabels[k])}
            </label>
          ))}
        </fieldset>
        <ApiProblem error={saving.error} />
        <button type="submit" className="button" disabled={saving.loading || kinds.length === 0}>
          {t`Add the statement`}
        </button>
      </form>
    </section>
  );
}

function Invitations({ exercise, onChanged }: { exercise: Exercise; onChanged: () => void }) {
  const { t } = useLingui();
  const format = useFormat();
  const [invite, inviting] = useMutation(InviteForesightPanellistsMutation);
  const [revoke, revoking] = useMutation(RevokeForesightInvitationMutation);
  const [emails, setEmails] = useState('');
  const [links, setLinks] = useState(0);
  const [created, setCreated] = useState<{ label: string; path: string }[]>([]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const list = emails
      .split(/[\s,;]+/)
      .map((x) => x.trim())
      .filter(Boolean);
    const r = await invite({ variables: { input: { exerciseId: exercise.id, emails: list, links } } }).catch(() => null);
    if (r?.data) {
      setCreated(r.data.inviteForesightPanellists.filter((c) => c.answerPath).map((c) => ({ label: c.invitation.label, path: c.answerPath! })));
      setEmails('');
      setLinks(0);
      onChanged();
    }
  };
  const origin = window.location.origin;
  return (
    <section aria-labelledby="fx-invitations">
      <h2 id="fx-invitations">{t`Invitations`}</h2>
      <form onSubmit={(e) => void submit(e)} className="card" aria-label={t`Invite panellists`}>
        <Field label={t`Email addresses (each gets a personal link)`}>{(p) => <textarea {...p} rows={2} value={emails} onChange={(e) => setEmails(e.target.value)} />}</Field>
        <Field label={t`Links to hand out yourself`}>{(p) => <input {...p} type="number" min={0} max={200} value={links} onChange={(e) => setLinks(Number(e.target.value))} />}</Field>
        <ApiProblem error={inviting.error} />
        <button type="submit" className="button" disabled={inviting.loading}>
          {t`Invite`}
        </button>
      </form>
      {created.length ? (
        <div className="alert alert--success" role="status">
          <p>
            <Trans>New links, shown this once (only their fingerprint is stored):</Trans>
          </p>
          <ul>
            {created.map((c) => (
              <li key={c.path}>
                {c.label}: <code data-testid="answer-link">{`${origin}${c.path}`}</code> <CopyButton text={`${origin}${c.path}`} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="table-wrapper" tabIndex={0} role="region" aria-label={t`Invitation links`}>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t`Link`}</th>
              <th scope="col">{t`Created`}</th>
              <th scope="col">{t`State`}</th>
            </tr>
          </thead>
          <tbody>
            {exercise.invitations.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.label}</th>
                <td>{format.date(i.createdAt)}</td>
                <td>
                  {i.revokedAt ? (
                    t`Revoked`
                  ) : (
                    <button type="button" className="button button--danger-quiet button--small" disabled={revoking.loading} onClick={() => void revoke({ variables: { id: i.id } }).then(onChanged).catch(() => undefined)}>
                      {t`Revoke`}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ApiProblem error={revoking.error} />
    </section>
  );
}

function RoundControl({ exercise, onChanged }: { exercise: Exercise; onChanged: () => void }) {
  const { t } = useLingui();
  const format = useFormat();
  const [open, opening] = useMutation(OpenForesightRoundMutation);
  const [close, closing] = useMutation(CloseForesightRoundMutation);
  const [publish, publishing] = useMutation(PublishForesightResultsMutation);
  const current = exercise.rounds.find((r) => r.isOpen);
  const finished = exercise.status === 'FINISHED';
  return (
    <section aria-labelledby="fx-rounds">
      <h2 id="fx-rounds">{t`Rounds`}</h2>
      <ul>
        {exercise.rounds.map((r) => {
          const n = r.number;
          const opened = format.dateTime(r.openedAt);
          const closed = r.closedAt ? format.dateTime(r.closedAt) : '';
          return <li key={r.id}>{r.closedAt ? t`Round ${n}: opened ${opened}, closed ${closed}` : t`Round ${n}: open since ${opened}`}</li>;
        })}
      </ul>
      <p>
        {!current && !finished && !(exercise.method === 'REAL_TIME' && exercise.rounds.length > 0) ? (
          <button type="button" className="button" disabled={opening.loading} onClick={() => void open({ variables: { input: { exerciseId: exercise.id } } }).then(onChanged).catch(() => undefined)}>
            {exercise.rounds.length === 0 ? t`Open the first round` : t`Open the next round`}
          </button>
        ) : null}{' '}
        {current ? (
          <>
            {exercise.method === 'ROUNDS' ? (
              <button type="button" className="button" disabled={closing.loading} onClick={() => void close({ variables: { exerciseId: exercise.id, finish: false } }).then(onChanged).catch(() => undefined)}>
                {t`Close the round (freezes its statistics)`}
              </button>
            ) : null}{' '}
            <button type="button" className="button button--secondary" disabled={closing.loading} onClick={() => void close({ variables: { exerciseId: exercise.id, finish: true } }).then(onChanged).catch(() => undefined)}>
              {t`Close and finish the exercise`}
            </button>
          </>
        ) : null}{' '}
        <button
          type="button"
          className="button button--secondary"
          disabled={publishing.loading}
          onClick={() => void publish({ variables: { exerciseId: exercise.id, published: !exercise.resultsPublishedAt } }).then(onChanged).catch(() => undefined)}
        >
          {exercise.resultsPublishedAt ? t`Withdraw the published results` : t`Publish the results`}
        </button>
      </p>
      <ApiProblem error={opening.error ?? closing.error ?? publishing.error} />
    </section>
  );
}

function Dashboards({ exercise }: { exercise: Exercise }) {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const p = exercise.participation;
  const num = (v: number | null | undefined) => (v == null ? '–' : format.number(v, { maximumFractionDigits: 2, useGrouping: false }));
  const invited = p.invited;
  const revoked = p.revoked;
  return (
    <section aria-labelledby="fx-dashboards">
      <h2 id="fx-dashboards">{t`Participation and consensus`}</h2>
      <p data-testid="participation">
        <Plural value={invited} one="# active invitation" other="# active invitations" />, <Plural value={revoked} one="# revoked" other="# revoked" />
      </p>
      <div className="table-wrapper" tabIndex={0} role="region" aria-label={t`Participation by round`}>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t`Round`}</th>
              <th scope="col">{t`Panellists who answered`}</th>
              <th scope="col">{t`Answers`}</th>
              <th scope="col">{t`Questions with consensus`}</th>
            </tr>
          </thead>
          <tbody>
            {p.rounds.map((r) => (
              <tr key={r.roundNumber}>
                <th scope="row">{r.roundNumber}</th>
                <td>{r.respondents}</td>
                <td>{r.responses}</td>
                <td>{`${r.itemsWithConsensus} / ${r.items}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrapper" tabIndex={0} role="region" aria-label={t`Consensus by question`}>
        <table className="table table--compact">
          <caption>{t`Latest statistics by question (live while a round is open)`}</caption>
          <thead>
            <tr>
              <th scope="col">{t`Question`}</th>
              <th scope="col">{t`Answers`}</th>
              <th scope="col">{t`Median`}</th>
              <th scope="col">{t`Interquartile range`}</th>
              <th scope="col">{t`Consensus`}</th>
              <th scope="col">{t`Stable`}</th>
            </tr>
          </thead>
          <tbody>
            {(exercise.results ?? []).flatMap((s) => {
              const statement = exercise.statements.find((x) => x.id === s.statement.id);
              return s.items.map((i) => {
                const last = i.rounds.at(-1);
                return (
                  <tr key={i.item.id}>
                    <th scope="row">{`${statement?.position ?? ''}. ${i18n._(foresightItemKindLabels[i.item.kind])}`}</th>
                    <td>{last?.n ?? 0}</td>
                    <td>{num(last?.median)}</td>
                    <td>{last?.q1 == null ? '–' : `${num(last.q1)}–${num(last.q3)}`}</td>
                    <td>{last?.consensus ? t`Yes` : t`No`}</td>
                    <td>{last?.stable == null ? '–' : last.stable ? t`Yes` : t`No`}</td>
                  </tr>
                );
              });
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Moderation({ exercise, onChanged }: { exercise: Exercise; onChanged: () => void }) {
  const { t } = useLingui();
  const format = useFormat();
  const [moderate, moderating] = useMutation(ModerateForesightCommentMutation);
  return (
    <section aria-labelledby="fx-moderation">
      <h2 id="fx-moderation">{t`Comments`}</h2>
      {exercise.comments.length === 0 ? (
        <p className="muted">
          <Trans>No comments yet.</Trans>
        </p>
      ) : (
        <ul>
          {exercise.comments.map((c) => {
            const statement = exercise.statements.find((s) => s.id === c.statementId);
            const position = statement?.position ?? 0;
            return (
              <li key={c.id} className="card">
                <p className="muted">
                  {t`On statement ${position}`} · {format.dateTime(c.createdAt)} · {c.status === 'HIDDEN' ? t`Hidden` : t`Visible`}
                </p>
                <p>{c.body}</p>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={moderating.loading}
                  onClick={() => void moderate({ variables: { id: c.id, hidden: c.status !== 'HIDDEN' } }).then(onChanged).catch(() => undefined)}
                >
                  {c.status === 'HIDDEN' ? t`Show again` : t`Hide`}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ApiProblem error={moderating.error} />
    </section>
  );
}

/** One exercise for its organisers: editor, invitations, round control, dashboards and moderation. */
export function ForesightConsolePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useLingui();
  const { data, loading, error, refetch } = useQuery(ForesightConsoleQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const e = data?.foresightExercise;
  const exerciseTitle = e?.title ?? '';
  useDocumentTitle(e ? t`Foresight: ${exerciseTitle}` : data ? t`Exercise not found` : null, 'PoliSEE admin');
  // Dashboards follow the panel live (answers, comments and rounds from any API instance).
  useSubscription(ForesightExerciseChangedSubscription, { variables: { exerciseId: id }, skip: !e, onData: () => void refetch() });
  if (error) return <LoadError message={readApiError(error).message} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!e)
    return (
      <section>
        <h1>{t`Exercise not found`}</h1>
        <Link to="/foresight">{t`All exercises`}</Link>
      </section>
    );
  const changed = () => void refetch();
  const horizon = e.horizonYear;
  return (
    <section aria-labelledby="fx-title" className="stack foresight-console">
      <p>
        <Link to="/foresight">{t`All exercises`}</Link>
      </p>
      <h1 id="fx-title">
        {e.title} {e.isDemo ? <DemoBadge /> : null}
      </h1>
      <p className="muted">
        {i18n._(foresightMethodLabels[e.method])} · {i18n._(foresightStatusLabels[e.status])} · {t`Horizon ${horizon}`}
      </p>
      <Dashboards exercise={e} />
      <RoundControl exercise={e} onChanged={changed} />
      <Invitations exercise={e} onChanged={changed} />
      <Statements exercise={e} onChanged={changed} />
      <Moderation exercise={e} onChanged={changed} />
      <SettingsForm exercise={e} onSaved={changed} />
    </section>
  );
}
